import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CatalogModule } from '@app/catalog';
import { EnterprisesModule } from '@app/enterprises';
import { ListingsModule } from '@app/listings';
import { NotificationsModule } from '@app/notifications';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { SearchModule } from '@app/search';
import { DemandReads } from './demand-reads.service.js';
import { DemandTransitions } from './demand-transitions.js';
import { Demand, Proposal } from './demand.entity.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandsService } from './demands.service.js';
import { EventRegistration, MatchmakingEvent, Meeting } from './event.entity.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { MeetingsService } from './meetings.service.js';
import { ProposalsService } from './proposals.service.js';

/** Matchmaking (供需对接, DOMAIN.md §9): demands and proposals, suggested providers, bureau events and meetings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Demand, Proposal, MatchmakingEvent, EventRegistration, Meeting]),
    OrdersModule,
    ProvidersModule,
    EnterprisesModule,
    ListingsModule,
    SearchModule,
    CatalogModule,
    NotificationsModule,
    AuditModule,
  ],
  providers: [
    DemandsRepository,
    DemandReads,
    DemandTransitions,
    DemandsService,
    ProposalsService,
    EventsRepository,
    EventsService,
    MeetingsService,
  ],
  exports: [DemandsService, DemandReads, ProposalsService, EventsService, MeetingsService],
})
export class MatchmakingModule {}
