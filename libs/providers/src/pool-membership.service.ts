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
import type { ApplicationsQuery } from './dto/provider-queries.dto.js';
import type { UpdateProviderProfileDto } from './dto/update-profile.dto.js';
import { Provider } from './provider.entity.js';
import { type ProviderProfileView, profileView } from './provider.views.js';
import { ProfileIncompleteError, ReapplyTooSoonError, UnderReviewError } from './providers.errors.js';
import { ProvidersRepository } from './providers.repository.js';
import {
  ACTION_RECORDED,
  type AdmissionCheck,
  admissionChecks,
  isEditable,
  nextStatus,
  type PoolAction,
  type ProviderStatus,
  reapplyAfter,
} from './providers.rules.js';
import { ProvidersService } from './providers.service.js';

const IN_POOL: ProviderStatus[] = ['submitted', 'approved', 'suspended'];
const REQUIRED_TO_SUBMIT = ['legalRepresentative', 'contactName', 'contactPhone', 'address', 'introduction'] as const;

/**
 * Membership of the resource pool (资源池): a provider's own profile, its application, the
 * reviewer's admission checks and decisions, "entry and exit" (有进有出). What other contexts read
 * about providers is ProvidersService's.
 */
@Injectable()
export class PoolMembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: ProvidersService,
    private readonly identity: IdentityService,
    private readonly verification: OrganisationVerificationService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: ProvidersRepository,
  ) {}

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
        await this.providers.factsChanged(em, provider.id);
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
      await this.providers.membershipChanged(em, { providerId: provider.id, from, to: result.to, action, actor });
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
}
