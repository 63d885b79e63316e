import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEMO_STEPS, describeDemoAccounts } from './demo-steps.js';

/**
 * Loads realistic demo data (in Chinese) once: each step of {@link DEMO_STEPS} runs the first
 * time the app starts with DEMO_DATA on and is recorded in `demo_data_step`, so later issues add
 * steps that run once on existing installs too.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * Runs the steps not yet applied; returns the lines to show the user: every demo login (from the
   * same constants the steps create them from), then what each step loaded.
   */
  async loadOnce(): Promise<string[]> {
    const lines = describeDemoAccounts();
    for (const step of DEMO_STEPS) {
      const applied = await this.dataSource.transaction(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo-data']);
        const done = await em.query('SELECT 1 FROM demo_data_step WHERE name = $1', [step.name]);
        if (done.length > 0) return false;
        await step.run(this.moduleRef);
        await em.query('INSERT INTO demo_data_step (name) VALUES ($1)', [step.name]);
        return true;
      });
      if (applied) this.logger.log(`Demo data step "${step.name}" loaded`);
      lines.push(...step.describe());
    }
    return lines;
  }

  /** Whether any demo data was ever loaded into this database (its accounts have public passwords). */
  async anyLoaded(): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM demo_data_step LIMIT 1');
    return rows.length > 0;
  }
}
