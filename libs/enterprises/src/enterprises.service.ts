import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '@app/audit';
import { IdentityService, OrganisationVerificationService } from '@app/identity';
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
  shanghaiDate,
  ValidationFailedError,
} from '@app/shared';
import type { TierClaimDto, TierClaimsQuery, TierDecisionDto, UpdateEnterpriseDto } from './dto/enterprise.dto.js';
import { Enterprise, TierClaim } from './enterprise.entity.js';
import {
  claimView,
  enterpriseView,
  type EnterpriseView,
  type TierClaimReviewView,
  type TierClaimView,
} from './enterprise.views.js';
import { DuplicateTierClaimError } from './enterprises.errors.js';
import { canDecide, defaultValidUntil, type SrdiTier, validTier } from './enterprises.rules.js';

/** Enterprises (企业): profiles and SRDI tier claims verified by the bureau. */
@Injectable()
export class EnterprisesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly verification: OrganisationVerificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async getOwn(actor: Actor): Promise<EnterpriseView> {
    return this.view(this.dataSource.manager, await this.ensureProfile(actor.orgId));
  }

  async updateOwn(actor: Actor, dto: UpdateEnterpriseDto): Promise<EnterpriseView> {
    await this.ensureProfile(actor.orgId);
    return this.dataSource.transaction(async (em) => {
      const enterprise = await em.findOneOrFail(Enterprise, {
        where: { id: actor.orgId },
        lock: { mode: 'pessimistic_write' },
      });
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(dto) as Array<[keyof Enterprise, unknown]>) {
        if (value === undefined || enterprise[key] === value) continue;
        before[key] = enterprise[key];
        after[key] = value;
        Object.assign(enterprise, { [key]: value });
      }
      if (Object.keys(after).length > 0) {
        await this.identity.updateOrganisation(em, enterprise.id, { name: dto.name });
        await em.save(enterprise);
        await this.audit.record(em, actor, {
          entityType: 'enterprise',
          entityId: enterprise.id,
          action: 'profile_updated',
          before,
          after,
        });
      }
      return this.view(em, enterprise);
    });
  }

  async claimTier(actor: Actor, dto: TierClaimDto): Promise<TierClaimView> {
    await this.ensureProfile(actor.orgId);
    const thisYear = Number(shanghaiDate(this.clock.now()).slice(0, 4));
    if (dto.year > thisYear) {
      throw new ValidationFailedError([{ field: 'year', messages: [`year must not be after ${thisYear}`] }]);
    }
    return this.dataSource.transaction(async (em) => {
      // One claim at a time per enterprise: the duplicate check and the insert cannot race.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tier-claim:${actor.orgId}`]);
      const duplicate = await em.findOne(TierClaim, {
        where: { enterpriseId: actor.orgId, certificateNo: dto.certificateNo, status: In(['pending', 'verified']) },
      });
      if (duplicate) throw new DuplicateTierClaimError(duplicate.id);
      const claim = em.create(TierClaim, { ...dto, enterpriseId: actor.orgId, status: 'pending' });
      await em.save(claim);
      await this.audit.record(em, actor, {
        entityType: 'tier_claim',
        entityId: claim.id,
        action: 'claimed',
        after: { ...dto },
      });
      return claimView(claim);
    });
  }

  async listClaims(query: TierClaimsQuery): Promise<Page<TierClaimReviewView>> {
    const [rows, total] = await this.dataSource.manager.findAndCount(TierClaim, {
      where: { status: query.status },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...pageWindow(query),
    });
    const enterprises = await this.dataSource.manager.findBy(Enterprise, {
      id: In([...new Set(rows.map((r) => r.enterpriseId))]),
    });
    const byId = new Map(enterprises.map((e) => [e.id, e]));
    return pageOf(
      rows.map((c) => ({
        ...claimView(c),
        enterpriseName: byId.get(c.enterpriseId)?.name ?? '',
        enterpriseUscc: byId.get(c.enterpriseId)?.uscc ?? '',
      })),
      total,
      query,
    );
  }

  async decide(
    actor: Actor,
    claimId: string,
    action: 'verify' | 'reject',
    dto: TierDecisionDto,
  ): Promise<TierClaimView> {
    if (!actor.hasBureauRole('reviewer'))
      throw new ForbiddenError('Only a reviewer decides tier claims', 'FORBIDDEN_ROLE');
    if (action === 'reject' && !dto.reason) throw new ReasonRequiredError('tier claim', 'reject');
    return this.dataSource.transaction(async (em) => {
      const claim = await em.findOne(TierClaim, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw new NotFoundError('Tier claim');
      if (!canDecide(claim.status)) throw new InvalidStateError('tier_claim', claim.status, action);
      // Tier review is where the bureau checks the business licence: the USCC becomes this enterprise's.
      if (action === 'verify') await this.verification.verify(em, actor, claim.enterpriseId);
      claim.status = action === 'verify' ? 'verified' : 'rejected';
      claim.validUntil = action === 'verify' ? (dto.validUntil ?? defaultValidUntil(claim.year)) : null;
      claim.reason = dto.reason ?? null;
      claim.decidedBy = actor.userId;
      claim.decidedAt = this.clock.now();
      await em.save(claim);
      await this.audit.record(em, actor, {
        entityType: 'tier_claim',
        entityId: claim.id,
        action: claim.status,
        reason: claim.reason,
        before: { status: 'pending' },
        after: { status: claim.status, validUntil: claim.validUntil },
      });
      return claimView(claim);
    });
  }

  /** The tier that counts for an enterprise today (vouchers and awards use only this). */
  async currentTier(em: EntityManager, enterpriseId: string): Promise<{ tier: SrdiTier; validUntil: string } | null> {
    const claims = await em.findBy(TierClaim, { enterpriseId, status: 'verified' });
    const tier = validTier(claims, shanghaiDate(this.clock.now()));
    return tier ? { tier: tier.tier, validUntil: tier.validUntil } : null;
  }

  /** Enterprises whose tier that counts today is one of `tiers` (bulk voucher issue), in a stable order. */
  async withValidTier(em: EntityManager, tiers: readonly string[]): Promise<string[]> {
    const claims = await em.find(TierClaim, { where: { status: 'verified' }, order: { enterpriseId: 'ASC' } });
    const today = shanghaiDate(this.clock.now());
    const byEnterprise = new Map<string, TierClaim[]>();
    for (const c of claims) byEnterprise.set(c.enterpriseId, [...(byEnterprise.get(c.enterpriseId) ?? []), c]);
    return [...byEnterprise].filter(([, mine]) => tiers.includes(validTier(mine, today)?.tier ?? '')).map(([id]) => id);
  }

  /** Enterprise names by id (orders show the counterpart). */
  async names(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows = ids.length
      ? await em.find(Enterprise, { select: { id: true, name: true }, where: { id: In(ids) } })
      : [];
    return new Map(rows.map((e) => [e.id, e.name]));
  }

  /** USCC and contacts of enterprises, by id (redemption risk checks). */
  async contacts(
    em: EntityManager,
    ids: string[],
  ): Promise<Map<string, Pick<Enterprise, 'id' | 'name' | 'uscc' | 'legalRepresentative' | 'contactPhone'>>> {
    const rows = ids.length
      ? await em.find(Enterprise, {
          select: { id: true, name: true, uscc: true, legalRepresentative: true, contactPhone: true },
          where: { id: In(ids) },
        })
      : [];
    return new Map(rows.map((e) => [e.id, { ...e }]));
  }

  private async view(em: EntityManager, enterprise: Enterprise): Promise<EnterpriseView> {
    const claims = await em.find(TierClaim, {
      where: { enterpriseId: enterprise.id },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    const tier = validTier(claims, shanghaiDate(this.clock.now()));
    return enterpriseView(enterprise, claims, tier);
  }

  /** The enterprise's profile, made from its organisation the first time it is needed. */
  async ensureProfile(orgId: string): Promise<Enterprise> {
    const existing = await this.dataSource.manager.findOneBy(Enterprise, { id: orgId });
    if (existing) return existing;
    const org = await this.identity.organisation(orgId);
    if (org.type !== 'enterprise' || !org.uscc) throw new ForbiddenError('Only enterprises have an enterprise profile');
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(Enterprise)
      .values({ id: org.id, name: org.name, uscc: org.uscc, regionCode: org.regionCode })
      .orIgnore()
      .execute();
    return this.dataSource.manager.findOneByOrFail(Enterprise, { id: orgId });
  }
}
