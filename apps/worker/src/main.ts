import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { resolveDatabase } from '@app/database';
import { closeOnSignals, exitWithStartError, loadConfig } from '@app/shared';
import { SchemaReadiness } from './schema-readiness.js';
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
  logger.log(`Worker ready (${database.description}); no jobs are registered yet`);
  // Jobs schedule their own timers; until there are any, keep the process alive for its signals.
  setInterval(() => undefined, 1 << 30);
}

main().catch(exitWithStartError);
