import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { Demand, Proposal } from './demand.entity.js';

/** Matchmaking (供需对接, DOMAIN.md §9): demands and proposals, suggested providers, bureau events and meetings. */
@Module({
  imports: [TypeOrmModule.forFeature([Demand, Proposal]), OrdersModule, ProvidersModule, NotificationsModule, AuditModule],
  providers: [],
  exports: [],
})
export class MatchmakingModule {}
