import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageViewOf } from '@app/shared';
import type { EventRegistration, MatchmakingEvent, Meeting } from './event.entity.js';
import { type EventPhase, type MeetingStatus, meetingEnd, meetingStatus } from './events.rules.js';

export class KindCountsView {
  @ApiProperty() enterprise: number;
  @ApiProperty() provider: number;
}

/** What an event came to (DOMAIN.md §9): held meetings and the orders between their pairs within 90 days. */
export class EventFiguresView {
  @ApiProperty({ type: KindCountsView }) registrations: KindCountsView;
  @ApiProperty() meetings: number;
  @ApiProperty({ description: 'Meetings recorded as held' }) meetingsHeld: number;
  @ApiProperty({
    description:
      'Orders between the pair of a held meeting, created and confirmed (or later) within 90 days from its start',
  })
  conversions: number;
}

export class EventSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['upcoming', 'ongoing', 'ended'] }) status: EventPhase;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() place: string;
  @ApiProperty() online: boolean;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty() enterpriseCapacity: number;
  @ApiProperty() providerCapacity: number;
  @ApiProperty({ type: KindCountsView, description: 'Registered enterprises and providers' })
  registered: KindCountsView;
  @ApiProperty({ description: "Whether the caller's organisation is registered" }) registeredByMe: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: () => EventFiguresView, description: 'The bureau only: what the event came to' })
  figures?: EventFiguresView;
}

export class EventPageView extends PageViewOf(EventSummaryView) {}

export class RegistrationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty({ enum: ['enterprise', 'provider'] }) orgType: string;
  @ApiPropertyOptional({ description: "The organisation's name (the bureau's view)" }) name?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MeetingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'not_held'] }) status: MeetingStatus;
  @ApiProperty({ format: 'uuid' }) enterpriseId: string;
  @ApiProperty() enterpriseName: string;
  @ApiProperty({ format: 'uuid' }) providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() minutes: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null until the outcome is recorded' }) held:
    boolean | null;
  @ApiProperty({ type: String, nullable: true }) outcomeNote: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) outcomeAt: string | null;
  @ApiProperty({ description: "Whether it has started by the server's clock (its outcome may then be recorded)" })
  started: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EventView extends EventSummaryView {
  @ApiPropertyOptional({ type: [RegistrationView], description: 'The bureau only' })
  registrations?: RegistrationView[];
  @ApiPropertyOptional({
    type: [MeetingView],
    description: 'The bureau: every meeting; a registered participant: its own; others: none (left out)',
  })
  meetings?: MeetingView[];
}

/** One event's figures for the bureau's statistics. */
export class EventStatisticsView extends EventFiguresView {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
}

export function eventSummaryView(
  e: MatchmakingEvent,
  phase: EventPhase,
  registered: KindCountsView,
  registeredByMe: boolean,
): EventSummaryView {
  return {
    id: e.id,
    status: phase,
    title: e.title,
    description: e.description,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    place: e.place,
    online: e.online,
    categories: e.categories,
    enterpriseCapacity: e.enterpriseCapacity,
    providerCapacity: e.providerCapacity,
    registered,
    registeredByMe,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function registrationView(r: EventRegistration, name?: string): RegistrationView {
  return {
    id: r.id,
    eventId: r.eventId,
    orgId: r.orgId,
    orgType: r.orgType,
    ...(name !== undefined ? { name } : {}),
    createdAt: r.createdAt.toISOString(),
  };
}

export function meetingView(m: Meeting, names: ReadonlyMap<string, string>, now: Date): MeetingView {
  return {
    id: m.id,
    eventId: m.eventId,
    status: meetingStatus(m.held),
    enterpriseId: m.enterpriseId,
    enterpriseName: names.get(m.enterpriseId) ?? '',
    providerId: m.providerId,
    providerName: names.get(m.providerId) ?? '',
    startsAt: m.startsAt.toISOString(),
    endsAt: meetingEnd(m).toISOString(),
    minutes: m.minutes,
    held: m.held,
    outcomeNote: m.outcomeNote,
    outcomeAt: m.outcomeAt?.toISOString() ?? null,
    started: m.startsAt <= now,
    createdAt: m.createdAt.toISOString(),
  };
}
