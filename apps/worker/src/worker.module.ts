import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '@app/database';
import { type AppConfig, CoreModule } from '@app/shared';
import { SchemaReadiness } from './schema-readiness.js';

/** Background jobs (search sync, order expiry, reminders, award runs) are added here by later issues. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        // The API applies migrations; the worker waits for them (SchemaReadiness).
        DatabaseModule.forRoot({ runMigrations: false }),
      ],
      providers: [SchemaReadiness],
    };
  }
}
