import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { CatalogService } from '@app/catalog';
import { EnterprisesService } from '@app/enterprises';
import { type Actor, Clock, InvalidStateError, NotFoundError, SYSTEM_ACTOR, ValidationFailedError } from '@app/shared';
import { DemandReads } from './demand-reads.service.js';
import { DemandTransitions } from './demand-transitions.js';
import type { Demand } from './demand.entity.js';
import type { DemandView } from './demand.views.js';
import type { CreateDemandDto, UpdateDemandDto } from './dto/demand.dto.js';
import { DemandsRepository } from './demands.repository.js';
import { budgetRangeInvalid, DeadlinePassedError } from './matchmaking.errors.js';
import { deadlineInstant, isDemandEditable, publishRefusal } from './matchmaking.rules.js';

const EDITABLE = [
  'title',
  'description',
  'category',
  'regionCode',
  'budgetMinFen',
  'budgetMaxFen',
  'deadline',
  'voucherIntended',
  'visibility',
] as const;

/** An enterprise's demands (需求): drafted, edited while draft, published, closed; expired by the worker at the deadline. */
@Injectable()
export class DemandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DemandsRepository,
    private readonly reads: DemandReads,
    private readonly transitions: DemandTransitions,
    private readonly catalog: CatalogService,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateDemandDto): Promise<DemandView> {
    await this.check(dto);
    // Its profile row carries the name providers read on the demand (made on first use, as for orders).
    await this.enterprises.ensureProfile(actor.orgId);
    return this.dataSource.transaction(async (em) => {
      const id = await this.repository.insertDemand(em, {
        enterpriseId: actor.orgId,
        title: dto.title,
        description: dto.description,
        category: dto.category,
        regionCode: dto.regionCode,
        budgetMinFen: dto.budgetMinFen ?? null,
        budgetMaxFen: dto.budgetMaxFen ?? null,
        deadline: dto.deadline,
        expiresAt: deadlineInstant(dto.deadline),
        voucherIntended: dto.voucherIntended ?? false,
        visibility: dto.visibility,
        status: 'draft',
        publishedAt: null,
        firstProposalAt: null,
        decidedAt: null,
        closeReason: null,
        acceptedProposalId: null,
        orderId: null,
        suggestedAt: null,
        createdAt: this.clock.now(),
      });
      const demand = (await this.repository.findDemand(em, id))!;
      await this.audit.record(em, actor, {
        entityType: 'demand',
        entityId: id,
        action: 'created',
        after: {
          title: demand.title,
          category: demand.category,
          visibility: demand.visibility,
          deadline: demand.deadline,
        },
      });
      return this.reads.one(em, actor, demand);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateDemandDto): Promise<DemandView> {
    return this.dataSource.transaction(async (em) => {
      const demand = await this.own(em, actor, id);
      if (!isDemandEditable(demand.status)) throw new InvalidStateError('demand', demand.status, 'edit');
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of EDITABLE) {
        const value = dto[key];
        if (value === undefined || value === demand[key]) continue;
        before[key] = demand[key];
        after[key] = value;
        Object.assign(demand, { [key]: value });
      }
      await this.check(demand);
      if (Object.keys(after).length === 0) return this.reads.one(em, actor, demand);
      demand.expiresAt = deadlineInstant(demand.deadline);
      await this.repository.saveDemand(em, demand);
      if ('title' in after || 'description' in after) await this.repository.updateWords(em, demand);
      await this.audit.record(em, actor, { entityType: 'demand', entityId: id, action: 'updated', before, after });
      return this.reads.one(em, actor, demand);
    });
  }

  /** Opens it to providers; its top suggested providers are told (once). */
  async publish(actor: Actor, id: string): Promise<DemandView> {
    return this.dataSource.transaction(async (em) => {
      const demand = await this.own(em, actor, id);
      if (demand.status === 'draft') {
        const refusal = publishRefusal(demand, this.clock.now());
        if (refusal === 'DEADLINE_PASSED') throw new DeadlinePassedError(demand.deadline);
        if (refusal === 'BUDGET_RANGE_INVALID') throw budgetRangeInvalid();
      }
      await this.transitions.apply(em, actor, 'owner', demand, 'publish');
      return this.reads.one(em, actor, demand);
    });
  }

  /** Withdraws a draft or an open demand; standing proposals are declined with the reason. */
  async close(actor: Actor, id: string, reason: string | null): Promise<DemandView> {
    return this.dataSource.transaction(async (em) => {
      const demand = await this.own(em, actor, id);
      await this.transitions.apply(em, actor, 'owner', demand, 'close', { reason });
      return this.reads.one(em, actor, demand);
    });
  }

  /** The worker: open demands whose deadline day has ended become expired; a batch, returns how many. */
  async expireDue(limit = 100): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const due = await this.repository.dueForExpiry(em, this.clock.now(), limit);
      for (const demand of due) await this.transitions.apply(em, SYSTEM_ACTOR, 'system', demand, 'expire');
      return due.length;
    });
  }

  /** The caller's own demand, locked; anyone else's is not found. */
  private async own(em: EntityManager, actor: Actor, id: string): Promise<Demand> {
    const demand = await this.repository.lockDemand(em, id);
    if (!demand || demand.enterpriseId !== actor.orgId) throw new NotFoundError('Demand');
    return demand;
  }

  private async check(d: {
    category: string;
    regionCode: string;
    budgetMinFen?: number | null;
    budgetMaxFen?: number | null;
  }): Promise<void> {
    const problems: Array<{ field: string; messages: string[] }> = [];
    if ((await this.catalog.unknownCategories([d.category])).length) {
      problems.push({ field: 'category', messages: [`unknown category ${d.category}`] });
    }
    if (!this.catalog.isRegion(d.regionCode)) {
      problems.push({ field: 'regionCode', messages: [`unknown region ${d.regionCode}`] });
    }
    if (problems.length) throw new ValidationFailedError(problems);
    if (d.budgetMinFen != null && d.budgetMaxFen != null && d.budgetMinFen > d.budgetMaxFen) throw budgetRangeInvalid();
  }
}
