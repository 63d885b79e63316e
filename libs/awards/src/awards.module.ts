import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { EnterprisesModule } from '@app/enterprises';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { RatingsModule } from '@app/ratings';
import { VouchersModule } from '@app/vouchers';
import { AwardRound, AwardRoundFacts } from './award-round.entity.js';
import { AwardsRepository } from './awards.repository.js';
import { AwardComputeJobs } from './award-compute-jobs.service.js';
import { AwardsService } from './awards.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AwardRound, AwardRoundFacts]),
    OrdersModule,
    RatingsModule,
    VouchersModule,
    ProvidersModule,
    EnterprisesModule,
    AuditModule,
  ],
  providers: [AwardsService, AwardComputeJobs, AwardsRepository],
  exports: [AwardsService, AwardComputeJobs],
})
export class AwardsModule {}
