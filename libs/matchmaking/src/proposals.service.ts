import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { ListingsService } from '@app/listings';
import { NotificationsService } from '@app/notifications';
import { ProposalOrdersService } from '@app/orders';
import { ProvidersService } from '@app/providers';
import { type Actor, Clock, ForbiddenError, NotFoundError, ValidationFailedError } from '@app/shared';
import { DemandReads } from './demand-reads.service.js';
import { DemandTransitions, enterpriseDemandLink } from './demand-transitions.js';
import { type Demand, Proposal } from './demand.entity.js';
import { type AcceptedProposalView, type ProposalListView, type ProposalView, proposalView } from './demand.views.js';
import type { AcceptProposalDto, ProposalDto, UpdateProposalDto } from './dto/demand.dto.js';
import { DemandsRepository } from './demands.repository.js';
import {
  CategoryNotServedError,
  DeadlinePassedError,
  DemandNotOpenError,
  ProposalExistsError,
  ProposalNotOpenError,
  ProviderNotApprovedError,
} from './matchmaking.errors.js';
import { isProposalOpen, proposalRefusal } from './matchmaking.rules.js';

/**
 * Providers' proposals on demands: one per provider and demand, edited or withdrawn while it stands;
 * the enterprise accepts one, which makes the order (through the orders context) and matches the demand.
 * Every decision locks the demand row first, so decisions on one demand run one at a time.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DemandsRepository,
    private readonly reads: DemandReads,
    private readonly transitions: DemandTransitions,
    private readonly providers: ProvidersService,
    private readonly listings: ListingsService,
    private readonly orders: ProposalOrdersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async propose(actor: Actor, demandId: string, dto: ProposalDto): Promise<ProposalView> {
    return this.dataSource.transaction(async (em) => {
      const { demand, viewer } = await this.reads.visible(em, actor, demandId, true);
      const standing = viewer.kind === 'provider' ? viewer : { approved: false, categories: [], status: 'draft' };
      const refusal = proposalRefusal(standing, demand);
      if (refusal === 'PROVIDER_NOT_APPROVED') throw new ProviderNotApprovedError(standing.status ?? 'draft');
      if (refusal === 'CATEGORY_NOT_SERVED') throw new CategoryNotServedError(demand.category);
      if (refusal === 'DEMAND_NOT_OPEN') throw new DemandNotOpenError(demand.status);
      // Its deadline day is over even if the worker has not expired it yet.
      if (demand.expiresAt <= this.clock.now()) throw new DeadlinePassedError(demand.deadline);
      const [existing] = await this.repository.proposalsOf(em, demand.id, actor.orgId);
      // A withdrawn proposal may be submitted again; a standing or decided one is edited, not repeated.
      if (existing && existing.status !== 'withdrawn') throw new ProposalExistsError(existing.id);
      const now = this.clock.now();
      const proposal =
        existing ?? em.create(Proposal, { demandId: demand.id, providerId: actor.orgId, createdAt: now });
      Object.assign(proposal, {
        priceFen: dto.priceFen,
        deliveryDays: dto.deliveryDays,
        note: dto.note,
        status: 'submitted',
        decidedAt: null,
        ...(await this.listing(em, actor, dto.listingId ?? null)),
      });
      await this.repository.saveProposal(em, proposal);
      if (!demand.firstProposalAt) {
        demand.firstProposalAt = now;
        await this.repository.saveDemand(em, demand);
      }
      await this.audit.record(em, actor, {
        entityType: 'proposal',
        entityId: proposal.id,
        action: existing ? 'resubmitted' : 'submitted',
        after: { demandId: demand.id, priceFen: proposal.priceFen, deliveryDays: proposal.deliveryDays },
      });
      const [provider] = await this.providers.facts(em, [actor.orgId]);
      await this.notifications.notify(em, {
        orgId: demand.enterpriseId,
        kind: 'proposal_received',
        title: `收到新的服务方案：${demand.title}`,
        body: `${provider?.name ?? '服务机构'}提交了方案：报价 ¥${(proposal.priceFen / 100).toFixed(2)}，${proposal.deliveryDays} 天交付。`,
        link: enterpriseDemandLink(demand.id),
        subjectId: proposal.id,
      });
      return proposalView(proposal, provider);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateProposalDto): Promise<ProposalView> {
    return this.dataSource.transaction(async (em) => {
      const { proposal } = await this.ownOpen(em, actor, id);
      const before = { priceFen: proposal.priceFen, deliveryDays: proposal.deliveryDays, note: proposal.note };
      if (dto.priceFen !== undefined) proposal.priceFen = dto.priceFen;
      if (dto.deliveryDays !== undefined) proposal.deliveryDays = dto.deliveryDays;
      if (dto.note !== undefined) proposal.note = dto.note;
      if (dto.listingId !== undefined) Object.assign(proposal, await this.listing(em, actor, dto.listingId));
      await this.repository.saveProposal(em, proposal);
      await this.audit.record(em, actor, {
        entityType: 'proposal',
        entityId: id,
        action: 'updated',
        before,
        after: { priceFen: proposal.priceFen, deliveryDays: proposal.deliveryDays, note: proposal.note },
      });
      const [provider] = await this.providers.facts(em, [actor.orgId]);
      return proposalView(proposal, provider);
    });
  }

  async withdraw(actor: Actor, id: string): Promise<ProposalView> {
    return this.dataSource.transaction(async (em) => {
      const { proposal, demand } = await this.ownOpen(em, actor, id);
      proposal.status = 'withdrawn';
      proposal.decidedAt = this.clock.now();
      await this.repository.saveProposal(em, proposal);
      await this.audit.record(em, actor, {
        entityType: 'proposal',
        entityId: id,
        action: 'withdrawn',
        before: { status: 'submitted' },
        after: { status: 'withdrawn' },
      });
      const [provider] = await this.providers.facts(em, [actor.orgId]);
      await this.notifications.notify(em, {
        orgId: demand.enterpriseId,
        kind: 'proposal_withdrawn',
        title: `服务方案已撤回：${demand.title}`,
        body: `${provider?.name ?? '服务机构'}撤回了其方案。`,
        link: enterpriseDemandLink(demand.id),
        subjectId: id,
      });
      return proposalView(proposal, provider);
    });
  }

  /**
   * The demand's owner accepts one standing proposal: the order (quoted at the proposal's price), the
   * demand matched, the other proposals declined, everyone told; all or nothing. Parallel accepts on
   * one demand queue on its row lock, so exactly one makes an order.
   */
  async accept(actor: Actor, id: string, dto: AcceptProposalDto): Promise<AcceptedProposalView> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.repository.findProposal(em, id);
      const demand = found ? await this.repository.lockDemand(em, found.demandId) : null;
      if (!found || !demand || demand.enterpriseId !== actor.orgId) throw new NotFoundError('Proposal');
      const proposal = (await this.repository.lockProposal(em, id))!;
      if (demand.status !== 'open') throw new DemandNotOpenError(demand.status);
      if (demand.expiresAt <= this.clock.now()) throw new DeadlinePassedError(demand.deadline);
      if (!isProposalOpen(proposal.status, demand.status))
        throw new ProposalNotOpenError(proposal.status, demand.status);
      const orderId = await this.orders.create(em, actor, {
        demandId: demand.id,
        proposalId: proposal.id,
        providerId: proposal.providerId,
        listingId: proposal.listingId,
        title: demand.title,
        category: demand.category,
        requirement: `${demand.title}\n${demand.description}\n\n【方案】${proposal.note}`,
        priceFen: proposal.priceFen,
        voucherId: dto.voucherId ?? null,
      });
      proposal.status = 'accepted';
      proposal.decidedAt = this.clock.now();
      await this.repository.saveProposal(em, proposal);
      await this.audit.record(em, actor, {
        entityType: 'proposal',
        entityId: id,
        action: 'accepted',
        before: { status: 'submitted' },
        after: { status: 'accepted', orderId },
      });
      await this.transitions.apply(em, actor, 'owner', demand, 'match', { acceptedProposalId: id, orderId });
      await this.notifications.notify(em, {
        orgId: proposal.providerId,
        kind: 'proposal_accepted',
        title: `您的方案已被采纳：${demand.title}`,
        body: `需求方接受了您 ¥${(proposal.priceFen / 100).toFixed(2)} 的方案，订单已生成，等待需求方确认报价。`,
        link: `/provider/orders/${orderId}`,
        subjectId: id,
        dedupeKey: `proposal_accepted:${id}`,
      });
      const [provider] = await this.providers.facts(em, [proposal.providerId]);
      return { orderId, proposal: proposalView(proposal, provider) };
    });
  }

  /** A demand's proposals: all to its owner and the bureau, its own to a provider. */
  async list(actor: Actor, demandId: string): Promise<ProposalListView> {
    const em = this.dataSource.manager;
    const { demand, viewer } = await this.reads.visible(em, actor, demandId);
    const owner = viewer.kind === 'enterprise' && viewer.orgId === demand.enterpriseId;
    if (viewer.kind === 'enterprise' && !owner) throw new ForbiddenError('Only the demand owner sees its proposals');
    const proposals = await this.repository.proposalsOf(
      em,
      demand.id,
      viewer.kind === 'provider' ? actor.orgId : undefined,
    );
    const facts = await this.providers.facts(em, [...new Set(proposals.map((p) => p.providerId))]);
    const byId = new Map(facts.map((f) => [f.id, f]));
    return { items: proposals.map((p) => proposalView(p, byId.get(p.providerId))) };
  }

  /** The caller's own proposal and its demand, both locked, while the proposal stands and the demand is open. */
  private async ownOpen(em: EntityManager, actor: Actor, id: string): Promise<{ proposal: Proposal; demand: Demand }> {
    const found = await this.repository.findProposal(em, id);
    if (!found || found.providerId !== actor.orgId) throw new NotFoundError('Proposal');
    const demand = (await this.repository.lockDemand(em, found.demandId))!;
    const proposal = (await this.repository.lockProposal(em, id))!;
    if (!isProposalOpen(proposal.status, demand.status)) throw new ProposalNotOpenError(proposal.status, demand.status);
    return { proposal, demand };
  }

  /** The listing a proposal names: one of the provider's own published listings. */
  private async listing(
    em: EntityManager,
    actor: Actor,
    listingId: string | null,
  ): Promise<{ listingId: string | null; listingTitle: string | null }> {
    if (!listingId) return { listingId: null, listingTitle: null };
    const listing = await this.listings.orderable(em, listingId);
    if (!listing || listing.providerId !== actor.orgId) {
      throw new ValidationFailedError([
        { field: 'listingId', messages: ['listingId must be one of your published listings'] },
      ]);
    }
    return { listingId: listing.id, listingTitle: listing.title };
  }
}
