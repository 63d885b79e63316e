import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { CatalogService } from '@app/catalog';
import { isUniqueViolation } from '@app/database';
import { EnterprisesService } from '@app/enterprises';
import { OrderFactsService } from '@app/orders';
import { ProvidersService } from '@app/providers';
import {
  type Actor,
  Clock,
  type FieldError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ValidationFailedError,
} from '@app/shared';
import type { CreateEventDto, EventsQuery } from './dto/event.dto.js';
import { EventRegistration, MatchmakingEvent, type RegistrationKind } from './event.entity.js';
import {
  type EventFiguresView,
  type EventStatisticsView,
  type EventSummaryView,
  eventSummaryView,
  type EventView,
  meetingView,
  registrationView,
  type RegistrationView,
} from './event.views.js';
import { EventRefusedError } from './events.errors.js';
import { ProviderNotApprovedError } from './matchmaking.errors.js';
import { EventsRepository } from './events.repository.js';
import { conversionWindow, eventPhase, registrationRefusal } from './events.rules.js';

/** Matchmaking events (对接活动): the bureau's events, registrations, what each participant sees, and the figures. */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: EventsRepository,
    private readonly catalog: CatalogService,
    private readonly providers: ProvidersService,
    private readonly enterprises: EnterprisesService,
    private readonly orders: OrderFactsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The bureau creates an event: a time ahead (ending after now), known categories, capacities per kind. */
  async create(actor: Actor, dto: CreateEventDto): Promise<EventView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const now = this.clock.now();
    const problems: FieldError[] = [];
    if (endsAt <= startsAt) problems.push({ field: 'endsAt', messages: ['endsAt must be after startsAt'] });
    else if (endsAt <= now) problems.push({ field: 'endsAt', messages: ['endsAt must be in the future'] });
    const unknown = await this.catalog.unknownCategories(dto.categories);
    if (unknown.length) problems.push({ field: 'categories', messages: [`unknown categories: ${unknown.join(', ')}`] });
    if (problems.length) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (em) => {
      const event = em.create(MatchmakingEvent, {
        title: dto.title,
        description: dto.description ?? null,
        startsAt,
        endsAt,
        place: dto.place,
        online: dto.online,
        categories: dto.categories,
        enterpriseCapacity: dto.enterpriseCapacity,
        providerCapacity: dto.providerCapacity,
        createdBy: actor.userId,
        createdAt: now,
      });
      await this.repository.save(em, event);
      await this.audit.record(em, actor, {
        entityType: 'matchmaking_event',
        entityId: event.id,
        action: 'create',
        after: { ...dto },
      });
      return this.detail(em, actor, event);
    });
  }

  /** Events for anyone, with how many have registered and whether the caller has. */
  async list(actor: Actor | null, query: EventsQuery): Promise<Page<EventSummaryView>> {
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const [events, total] = await this.repository.page(em, now, query.when, pageWindow(query));
    const ids = events.map((e) => e.id);
    const counts = await this.repository.kindCounts(em, ids);
    const mine = actor ? await this.repository.registeredAmong(em, actor.orgId, ids) : new Set<string>();
    // The bureau's list shows what each event came to.
    const figures = actor?.isBureau ? await this.figures(em, ids) : null;
    const items = events.map((e) => ({
      ...eventSummaryView(e, eventPhase(e, now), counts.get(e.id)!, mine.has(e.id)),
      ...(figures ? { figures: figures.get(e.id)! } : {}),
    }));
    return pageOf(items, total, query);
  }

  /** One event; the bureau also sees registrations, every meeting and the figures, a participant its own meetings. */
  async get(actor: Actor | null, id: string): Promise<EventView> {
    const em = this.dataSource.manager;
    const event = await this.repository.byId(em, id);
    if (!event) throw new NotFoundError('Event');
    return this.detail(em, actor, event);
  }

  /** An enterprise, or a provider approved in the pool, takes a place while the event has room of its kind. */
  async register(actor: Actor, eventId: string): Promise<RegistrationView> {
    const kind = actor.orgType as RegistrationKind;
    // The bureau lists registrants by name: an enterprise's profile is made from its organisation when first needed.
    if (kind === 'enterprise') await this.enterprises.ensureProfile(actor.orgId);
    return this.dataSource
      .transaction(async (em) => {
        if (kind === 'provider') {
          const [provider] = await this.providers.facts(em, [actor.orgId], { lock: true });
          if (provider?.status !== 'approved') throw new ProviderNotApprovedError(provider?.status ?? 'draft');
        }
        // Registrations of one event queue on its row: each counts the places committed before it.
        const event = await this.repository.lockEvent(em, eventId);
        if (!event) throw new NotFoundError('Event');
        const capacity = kind === 'enterprise' ? event.enterpriseCapacity : event.providerCapacity;
        const registered = await this.repository.countOfKind(em, eventId, kind);
        const already = !!(await this.repository.registration(em, eventId, actor.orgId));
        const refusal = registrationRefusal({ ...event, capacity }, registered, already, this.clock.now());
        if (refusal) throw new EventRefusedError(refusal);
        const registration = em.create(EventRegistration, {
          eventId,
          orgId: actor.orgId,
          orgType: kind,
          createdAt: this.clock.now(),
        });
        await this.repository.save(em, registration);
        await this.audit.record(em, actor, {
          entityType: 'matchmaking_event',
          entityId: eventId,
          action: 'register',
          after: { registrationId: registration.id, orgId: actor.orgId, orgType: kind },
        });
        return registrationView(registration);
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new EventRefusedError('ALREADY_REGISTERED') : error;
      });
  }

  /** Every event's figures for the bureau's statistics, latest first, in the caller's snapshot. */
  async statistics(em: EntityManager = this.dataSource.manager): Promise<EventStatisticsView[]> {
    const events = await this.repository.all(em);
    const figures = await this.figures(
      em,
      events.map((e) => e.id),
    );
    return events.map((e) => ({
      eventId: e.id,
      title: e.title,
      startsAt: e.startsAt.toISOString(),
      ...figures.get(e.id)!,
    }));
  }

  /**
   * Registrations, meetings, held meetings and conversions of these events: the orders between each
   * held meeting's pair created and confirmed within 90 days from the pair's first held meeting there.
   */
  async figures(em: EntityManager, eventIds: string[]): Promise<Map<string, EventFiguresView>> {
    const registrations = await this.repository.kindCounts(em, eventIds);
    const meetings = await this.repository.meetingCounts(em, eventIds);
    const pairs = await this.repository.heldPairs(em, eventIds);
    const counts = await this.orders.confirmedOrdersOfPairs(
      em,
      pairs.map((p) => ({
        enterpriseId: p.enterpriseId,
        providerId: p.providerId,
        ...conversionWindow(p.firstHeldAt),
      })),
    );
    const conversions = new Map<string, number>();
    pairs.forEach((p, i) => conversions.set(p.eventId, (conversions.get(p.eventId) ?? 0) + counts[i]));
    return new Map(
      eventIds.map((id) => [
        id,
        {
          registrations: registrations.get(id)!,
          meetings: meetings.get(id)!.meetings,
          meetingsHeld: meetings.get(id)!.held,
          conversions: conversions.get(id) ?? 0,
        },
      ]),
    );
  }

  /** Organisation names by id: enterprises' and providers'. */
  async names(em: EntityManager, enterpriseIds: string[], providerIds: string[]): Promise<Map<string, string>> {
    const names = await this.enterprises.names(em, [...new Set(enterpriseIds)]);
    for (const p of await this.providers.facts(em, [...new Set(providerIds)])) names.set(p.id, p.name);
    return names;
  }

  private async detail(em: EntityManager, actor: Actor | null, event: MatchmakingEvent): Promise<EventView> {
    const now = this.clock.now();
    const counts = (await this.repository.kindCounts(em, [event.id])).get(event.id)!;
    const registeredByMe = !!actor && !!(await this.repository.registration(em, event.id, actor.orgId));
    const view: EventView = eventSummaryView(event, eventPhase(event, now), counts, registeredByMe);
    if (actor?.isBureau) {
      const registrations = await this.repository.registrationsOf(em, event.id);
      const meetings = await this.repository.meetingsOf(em, event.id);
      const byKind = (kind: RegistrationKind) => registrations.filter((r) => r.orgType === kind).map((r) => r.orgId);
      const names = await this.names(
        em,
        [...byKind('enterprise'), ...meetings.map((m) => m.enterpriseId)],
        [...byKind('provider'), ...meetings.map((m) => m.providerId)],
      );
      view.registrations = registrations.map((r) => registrationView(r, names.get(r.orgId) ?? ''));
      view.meetings = meetings.map((m) => meetingView(m, names, now));
      view.figures = (await this.figures(em, [event.id])).get(event.id)!;
    } else if (registeredByMe) {
      const meetings = await this.repository.meetingsOf(em, event.id, actor!.orgId);
      const names = await this.names(
        em,
        meetings.map((m) => m.enterpriseId),
        meetings.map((m) => m.providerId),
      );
      view.meetings = meetings.map((m) => meetingView(m, names, now));
    }
    return view;
  }
}
