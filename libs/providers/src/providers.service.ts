import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '@app/audit';
import { CatalogService } from '@app/catalog';
import { IdentityService, OrganisationVerificationService } from '@app/identity';
import {
  Actor,
  Clock,
  ForbiddenError,
  InvalidStateError,
  isValidUscc,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ReasonRequiredError,
  shanghaiDate,
  ValidationFailedError,
} from '@app/shared';
import type { ApplicationsQuery, DirectoryQuery } from './dto/provider-queries.dto.js';
import type { UpdateProviderProfileDto } from './dto/update-profile.dto.js';
import { Provider } from './provider.entity.js';
import { type ProviderProfileView, profileView, type PublicProviderView, publicView } from './provider.views.js';
import { ProfileIncompleteError, ReapplyTooSoonError, UnderReviewError } from './providers.errors.js';
import { type ProviderMembershipFacts, ProvidersRepository } from './providers.repository.js';
import {
  ACTION_RECORDED,
  type AdmissionCheck,
  admissionChecks,
  isEditable,
  membershipInstant,
  nextStatus,
  type PoolAction,
  PROVIDER_STATUSES,
  type ProviderStatus,
  reapplyAfter,
  shanghaiYear,
} from './providers.rules.js';

/** Told of provider changes inside their transaction (the listings context hides, shows and refreshes listings). */
export interface MembershipListener {
  onMembershipChanged(
    em: EntityManager,
    change: {
      providerId: string;
      from: ProviderStatus;
      to: ProviderStatus;
      action: PoolAction;
      actor: { userId: string | null; orgId: string | null };
    },
  ): Promise<void>;
  /** Facts shown next to its listings changed: the name, the rating, enterprises served. */
  onFactsChanged(em: EntityManager, providerId: string): Promise<void>;
}

/** A provider's name, USCC and contacts, for other contexts (redemption, settlement). */
export interface ProviderContacts {
  id: string;
  name: string;
  uscc: string;
  legalRepresentative: string | null;
  contactPhone: string | null;
}

/** What other contexts show of a provider next to its listings. */
export interface ProviderFactsView {
  id: string;
  status: ProviderStatus;
  name: string;
  /** Average rating, 0 when unrated. */
  rating: number;
  ratingCount: number;
  servedCount: number;
}

/** One stretch of a provider's pool history: `status` from `fromAt` until `toAt` (exclusive; null: now). */
export interface MembershipPeriodView {
  status: ProviderStatus;
  fromAt: Date;
  toAt: Date | null;
}

const IN_POOL: ProviderStatus[] = ['submitted', 'approved', 'suspended'];
const REQUIRED_TO_SUBMIT = ['legalRepresentative', 'contactName', 'contactPhone', 'address', 'introduction'] as const;

