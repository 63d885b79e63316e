import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IdempotencyService } from '@app/idempotency';
import { DemandsService } from '@app/matchmaking';
import { OrdersService } from '@app/orders';
import { PaymentsService } from '@app/payments';
import { RatingsService } from '@app/ratings';
import { VoucherIssuanceService } from '@app/vouchers';
import { createApiApp } from '../../apps/api/src/app.setup.js';
import { PeriodicJobs } from '../../apps/worker/src/periodic-jobs.js';
import { type AppConfig, type Clock, loadConfig, withConfig } from '@app/shared';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TestApi } from './session.js';

export interface TestApp {
  app: INestApplication;
  api: TestApi;
  dataSource: DataSource;
  config: AppConfig;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real API (same set-up as `npm start`) on a fresh database of its own. Call once per test
 * file in `beforeAll` and `close()` in `afterAll`.
 */
export async function createTestApp(options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = withConfig(
    loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      // Test files register hundreds of organisations from one address; identity.e2e-spec tests the limit itself.
      REGISTRATIONS_PER_HOUR: '1000000',
      ...options.env,
    }),
    { databaseUrl: database.url },
  );
  const app = await createApiApp(config, { clock: options.clock });
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    api: new TestApi(app),
    dataSource,
    config,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** The worker's every-minute jobs, on a test app's services (as the worker runs them). */
export function periodicJobs(t: TestApp): PeriodicJobs {
  return new PeriodicJobs(
    t.app.get(OrdersService),
    t.app.get(PaymentsService),
    t.app.get(VoucherIssuanceService),
    t.app.get(RatingsService),
    t.app.get(IdempotencyService),
    t.app.get(DemandsService),
  );
}
