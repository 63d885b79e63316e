import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { resolveDatabase } from '@app/database';
import { closeOnSignals, exitWithStartError, loadConfig } from '@app/shared';
import { AwardComputeJob } from './award-compute.job.js';
import { PeriodicJobs } from './periodic-jobs.js';
import { SchemaReadiness } from './schema-readiness.js';
import { SearchSyncJob } from './search-sync.job.js';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const database = await resolveDatabase(loadConfig());
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(database.config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  closeOnSignals(async () => {
    await app.close();
    await database.stop();
  });
  await app.get(SchemaReadiness).waitForMigrations();
  const searchSync = app.get(SearchSyncJob);
  searchSync.start();
  app.get(PeriodicJobs).start();
  await app.get(AwardComputeJob).start();
  logger.log(
    `Worker ready (${database.description}); jobs: order and voucher expiry, Stripe refund and cancellation retries, rating reminders, award round computations` +
      (searchSync.enabled ? ', search sync to Meilisearch' : ' (search runs on PostgreSQL, nothing to sync)'),
  );
  // Jobs schedule their own timers; keep the process alive for its signals either way.
  setInterval(() => undefined, 1 << 30);
}

main().catch(exitWithStartError);
