import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { NotificationsService } from '@app/notifications';
import { type Actor, Clock, NotFoundError } from '@app/shared';
import type { MeetingOutcomeDto, ScheduleMeetingDto } from './dto/event.dto.js';
import { Meeting } from './event.entity.js';
import { meetingView, type MeetingView } from './event.views.js';
import { EventRefusedError, SlotOutsideEventError } from './events.errors.js';
import { EventsRepository } from './events.repository.js';
import { meetingEnd, outcomeRefusal, slotWithinEvent } from './events.rules.js';
import { EventsService } from './events.service.js';
import { meetingClash } from './matchmaking.rules.js';

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 1:1 meetings (洽谈) at matchmaking events: the bureau schedules them (no party in two at once) and records outcomes. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: EventsRepository,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The bureau schedules a meeting between a registered enterprise and a registered provider within
   * the event's time; neither party may be in another meeting then, at any event.
   */
  async schedule(actor: Actor, eventId: string, dto: ScheduleMeetingDto): Promise<MeetingView> {
    return this.dataSource.transaction(async (em) => {
      const event = await this.repository.byId(em, eventId);
      if (!event) throw new NotFoundError('Event');
      const slot = { startsAt: new Date(dto.startsAt), minutes: dto.minutes };
      if (!slotWithinEvent(slot, event)) throw new SlotOutsideEventError(event);
      const enterprise = await this.repository.registration(em, eventId, dto.enterpriseId);
      const provider = await this.repository.registration(em, eventId, dto.providerId);
      const unregistered = [
        ...(enterprise?.orgType === 'enterprise' ? [] : ['enterprise']),
        ...(provider?.orgType === 'provider' ? [] : ['provider']),
      ];
      if (unregistered.length) throw new EventRefusedError('NOT_REGISTERED', { parties: unregistered });
      // Scheduling for either party queues on its lock, so the check below sees every meeting committed before.
      await this.repository.lockParties(em, [dto.enterpriseId, dto.providerId]);
      const parties = { enterpriseId: dto.enterpriseId, providerId: dto.providerId };
      const existing = await this.repository.partiesMeetingsAround(em, parties, slot.startsAt, meetingEnd(slot));
      const clash = meetingClash({ ...slot, ...parties }, existing);
      if (clash) {
        const other = existing.find((m) =>
          clash === 'enterprise' ? m.enterpriseId === dto.enterpriseId : m.providerId === dto.providerId,
        );
        throw new EventRefusedError('MEETING_CONFLICT', {
          party: clash,
          orgId: parties[`${clash}Id`],
          meetingId: other?.id,
        });
      }
      const meeting = em.create(Meeting, {
        eventId,
        ...parties,
        ...slot,
        held: null,
        outcomeNote: null,
        outcomeAt: null,
        outcomeBy: null,
        createdAt: this.clock.now(),
      });
      await this.repository.save(em, meeting);
      await this.audit.record(em, actor, {
        entityType: 'meeting',
        entityId: meeting.id,
        action: 'schedule',
        after: { eventId, ...parties, startsAt: slot.startsAt.toISOString(), minutes: slot.minutes },
      });
      const names = await this.events.names(em, [dto.enterpriseId], [dto.providerId]);
      const when = SHANGHAI.format(slot.startsAt);
      await this.notifications.notifyMany(
        em,
        [
          { orgId: dto.enterpriseId, side: 'enterprise', counterpart: names.get(dto.providerId) ?? '服务机构' },
          { orgId: dto.providerId, side: 'provider', counterpart: names.get(dto.enterpriseId) ?? '企业' },
        ].map(({ orgId, side, counterpart }) => ({
          orgId,
          kind: 'meeting_scheduled',
          title: `对接活动洽谈已安排：${event.title}`.slice(0, 200),
          body: `您与「${counterpart}」的一对一洽谈安排在 ${when}（北京时间），时长 ${slot.minutes} 分钟，地点：${event.online ? '线上' : ''}${event.place}。`,
          link: `/${side}/events/${eventId}`,
          subjectId: meeting.id,
          dedupeKey: `meeting_scheduled:${meeting.id}:${orgId}`,
        })),
      );
      return meetingView(meeting, names, this.clock.now());
    });
  }

  /** After a meeting's start the bureau records, once, whether it was held (held meetings feed the conversions). */
  async recordOutcome(actor: Actor, id: string, dto: MeetingOutcomeDto): Promise<MeetingView> {
    return this.dataSource.transaction(async (em) => {
      const meeting = await this.repository.meeting(em, id, true);
      if (!meeting) throw new NotFoundError('Meeting');
      const now = this.clock.now();
      const refusal = outcomeRefusal(meeting, now);
      if (refusal) throw new EventRefusedError(refusal, { startsAt: meeting.startsAt.toISOString() });
      Object.assign(meeting, {
        held: dto.held,
        outcomeNote: dto.note ?? null,
        outcomeAt: now,
        outcomeBy: actor.userId,
      });
      await this.repository.save(em, meeting);
      await this.audit.record(em, actor, {
        entityType: 'meeting',
        entityId: id,
        action: 'record_outcome',
        before: { held: null },
        after: { held: dto.held, note: dto.note ?? null },
      });
      const names = await this.events.names(em, [meeting.enterpriseId], [meeting.providerId]);
      return meetingView(meeting, names, this.clock.now());
    });
  }
}
