import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { CatalogModule } from '@app/catalog';
import { EnterprisesModule } from '@app/enterprises';
import { NotificationsModule } from '@app/notifications';
import { OrdersModule } from '@app/orders';
import { ProvidersModule } from '@app/providers';
import { EventRegistration, MatchmakingEvent, Meeting } from './event.entity.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { MeetingsService } from './meetings.service.js';

/** Matchmaking (供需对接, DOMAIN.md §9): demands and proposals, suggested providers, bureau events and meetings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MatchmakingEvent, EventRegistration, Meeting]),
    OrdersModule,
    ProvidersModule,
    EnterprisesModule,
    CatalogModule,
    NotificationsModule,
    AuditModule,
  ],
  providers: [EventsService, MeetingsService, EventsRepository],
  exports: [EventsService, MeetingsService],
})
export class MatchmakingModule {}
