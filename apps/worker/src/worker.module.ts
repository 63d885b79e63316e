import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AwardsModule } from '@app/awards';
import { DatabaseModule } from '@app/database';
import { IdempotencyModule } from '@app/idempotency';
import { JobsModule } from '@app/jobs';
import { MatchmakingModule } from '@app/matchmaking';
import { OrdersModule } from '@app/orders';
import { RatingsModule } from '@app/ratings';
import { VouchersModule } from '@app/vouchers';
import { SearchModule, SearchSync } from '@app/search';
import { type AppConfig, CoreModule } from '@app/shared';
import { AwardComputeJob } from './award-compute.job.js';
import { PeriodicJobs } from './periodic-jobs.js';
import { SchemaReadiness } from './schema-readiness.js';
import { SearchSyncJob } from './search-sync.job.js';

/** Background jobs: the search outbox sync (with Meilisearch), order and voucher expiry, Stripe retries, award round computations (pg-boss). */
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
        JobsModule.forRoot({ supervise: true }),
        SearchModule,
        OrdersModule,
        VouchersModule,
        RatingsModule,
        IdempotencyModule,
        AwardsModule,
        MatchmakingModule,
      ],
      providers: [
        SchemaReadiness,
        PeriodicJobs,
        AwardComputeJob,
        {
          provide: SearchSyncJob,
          inject: [SearchSync],
          useFactory: (sync: SearchSync | null) => new SearchSyncJob(sync),
        },
      ],
    };
  }
}
