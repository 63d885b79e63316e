import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { EnterprisesModule } from '@app/enterprises';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { RatingsModule } from '@app/ratings';
import { VouchersModule } from '@app/vouchers';
import { NotificationsModule } from '@app/notifications';
import { AwardFactsReader } from './award-facts.reader.js';
import { AwardNoticeService } from './award-notice.service.js';
import { AwardObjection } from './award-objection.entity.js';
import { AwardRound, AwardRoundFacts } from './award-round.entity.js';
import { AwardStandingService } from './award-standing.service.js';
import { AwardsRepository } from './awards.repository.js';
import { AwardComputeJobs } from './award-compute-jobs.service.js';
import { AwardsService } from './awards.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AwardRound, AwardRoundFacts, AwardObjection]),
    OrdersModule,
    RatingsModule,
    VouchersModule,
    ProvidersModule,
    EnterprisesModule,
    AuditModule,
    NotificationsModule,
  ],
  providers: [
    AwardsService,
    AwardComputeJobs,
    AwardNoticeService,
    AwardStandingService,
    AwardFactsReader,
    AwardsRepository,
  ],
  exports: [AwardsService, AwardComputeJobs, AwardNoticeService, AwardStandingService],
})
export class AwardsModule {}
