import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Waits until the API has applied every migration this build knows, so jobs see the schema they expect. */
@Injectable()
export class SchemaReadiness {
  private readonly logger = new Logger('Worker');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async waitForMigrations(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (await this.dataSource.showMigrations()) {
      if (Date.now() > deadline) throw new Error('database migrations are still pending; start the API first');
      this.logger.warn('Waiting for the API to apply database migrations');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
