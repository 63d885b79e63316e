import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { type NewNotification, NotificationsService } from '@app/notifications';
import { type AuditActor, Clock, ForbiddenError, InvalidStateError } from '@app/shared';
import { DemandReads } from './demand-reads.service.js';
import type { Demand } from './demand.entity.js';
import { DemandsRepository } from './demands.repository.js';
import { type DemandAction, type DemandEffect, type DemandRole, nextDemandState } from './matchmaking.rules.js';

export const providerDemandLink = (id: string) => `/provider/demands/${id}`;
export const enterpriseDemandLink = (id: string) => `/enterprise/demands/${id}`;

const ENDED: Record<'close' | 'match' | 'expire', string> = {
  close: '需求方已关闭该需求',
  match: '需求方已选定其他服务机构的方案',
  expire: '需求已过截止日期',
};

/**
 * The one place a demand changes state, for its owner and the worker alike: the rule decides, then
 * the status and times, the audit event and the rule's effects, in the caller's transaction.
 */
@Injectable()
export class DemandTransitions {
  constructor(
    private readonly repository: DemandsRepository,
    private readonly reads: DemandReads,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async apply(
    em: EntityManager,
    by: AuditActor,
    role: DemandRole,
    demand: Demand,
    action: DemandAction,
    options: { reason?: string | null; acceptedProposalId?: string; orderId?: string } = {},
  ): Promise<void> {
    const result = nextDemandState(demand.status, action, role);
    if (!result.ok) {
      if (result.error === 'FORBIDDEN_ROLE')
        throw new ForbiddenError(`You may not ${action} this demand`, 'FORBIDDEN_ROLE');
      throw new InvalidStateError('demand', demand.status, action);
    }
    const now = this.clock.now();
    const from = demand.status;
    demand.status = result.to;
    if (action === 'publish') demand.publishedAt = now;
    else demand.decidedAt = now;
    if (action === 'close') demand.closeReason = options.reason || null;
    if (action === 'match') {
      demand.acceptedProposalId = options.acceptedProposalId!;
      demand.orderId = options.orderId!;
    }
    // The effects may set more of the demand (when its suggestions were told): one save after them.
    for (const effect of result.effects) await this.effect(em, by, demand, action, effect);
    await this.repository.saveDemand(em, demand);
    await this.audit.record(em, by, {
      entityType: 'demand',
      entityId: demand.id,
      action: { publish: 'published', close: 'closed', match: 'matched', expire: 'expired' }[action],
      reason: options.reason || null,
      before: { status: from },
      after: {
        status: demand.status,
        ...(options.orderId ? { orderId: options.orderId, acceptedProposalId: options.acceptedProposalId } : {}),
      },
    });
  }

  private async effect(em: EntityManager, by: AuditActor, demand: Demand, action: DemandAction, effect: DemandEffect) {
    if (effect === 'notify_suggested') {
      const top = await this.reads.suggestions(em, demand);
      await this.notifications.notifyMany(
        em,
        top.map((s) => ({
          orgId: s.providerId,
          kind: 'demand_suggested',
          title: `有一条与您的服务匹配的需求：${demand.title}`,
          body: `${s.reason}。截止日期 ${demand.deadline}，欢迎提交服务方案。`,
          link: providerDemandLink(demand.id),
          subjectId: demand.id,
          dedupeKey: `demand_suggested:${demand.id}:${s.providerId}`,
        })),
      );
      demand.suggestedAt = this.clock.now();
      return;
    }
    const declined = await this.repository.declineStanding(
      em,
      demand.id,
      this.clock.now(),
      demand.acceptedProposalId ?? undefined,
    );
    const why = ENDED[action as keyof typeof ENDED];
    const notices: NewNotification[] = [];
    for (const p of declined) {
      await this.audit.record(em, by, {
        entityType: 'proposal',
        entityId: p.id,
        action: 'declined',
        reason: why,
        before: { status: 'submitted' },
        after: { status: 'declined', demandStatus: demand.status },
      });
      notices.push({
        orgId: p.providerId,
        kind: 'proposal_declined',
        title: `您的方案未被采纳：${demand.title}`,
        body: `${why}${demand.closeReason ? `：${demand.closeReason}` : ''}。感谢您的参与。`,
        link: providerDemandLink(demand.id),
        subjectId: p.id,
        dedupeKey: `proposal_declined:${p.id}`,
      });
    }
    if (action === 'expire') {
      notices.push({
        orgId: demand.enterpriseId,
        kind: 'demand_expired',
        title: `需求已到期：${demand.title}`,
        body: `截止日期 ${demand.deadline} 已过，该需求不再接收方案。您可以发布新的需求。`,
        link: enterpriseDemandLink(demand.id),
        subjectId: demand.id,
        dedupeKey: `demand_expired:${demand.id}`,
      });
    }
    await this.notifications.notifyMany(em, notices);
  }
}
