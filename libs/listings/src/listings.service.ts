import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '@app/audit';
import { CatalogService } from '@app/catalog';
import { type MembershipListener, type ProviderFactsView, ProvidersService } from '@app/providers';
import { type ListingDocument, SearchIndex } from '@app/search';
import {
  Actor,
  Clock,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ReasonRequiredError,
  ValidationFailedError,
} from '@app/shared';
import type { CreateListingDto, OwnListingsQuery, UpdateListingDto } from './dto/listing.dto.js';
import { Listing } from './listing.entity.js';
import { type ListingView, listingView } from './listing.views.js';
import { ProviderNotApprovedError } from './listings.errors.js';
import {
  isListingEditable,
  isSearchable,
  type ListingAction,
  LISTING_STATUSES,
  type ListingStatus,
  nextListingStatus,
  priceProblem,
} from './listings.rules.js';

type AuditActor = { userId: string | null; orgId: string | null };

const RECORDED: Record<ListingAction, string> = {
  publish: 'published',
  unpublish: 'unpublished',
  take_down: 'taken_down',
};
const REINDEX_BATCH = 1000;

/**
 * Listings (服务产品): the owner's drafts and edits, publishing, the bureau's take-down, and keeping
 * the search index in step with every change in the same transaction.
 */
@Injectable()
export class ListingsService implements OnModuleInit, MembershipListener {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: ProvidersService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly searchIndex: SearchIndex,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.providers.registerMembershipListener(this);
  }

  async create(actor: Actor, dto: CreateListingDto): Promise<ListingView> {
    await this.checkReferences(dto);
    const problem = priceProblem(dto.priceModel, dto.priceFen);
    if (problem) throw new ValidationFailedError([{ field: 'priceFen', messages: [problem] }]);
    return this.dataSource.transaction(async (em) => {
      const listing = em.create(Listing, {
        ...dto,
        providerId: actor.orgId,
        tags: dto.tags ?? [],
        priceFen: dto.priceFen ?? null,
        srdiSpecial: dto.srdiSpecial ?? false,
        voucherEligible: dto.voucherEligible ?? false,
        status: 'draft',
      });
      await em.save(listing);
      await this.audit.record(em, actor, {
        entityType: 'listing',
        entityId: listing.id,
        action: 'created',
        after: { ...dto },
      });
      return listingView(listing, true);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateListingDto): Promise<ListingView> {
    await this.checkReferences(dto);
    return this.dataSource.transaction(async (em) => {
      const listing = await this.lockOwn(em, actor, id);
      if (!isListingEditable(listing.status)) throw new InvalidStateError('listing', listing.status, 'edit');
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      // Switching to quote drops the price; switching away needs one (checked below).
      const changes: Partial<Listing> = { ...dto } as Partial<Listing>;
      if (dto.priceModel === 'quote' && dto.priceFen === undefined) changes.priceFen = null;
      for (const [key, value] of Object.entries(changes) as Array<[keyof Listing, unknown]>) {
        if (value === undefined || JSON.stringify(listing[key]) === JSON.stringify(value)) continue;
        before[key] = listing[key];
        after[key] = value;
        Object.assign(listing, { [key]: value });
      }
      const problem = priceProblem(listing.priceModel, listing.priceFen);
      if (problem) throw new ValidationFailedError([{ field: 'priceFen', messages: [problem] }]);
      if (Object.keys(after).length === 0) return listingView(listing, true);
      await em.save(listing);
      await this.audit.record(em, actor, { entityType: 'listing', entityId: id, action: 'updated', before, after });
      await this.reflect(em, [listing]);
      return listingView(listing, true);
    });
  }

  async publish(actor: Actor, id: string): Promise<ListingView> {
    return this.transition(actor, id, 'publish', null);
  }

  async unpublish(actor: Actor, id: string): Promise<ListingView> {
    return this.transition(actor, id, 'unpublish', null);
  }

  async takeDown(actor: Actor, id: string, reason: string | null): Promise<ListingView> {
    return this.transition(actor, id, 'take_down', reason);
  }

  /** Anyone sees a listing that search would show; its owner and the bureau see it in every state. */
  async get(actor: Actor | null, id: string): Promise<ListingView> {
    const listing = await this.dataSource.manager.findOneBy(Listing, { id });
    if (!listing) throw new NotFoundError('Listing');
    const privileged = !!actor && (actor.isBureau || actor.orgId === listing.providerId);
    const [provider] = await this.providers.facts(this.dataSource.manager, [listing.providerId]);
    if (!privileged && (!provider || !isSearchable(listing.status, provider.status))) {
      throw new NotFoundError('Listing');
    }
    return { ...listingView(listing, privileged), ...(provider ? { providerName: provider.name } : {}) };
  }

  async listOwn(actor: Actor, query: OwnListingsQuery): Promise<Page<ListingView>> {
    const [rows, total] = await this.dataSource.manager.findAndCount(Listing, {
      where: { providerId: actor.orgId, ...(query.status ? { status: query.status } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      ...pageWindow(query),
    });
    return pageOf(
      rows.map((l) => listingView(l, true)),
      total,
      query,
    );
  }

  /** Suspension hides a provider's listings at once, reinstatement shows them again, removal unpublishes them. */
  async onMembershipChanged(
    em: EntityManager,
    change: { providerId: string; to: string; actor: AuditActor },
  ): Promise<void> {
    if (change.to === 'approved') {
      const published = await em.find(Listing, { where: { providerId: change.providerId, status: 'published' } });
      await this.reflect(em, published);
    } else if (change.to === 'suspended') {
      await this.searchIndex.removeProvider(em, change.providerId);
    } else if (change.to === 'removed') {
      const published = await em.find(Listing, { where: { providerId: change.providerId, status: 'published' } });
      const at = this.clock.now().toISOString();
      const reason = 'The provider was removed from the pool';
      for (const listing of published) {
        listing.status = 'unpublished';
        listing.lastDecision = { action: 'unpublished', reason, at, byUserId: change.actor.userId ?? '' };
        await this.audit.record(em, change.actor, {
          entityType: 'listing',
          entityId: listing.id,
          action: 'unpublished',
          reason,
          before: { status: 'published' },
          after: { status: 'unpublished' },
        });
      }
      await em.save(published);
      await this.searchIndex.removeProvider(em, change.providerId);
    }
  }

  async onFactsChanged(em: EntityManager, providerId: string): Promise<void> {
    const [facts] = await this.providers.facts(em, [providerId]);
    if (facts) await this.searchIndex.updateProvider(em, providerId, factsForSearch(facts));
  }

  /**
   * A listing an enterprise may order now: published by an approved provider (whose row is held
   * FOR SHARE until the caller commits, so a suspension cannot slip in between). Null otherwise.
   */
  async orderable(
    em: EntityManager,
    listingId: string,
  ): Promise<Pick<
    Listing,
    'id' | 'providerId' | 'title' | 'category' | 'priceModel' | 'priceFen' | 'voucherEligible'
  > | null> {
    const listing = await em.findOneBy(Listing, { id: listingId });
    if (!listing || listing.status !== 'published') return null;
    const [provider] = await this.providers.facts(em, [listing.providerId], { lock: true });
    return provider?.status === 'approved' ? listing : null;
  }

  /** Enterprises served through a listing (distinct, completed orders), kept by the orders context. */
  async setServedCount(em: EntityManager, listingId: string, servedCount: number): Promise<void> {
    await em.update(Listing, listingId, { servedCount });
  }

  /**
   * Rebuilds `search_document` from the listings (the `search:reindex` command): every published
   * listing of an approved provider, nothing else. Returns the number of documents.
   */
  async rebuildSearchIndex(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await em.query('LOCK TABLE search_document IN EXCLUSIVE MODE');
      const facts = new Map((await this.providers.approvedFacts(em)).map((f) => [f.id, f]));
      const stale: Array<{ listing_id: string }> = await em.query('SELECT listing_id FROM search_document');
      await this.searchIndex.remove(
        em,
        stale.map((r) => r.listing_id),
      );
      let count = 0;
      for (let page = 0; facts.size > 0; page++) {
        const batch = await em.find(Listing, {
          where: { status: 'published', providerId: In([...facts.keys()]) },
          order: { id: 'ASC' },
          skip: page * REINDEX_BATCH,
          take: REINDEX_BATCH,
        });
        if (batch.length === 0) break;
        await this.searchIndex.upsert(
          em,
          batch.map((l) => documentOf(l, facts.get(l.providerId)!)),
        );
        count += batch.length;
      }
      return count;
    });
  }

  private async transition(
    actor: Actor,
    id: string,
    action: ListingAction,
    reason: string | null,
  ): Promise<ListingView> {
    return this.dataSource.transaction(async (em) => {
      const role = actor.isBureau ? 'reviewer' : 'owner';
      // The owner's provider row first (FOR SHARE, held to commit), then the listing: the order a
      // suspension or removal takes them in, so the two never deadlock, and a suspension in flight
      // waits for this publish and then hides it.
      const [owner] = role === 'owner' ? await this.providers.facts(em, [actor.orgId], { lock: true }) : [];
      const listing = role === 'owner' ? await this.lockOwn(em, actor, id) : await this.lock(em, id);
      const result = nextListingStatus(listing.status, action, role, reason);
      if (!result.ok) {
        if (result.error === 'FORBIDDEN_ROLE')
          throw new ForbiddenError(`You may not ${action} this listing`, 'FORBIDDEN_ROLE');
        if (result.error === 'REASON_REQUIRED') throw new ReasonRequiredError('listing', action.replace('_', ' '));
        throw new InvalidStateError('listing', listing.status, action);
      }
      if (action === 'publish') {
        if (owner?.status !== 'approved') throw new ProviderNotApprovedError(owner?.status ?? 'draft');
        listing.publishedAt ??= this.clock.now();
      }
      const from = listing.status;
      listing.status = result.to;
      if (action === 'take_down') {
        listing.lastDecision = {
          action: RECORDED[action],
          reason,
          at: this.clock.now().toISOString(),
          byUserId: actor.userId,
        };
      }
      await em.save(listing);
      await this.audit.record(em, actor, {
        entityType: 'listing',
        entityId: id,
        action: RECORDED[action],
        reason,
        before: { status: from },
        after: { status: result.to },
      });
      await this.reflect(em, [listing]);
      return listingView(listing, true);
    });
  }

  /** Puts listings in the search index or takes them out, as their state and their provider's say. */
  private async reflect(em: EntityManager, listings: Listing[]): Promise<void> {
    if (listings.length === 0) return;
    const facts = new Map(
      (await this.providers.facts(em, [...new Set(listings.map((l) => l.providerId))])).map((f) => [f.id, f]),
    );
    const shown = listings.filter((l) => isSearchable(l.status, facts.get(l.providerId)?.status ?? 'draft'));
    const hidden = listings.filter((l) => !shown.includes(l));
    await this.searchIndex.upsert(
      em,
      shown.map((l) => documentOf(l, facts.get(l.providerId)!)),
    );
    await this.searchIndex.remove(
      em,
      hidden.map((l) => l.id),
    );
  }

  private async checkReferences(dto: UpdateListingDto): Promise<void> {
    const problems: Array<{ field: string; messages: string[] }> = [];
    if (dto.category && (await this.catalog.unknownCategories([dto.category])).length > 0) {
      problems.push({ field: 'category', messages: [`unknown category ${dto.category}`] });
    }
    const unknownRegions = (dto.regionCodes ?? []).filter((c) => !this.catalog.isRegion(c));
    if (unknownRegions.length > 0) {
      problems.push({ field: 'regionCodes', messages: [`unknown regions: ${unknownRegions.join(', ')}`] });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async lock(em: EntityManager, id: string): Promise<Listing> {
    const listing = await em.findOne(Listing, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!listing) throw new NotFoundError('Listing');
    return listing;
  }

  /** Another provider's listing answers 404, so drafts do not leak. */
  private async lockOwn(em: EntityManager, actor: Actor, id: string): Promise<Listing> {
    const listing = await this.lock(em, id);
    if (listing.providerId !== actor.orgId) throw new NotFoundError('Listing');
    return listing;
  }

  /** Listings by status for the bureau's statistics: one GROUP BY over `listing` (every status, zero when none). */
  async countsByStatus(em: EntityManager = this.dataSource.manager): Promise<Record<ListingStatus, number>> {
    const counts = Object.fromEntries(LISTING_STATUSES.map((s) => [s, 0])) as Record<ListingStatus, number>;
    const rows: Array<{ status: ListingStatus; count: number }> = await em.query(
      `SELECT status, count(*)::int AS count FROM listing GROUP BY status`,
    );
    for (const row of rows) counts[row.status] = row.count;
    return counts;
  }
}

function factsForSearch(f: ProviderFactsView) {
  return { providerName: f.name, rating: f.rating, ratingCount: f.ratingCount, servedCount: f.servedCount };
}

function documentOf(l: Listing, provider: ProviderFactsView): ListingDocument {
  return {
    id: l.id,
    providerId: l.providerId,
    title: l.title,
    description: l.description,
    category: l.category,
    tags: l.tags,
    priceModel: l.priceModel,
    priceFen: l.priceFen,
    unit: l.unit,
    deliveryDays: l.deliveryDays,
    regionCodes: l.regionCodes,
    srdiSpecial: l.srdiSpecial,
    voucherEligible: l.voucherEligible,
    publishedAt: l.publishedAt ?? new Date(0),
    ...factsForSearch(provider),
  };
}
