import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '@app/database';
import { IdempotencyModule } from '@app/idempotency';
import { OrdersModule } from '@app/orders';
import { RatingsModule } from '@app/ratings';
import { VouchersModule } from '@app/vouchers';
import { SearchModule, SearchSync } from '@app/search';
import { type AppConfig, CoreModule } from '@app/shared';
import { PeriodicJobs } from './periodic-jobs.js';
import { SchemaReadiness } from './schema-readiness.js';
import { SearchSyncJob } from './search-sync.job.js';

/** Background jobs: the search outbox sync (with Meilisearch), order and voucher expiry, Stripe retries; award runs come later. */
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
        SearchModule,
        OrdersModule,
        VouchersModule,
        RatingsModule,
        IdempotencyModule,
      ],
      providers: [
        SchemaReadiness,
        PeriodicJobs,
        {
          provide: SearchSyncJob,
          inject: [SearchSync],
          useFactory: (sync: SearchSync | null) => new SearchSyncJob(sync),
        },
      ],
    };
  }
}
