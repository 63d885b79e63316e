import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { Rating, RatingSummary } from './rating.entity.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Rating, RatingSummary]),
    OrdersModule,
    ProvidersModule,
    NotificationsModule,
    AuditModule,
  ],
  providers: [RatingsService, RatingsRepository],
  exports: [RatingsService],
})
export class RatingsModule {}