/** The resource pool (资源池): provider profiles, admission review and "entry and exit" (有进有出). */
@Injectable()
export class ProvidersService {
  private readonly listeners: MembershipListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly verification: OrganisationVerificationService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: ProvidersRepository,
  ) {}

  registerMembershipListener(listener: MembershipListener): void {
    this.listeners.push(listener);
  }

  async getOwn(actor: Actor): Promise<ProviderProfileView> {
    const provider = await this.ensureProfile(actor.orgId);
    return profileView(provider, await this.checksFor(this.dataSource.manager, provider));
  }

  async updateOwn(actor: Actor, dto: UpdateProviderProfileDto): Promise<ProviderProfileView> {
    await this.ensureProfile(actor.orgId);
    if (dto.categories) {
      const unknown = await this.catalog.unknownCategories(dto.categories);
      if (unknown.length > 0) {
        throw new ValidationFailedError([
          { field: 'categories', messages: [`unknown categories: ${unknown.join(', ')}`] },
        ]);
      }
    }
    return this.dataSource.transaction(async (em) => {
      const provider = await this.lock(em, actor.orgId);
      if (!isEditable(provider.status)) throw new UnderReviewError();
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(dto) as Array<[keyof Provider, unknown]>) {
        if (value === undefined) continue;
        before[key] = provider[key];
        after[key] = value;
        Object.assign(provider, { [key]: value });
      }
      await this.identity.updateOrganisation(em, provider.id, { name: dto.name, regionCode: dto.regionCode });
      await em.save(provider);
      await this.audit.record(em, actor, {
        entityType: 'provider',
        entityId: provider.id,
        action: 'profile_updated',
        before,
        after,
      });
      if ('name' in after) {
        for (const listener of this.listeners) await listener.onFactsChanged(em, provider.id);
      }
      return profileView(provider, await this.checksFor(em, provider));
    });
  }

  async submit(actor: Actor): Promise<ProviderProfileView> {
    await this.ensureProfile(actor.orgId);
    return this.transition(actor, actor.orgId, 'submit', null);
  }

  async decide(
    actor: Actor,
    providerId: string,
    action: Exclude<PoolAction, 'submit'>,
    reason: string | null,
  ): Promise<ProviderProfileView> {
    return this.transition(actor, providerId, action, reason);
  }

  async listApplications(query: ApplicationsQuery): Promise<Page<ProviderProfileView>> {
    const em = this.dataSource.manager;
    const [rows, total] = await em.findAndCount(Provider, {
      where: { status: query.status },
      order: { submittedAt: 'ASC', id: 'ASC' },
      ...pageWindow(query),
    });
    const items = await Promise.all(rows.map(async (p) => profileView(p, await this.checksFor(em, p))));
    return pageOf(items, total, query);
  }

  async directory(query: DirectoryQuery): Promise<Page<PublicProviderView>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Provider, 'p')
      .where('p.status = :status', { status: 'approved' })
      .orderBy('p.served_count', 'DESC')
      .addOrderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip(pageWindow(query).skip)
      .take(query.pageSize);
    if (query.category) qb.andWhere('p.categories @> ARRAY[:category]::text[]', { category: query.category });
    if (query.regionCode) {
      qb.andWhere('p.region_code IN (:...regions)', {
        regions: this.catalog.jurisdiction.withDescendants(query.regionCode).concat(''),
      });
    }
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(rows.map(publicView), total, query);
  }

  async publicProfile(id: string): Promise<PublicProviderView> {
    const provider = await this.dataSource.manager.findOneBy(Provider, { id, status: 'approved' });
    if (!provider) throw new NotFoundError('Provider');
    return publicView(provider);
  }

  /** Whether a provider may have visible listings and take new orders (for other contexts). */
  async isApproved(providerId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Provider, { id: providerId, status: 'approved' });
  }

  /**
   * Status, name and rating facts of providers, in the caller's transaction. `lock` holds the rows
   * (FOR SHARE) until it commits, so a concurrent suspension waits instead of racing a publish.
   */
  async facts(em: EntityManager, ids: string[], options: { lock?: boolean } = {}): Promise<ProviderFactsView[]> {
    if (ids.length === 0) return [];
    const rows = await em.find(Provider, {
      // Only what factsOf reads: every order view comes here, and the profile's text and qualifications are large.
      select: { id: true, status: true, name: true, ratingCount: true, ratingSum: true, servedCount: true },
      where: { id: In(ids) },
      ...(options.lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    return rows.map(factsOf);
  }

  /** Names, USCC and contacts of providers, by id (redemption risk checks and the settlement export). */
  async contacts(em: EntityManager, ids: string[]): Promise<Map<string, ProviderContacts>> {
    const rows = ids.length
      ? await em.find(Provider, {
          select: { id: true, name: true, uscc: true, legalRepresentative: true, contactPhone: true },
          where: { id: In(ids) },
        })
      : [];
    return new Map(rows.map((p) => [p.id, { ...p }]));
  }

  /** Enterprises served (distinct, completed orders), kept by the orders context. */
  async setServedCount(em: EntityManager, providerId: string, servedCount: number): Promise<void> {
    await em.update(Provider, providerId, { servedCount });
    for (const listener of this.listeners) await listener.onFactsChanged(em, providerId);
  }

  /** The rating figures of the directory and search: sum and count of visible `overall` scores, kept by ratings. */
  async setRating(em: EntityManager, providerId: string, ratingSum: number, ratingCount: number): Promise<void> {
    await em.update(Provider, providerId, { ratingSum, ratingCount });
    for (const listener of this.listeners) await listener.onFactsChanged(em, providerId);
  }

  /** Facts of every approved provider (the search reindex). */
  async approvedFacts(em: EntityManager): Promise<ProviderFactsView[]> {
    return (await em.find(Provider, { where: { status: 'approved' } })).map(factsOf);
  }

  /** A provider's pool history, oldest first; the last period is open and holds its current status. */
  async membershipHistory(em: EntityManager, providerId: string): Promise<MembershipPeriodView[]> {
    const periods = await this.repository.membershipPeriods(em, providerId);
    return periods.map(({ status, fromAt, toAt }) => ({ status, fromAt, toAt }));
  }

  /**
   * The awards' membership facts for year `year` (Asia/Shanghai) of every provider with a history, keyed by
   * provider id, in one query: first admission, approved at `at` (default: now, or the end of 31 Dec when
   * computed after the year, DOMAIN.md §7), and whether it was suspended at any time in the year.
   */
  async membershipFacts(
    em: EntityManager,
    year: number,
    at: Date = membershipInstant(year, this.clock.now()),
  ): Promise<Map<string, ProviderMembershipFacts>> {
    const rows = await this.repository.membershipFacts(em, shanghaiYear(year), at);
    return new Map(rows.map((r) => [r.providerId, r]));
  }

  private async transition(
    actor: Actor,
    providerId: string,
    action: PoolAction,
    reason: string | null,
  ): Promise<ProviderProfileView> {
    return this.dataSource.transaction(async (em) => {
      const provider = await em.findOne(Provider, { where: { id: providerId }, lock: { mode: 'pessimistic_write' } });
      if (!provider) throw new NotFoundError('Provider');
      const role = actor.orgType === 'provider' ? 'provider' : 'reviewer';
      if (role === 'provider') actor.assertActsFor(providerId);
      const result = nextStatus(provider.status, action, role, reason);
      if (!result.ok) {
        if (result.error === 'FORBIDDEN_ROLE')
          throw new ForbiddenError(
            `Only ${role === 'provider' ? 'a reviewer' : 'the provider'} may ${action}`,
            'FORBIDDEN_ROLE',
          );
        if (result.error === 'REASON_REQUIRED') throw new ReasonRequiredError('provider', action);
        throw new InvalidStateError('provider', provider.status, action);
      }
      const now = this.clock.now();
      if (action === 'submit') {
        if (provider.reapplyAfter && now < provider.reapplyAfter) throw new ReapplyTooSoonError(provider.reapplyAfter);
        const missing = [
          ...REQUIRED_TO_SUBMIT.filter((f) => !provider[f]),
          ...(provider.categories.length === 0 ? ['categories'] : []),
        ];
        if (missing.length > 0) throw new ProfileIncompleteError(missing);
        provider.submittedAt = now;
      }
      const from = provider.status;
      provider.status = result.to;
      if (action !== 'submit') {
        provider.lastDecision = {
          action: ACTION_RECORDED[action],
          reason: reason ?? null,
          at: now.toISOString(),
          byUserId: actor.userId,
        };
        provider.reapplyAfter = reapplyAfter(result.to, now);
      }
      // Admission is where the bureau checks the business licence: the USCC becomes this provider's.
      if (action === 'approve') await this.verification.verify(em, actor, provider.id);
      if (action === 'approve' && !provider.admittedAt) provider.admittedAt = now;
      await em.save(provider);
      // The one writer of membership history for transitions: whatever the action, close and open at `now`.
      await this.repository.enterMembershipStatus(em, provider.id, result.to, now);
      await this.audit.record(em, actor, {
        entityType: 'provider',
        entityId: provider.id,
        action: ACTION_RECORDED[action],
        reason,
        before: { status: from },
        after: { status: result.to },
      });
      for (const listener of this.listeners) {
        await listener.onMembershipChanged(em, { providerId: provider.id, from, to: result.to, action, actor });
      }
      return profileView(provider, await this.checksFor(em, provider));
    });
  }

  private async checksFor(em: EntityManager, provider: Provider): Promise<AdmissionCheck[]> {
    const duplicates = await em.find(Provider, {
      select: { id: true },
      where: { uscc: provider.uscc, status: In(IN_POOL) },
    });
    const others = await this.verification.otherRegistrations(provider.id, em);
    return admissionChecks({
      usccValid: isValidUscc(provider.uscc),
      duplicateUsccProviderIds: duplicates.map((d) => d.id).filter((id) => id !== provider.id),
      otherRegistrations: others.map((o) => ({ id: o.id, name: o.name, verified: o.verifiedAt !== null })),
      categories: provider.categories,
      qualifications: provider.qualifications,
      today: shanghaiDate(this.clock.now()),
    });
  }

  private async lock(em: EntityManager, id: string): Promise<Provider> {
    const provider = await em.findOne(Provider, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!provider) throw new NotFoundError('Provider');
    return provider;
  }

  /** The provider's profile, made as a draft from its organisation the first time it is needed. */
  private async ensureProfile(orgId: string): Promise<Provider> {
    const existing = await this.dataSource.manager.findOneBy(Provider, { id: orgId });
    if (existing) return existing;
    const org = await this.identity.organisation(orgId);
    if (org.type !== 'provider' || !org.uscc)
      throw new ForbiddenError('Only provider organisations have a pool profile');
    const uscc = org.uscc;
    await this.dataSource.transaction(async (em) => {
      const made = await em
        .createQueryBuilder()
        .insert()
        .into(Provider)
        .values({ id: org.id, name: org.name, uscc, regionCode: org.regionCode, status: 'draft' })
        .orIgnore()
        .returning('id')
        .execute();
      // The history starts with the profile; a concurrent first request that lost the insert adds nothing.
      if (made.raw.length > 0) await this.repository.enterMembershipStatus(em, org.id, 'draft', this.clock.now());
    });
    return this.dataSource.manager.findOneByOrFail(Provider, { id: orgId });
  }

  /** Pool counts for the bureau's statistics: providers by status, and approved ones by category (in `em`'s snapshot). */
  async poolCounts(em: EntityManager = this.dataSource.manager): Promise<ProviderPoolCounts> {
    const byStatus = Object.fromEntries(PROVIDER_STATUSES.map((s) => [s, 0])) as Record<ProviderStatus, number>;
    for (const row of await this.repository.countByStatus(em)) byStatus[row.status] = row.count;
    const approvedByCategory: Record<string, number> = {};
    for (const row of await this.repository.countApprovedByCategory(em)) approvedByCategory[row.category] = row.count;
    return { byStatus, approvedByCategory };
  }
}

function factsOf(p: Provider): ProviderFactsView {
  return {
    id: p.id,
    status: p.status,
    name: p.name,
    rating: p.ratingCount > 0 ? Math.round((p.ratingSum * 100) / p.ratingCount) / 100 : 0,
    ratingCount: p.ratingCount,
    servedCount: p.servedCount,
  };
}

/** Providers by pool status (every status, zero when none) and approved providers by category code. */
export interface ProviderPoolCounts {
  byStatus: Record<ProviderStatus, number>;
  approvedByCategory: Record<string, number>;
}
