import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@app/audit';
import { AwardsModule } from '@app/awards';
import { CatalogModule } from '@app/catalog';
import { DatabaseModule } from '@app/database';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { EnterprisesModule } from '@app/enterprises';
import { IdempotencyModule } from '@app/idempotency';
import { ListingsModule } from '@app/listings';
import { MatchmakingModule } from '@app/matchmaking';
import { NotificationsModule } from '@app/notifications';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { RatingsModule } from '@app/ratings';
import { SearchModule } from '@app/search';
import { StatsModule } from '@app/stats';
import { VouchersModule } from '@app/vouchers';
import { AppConfig, type Clock, CoreModule } from '@app/shared';
import { AuditController } from './audit/audit.controller.js';
import {
  AwardRoundsController,
  ProviderStandingController,
  PublicAwardsController,
} from './awards/awards.controllers.js';
import { DemoDataService } from './demo/demo-data.service.js';
import { EnterprisesController, TierClaimsController } from './enterprises/enterprises.controllers.js';
import {
  AuthController,
  BureauUsersController,
  MeController,
  UsccContestsController,
} from './identity/identity.controllers.js';
import { DemandsController, ProposalsController } from './matchmaking/demands.controllers.js';
import { ListingsController, OwnListingsController, SearchController } from './listings/listings.controllers.js';
import { MatchmakingEventsController, MeetingsController } from './matchmaking/events.controllers.js';
import { NotificationsController } from './notifications/notifications.controllers.js';
import { OrdersController, StripeWebhookController } from './orders/orders.controllers.js';
import { CatalogController, HealthController } from './platform/platform.controllers.js';
import { PoolApplicationsController, ProvidersController } from './providers/providers.controllers.js';
import { OrderRatingController, ProviderRatingsController, RatingsController } from './ratings/ratings.controllers.js';
import { StatsController } from './stats/stats.controller.js';
import { RedemptionClaimsController, SettlementBatchesController } from './vouchers/redemption.controllers.js';
import {
  VoucherApplicationsController,
  VoucherProgramsController,
  VouchersController,
} from './vouchers/vouchers.controllers.js';
import { webConsoleModule } from './web/web-console.module.js';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The HTTP application: every context's module and its controllers. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, clock),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Reuse a caller's X-Request-Id when it is sane, else make one; echoed in the response.
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            customLogLevel: (_req, res, err) =>
              err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          },
        }),
        DatabaseModule.forRoot({ runMigrations: true }),
        webConsoleModule(config.webDir),
        JobsModule.forRoot({ supervise: false }),
        CatalogModule,
        AuditModule,
        IdentityModule,
        ProvidersModule,
        SearchModule,
        ListingsModule,
        EnterprisesModule,
        OrdersModule,
        VouchersModule,
        RatingsModule,
        AwardsModule,
        IdempotencyModule,
        NotificationsModule,
        StatsModule,
        MatchmakingModule,
      ],
      controllers: [
        HealthController,
        CatalogController,
        AuthController,
        MeController,
        BureauUsersController,
        UsccContestsController,
        AuditController,
        ProvidersController,
        PoolApplicationsController,
        OwnListingsController,
        ListingsController,
        SearchController,
        EnterprisesController,
        TierClaimsController,
        OrdersController,
        StripeWebhookController,
        VoucherProgramsController,
        VoucherApplicationsController,
        VouchersController,
        OrderRatingController,
        RatingsController,
        ProviderRatingsController,
        RedemptionClaimsController,
        SettlementBatchesController,
        NotificationsController,
        StatsController,
        AwardRoundsController,
        PublicAwardsController,
        ProviderStandingController,
        DemandsController,
        ProposalsController,
        MatchmakingEventsController,
        MeetingsController,
      ],
      providers: [DemoDataService],
    };
  }
}
