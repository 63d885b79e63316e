import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { isUniqueViolation } from '@app/database';
import { type NewNotification, NotificationsService } from '@app/notifications';
import { ProvidersService } from '@app/providers';
import {
  type Actor,
  type AuditActor,
  Clock,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ReasonRequiredError,
} from '@app/shared';
import {
  answerRefusal,
  answerTransition,
  AWARD_NOTICE_RULES,
  type AwardNoticeAction,
  type NoticeRefusal,
  noticeEndsAt,
  noticeLastDay,
  noticeRefusal,
  type ObjectionOutcome,
  objectionRefusal,
} from './award-notice.rules.js';
import { type AwardObjectionView, objectionView, type PublicAwardsView } from './award-notice.views.js';
import type { AwardRound } from './award-round.entity.js';
import {
  AwardComputePendingError,
  AwardNoticeClosedError,
  AwardNoticeNotEndedError,
  AwardObjectionAnsweredError,
  AwardObjectionExistsError,
  AwardObjectionsOpenError,
  AwardsNotPublishedError,
} from './awards.errors.js';
import { AwardsRepository } from './awards.repository.js';
import { formatFigure, formatYuan } from './awards.rules.js';
import { type AwardRoundView, roundView } from './awards.views.js';

/**
 * The public notice of a round (公示), DOMAIN.md §7: publish, objections and their answers, finalise,
 * and the public list. Every step locks the round row, checks its rule (award-notice.rules.ts) and
 * applies the rule's effects here, with the audit record and the providers' notifications in the
 * same transaction.
 */
@Injectable()
export class AwardNoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly providers: ProvidersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** computed -> published: the notice opens for `noticeDays`; every provider of the round is told its result. */
  publish(actor: AuditActor, roundId: string): Promise<AwardRoundView> {
    return this.step(actor, roundId, 'publish');
  }

  /** published -> final, once the notice has ended and every objection is answered. A final round never changes. */
  finalize(actor: AuditActor, roundId: string): Promise<AwardRoundView> {
    return this.step(actor, roundId, 'finalize');
  }

  /** A provider objects to the published results during the notice (one unanswered objection at a time). */
  async lodgeObjection(actor: Actor, roundId: string, reason: string | undefined): Promise<AwardObjectionView> {
    if (actor.orgType !== 'provider') throw new ForbiddenError('Only a provider lodges an objection');
    if (!reason) throw new ReasonRequiredError('award round', 'object to');
    try {
      return await this.dataSource.transaction(async (em) => {
        // A shared lock: objections of many providers go on together, but not across a status change.
        const round = await this.lockedRound(em, roundId, 'share');
        refuse(objectionRefusal(this.state(round), this.clock.now()), 'object to');
        const objection = await this.repository.insertObjection(em, {
          roundId,
          providerId: actor.orgId,
          lodgedBy: actor.userId,
          reason,
        });
        await this.audit.record(em, actor, {
          entityType: 'award_round',
          entityId: roundId,
          action: 'object',
          after: { objectionId: objection.id, providerId: actor.orgId, reason },
          reason,
        });
        return objectionView(objection);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_award_objection_open')) {
        const open = (await this.repository.listObjections(this.dataSource.manager, roundId, actor.orgId)).find(
          (o) => o.status === 'open',
        );
        throw new AwardObjectionExistsError(open?.id ?? '');
      }
      throw error;
    }
  }

  /** The bureau sees every objection of the round; a provider its own. */
  async objections(actor: Actor, roundId: string): Promise<AwardObjectionView[]> {
    const em = this.dataSource.manager;
    if (!(await this.repository.findRound(em, roundId))) throw new NotFoundError('Award round');
    const rows = await this.repository.listObjections(em, roundId, actor.isBureau ? undefined : actor.orgId);
    return rows.map(objectionView);
  }

  /**
   * An admin answers an objection with a reason. Upheld: the published round returns to `computed`
   * (the notice closes; correct the data, compute again and publish again). Dismissed: the round stays.
   * The objecting provider is told the outcome and the reason.
   */
  answerObjection(
    actor: AuditActor,
    roundId: string,
    objectionId: string,
    answer: { outcome: ObjectionOutcome; reason?: string },
  ): Promise<AwardObjectionView> {
    const { outcome, reason } = answer;
    if (!reason) throw new ReasonRequiredError('objection', outcome === 'upheld' ? 'uphold' : 'dismiss');
    return this.dataSource.transaction(async (em) => {
      const round = await this.lockedRound(em, roundId, 'update');
      const objection = await this.repository.findObjection(em, roundId, objectionId, { lock: true });
      if (!objection) throw new NotFoundError('Objection');
      const refusal = answerRefusal(objection, round);
      if (refusal?.code === 'OBJECTION_ANSWERED') throw new AwardObjectionAnsweredError(refusal.status);
      if (refusal) throw new InvalidStateError('award round', round.status, 'answer an objection to');
      const now = this.clock.now();
      await this.repository.answerObjection(em, objectionId, {
        status: outcome,
        answer: reason,
        answeredBy: actor.userId,
        answeredAt: now,
      });
      const transition = answerTransition(outcome, round);
      if (transition) await this.apply(em, round, transition, now);
      await this.audit.record(em, actor, {
        entityType: 'award_round',
        entityId: roundId,
        action: outcome === 'upheld' ? 'uphold_objection' : 'dismiss_objection',
        before: { status: round.status, objectionStatus: 'open' },
        after: {
          status: transition ? AWARD_NOTICE_RULES[transition].to : round.status,
          objectionId,
          objectionStatus: outcome,
        },
        reason,
      });
      await this.notifications.notify(em, {
        orgId: objection.providerId,
        kind: 'award_objection_answered',
        title: `您对 ${round.year} 年度评选结果的异议${outcome === 'upheld' ? '已被采纳' : '未被采纳'}`,
        body: `答复：${reason}${transition ? '。评选结果将重新核算并重新公示。' : ''}`,
        link: `/award-rounds/${roundId}/objections`,
        subjectId: objectionId,
      });
      return objectionView({
        ...objection,
        status: outcome,
        answer: reason,
        answeredBy: actor.userId,
        answeredAt: now,
      });
    });
  }

  /** The published or final list of `year`, for anyone: eligible providers by rank, with name, score and award. */
  async publicList(year: number): Promise<PublicAwardsView> {
    const em = this.dataSource.manager;
    const round = Number.isInteger(year) ? await this.repository.findRoundByYear(em, year) : null;
    if (!round?.result || (round.status !== 'published' && round.status !== 'final')) {
      throw new AwardsNotPublishedError(year);
    }
    const { ranked, ineligible, eligibleCount } = round.result;
    const contacts = await this.providers.contacts(
      em,
      ranked.map((r) => r.providerId),
    );
    return {
      roundId: round.id,
      year: round.year,
      status: round.status,
      publishedAt: round.publishedAt,
      noticeEndsAt: round.noticeEndsAt,
      finalizedAt: round.finalizedAt,
      budgetFen: round.budgetFen,
      awardedFen: ranked.reduce((sum, r) => sum + r.awardFen, 0),
      eligibleCount,
      ineligibleCount: ineligible.length,
      ranked: ranked.map((r) => ({
        rank: r.rank,
        providerId: r.providerId,
        providerName: contacts.get(r.providerId)?.name ?? null,
        score: r.score,
        awardFen: r.awardFen,
        facts: r.facts,
      })),
    };
  }

  private step(actor: AuditActor, roundId: string, action: 'publish' | 'finalize'): Promise<AwardRoundView> {
    return this.dataSource.transaction(async (em) => {
      const round = await this.lockedRound(em, roundId, 'update');
      const now = this.clock.now();
      const open = action === 'finalize' ? await this.repository.countOpenObjections(em, roundId) : 0;
      refuse(noticeRefusal(action, this.state(round), now, open), action);
      const after = await this.apply(em, round, action, now);
      await this.audit.record(em, actor, {
        entityType: 'award_round',
        entityId: roundId,
        action,
        before: { status: round.status },
        after: {
          status: after.status,
          publishedAt: after.publishedAt,
          noticeEndsAt: after.noticeEndsAt,
          finalizedAt: after.finalizedAt,
        },
      });
      return roundView(after);
    });
  }

  /** Applies a notice rule to the locked round: its status, then each of its effects. */
  private async apply(em: EntityManager, round: AwardRound, action: AwardNoticeAction, now: Date): Promise<AwardRound> {
    const rule = AWARD_NOTICE_RULES[action];
    const change: Partial<AwardRound> = { status: rule.to };
    for (const effect of rule.effects) {
      switch (effect) {
        case 'open_notice':
          change.publishedAt = now;
          change.noticeEndsAt = noticeEndsAt(now, round.config.noticeDays);
          break;
        case 'close_notice':
          change.publishedAt = null;
          change.noticeEndsAt = null;
          break;
        case 'stamp_final':
          change.finalizedAt = now;
          break;
        case 'notify_published':
        case 'notify_final':
          break; // below, once the round carries its new instants
      }
    }
    await this.repository.setNotice(em, round.id, change);
    const after = { ...round, ...change } as AwardRound;
    if (rule.effects.includes('notify_published'))
      await this.notifications.notifyMany(em, resultNotices(after, 'published'));
    if (rule.effects.includes('notify_final')) await this.notifications.notifyMany(em, resultNotices(after, 'final'));
    return after;
  }

  private async lockedRound(em: EntityManager, id: string, lock: 'update' | 'share'): Promise<AwardRound> {
    const round = await this.repository.findRound(em, id, { lock });
    if (!round) throw new NotFoundError('Award round');
    return round;
  }

  private state(round: AwardRound) {
    return {
      status: round.status,
      noticeEndsAt: round.noticeEndsAt,
      computePending: round.jobStatus === 'queued' || round.jobStatus === 'running',
    };
  }
}

function refuse(refusal: NoticeRefusal | null, action: string): void {
  if (!refusal) return;
  switch (refusal.code) {
    case 'INVALID_STATE':
      throw new InvalidStateError('award round', refusal.status, action);
    case 'AWARD_COMPUTE_PENDING':
      throw new AwardComputePendingError();
    case 'AWARD_NOTICE_NOT_ENDED':
      throw new AwardNoticeNotEndedError(refusal.endsAt);
    case 'AWARD_OBJECTIONS_OPEN':
      throw new AwardObjectionsOpenError(refusal.open);
    case 'AWARD_NOTICE_CLOSED':
      throw new AwardNoticeClosedError(refusal.endsAt);
  }
}

/** One notification per provider of the round (ranked or ineligible), telling it its own result. */
function resultNotices(round: AwardRound, stage: 'published' | 'final'): NewNotification[] {
  const result = round.result;
  if (!result) return [];
  const { year } = round;
  const field = result.ranked.length;
  const until = round.noticeEndsAt ? noticeLastDay(round.noticeEndsAt) : null;
  const tail =
    stage === 'published' ? `公示期至 ${until}，如对结果有异议，请在公示期内提出。` : `评选结果已确定，不再变更。`;
  const title =
    stage === 'published' ? `${year} 年度优质服务机构评选结果公示` : `${year} 年度优质服务机构评选结果已确定`;
  const link = (providerId: string) => `/award-rounds/${round.id}/results/${providerId}`;
  const notice = (providerId: string, body: string): NewNotification => ({
    orgId: providerId,
    kind: stage === 'published' ? 'award_published' : 'award_final',
    title,
    body: `${body}${tail}`,
    link: link(providerId),
    subjectId: round.id,
    dedupeKey: `award_${stage}:${round.id}:${providerId}:${(round.publishedAt ?? round.finalizedAt)?.toISOString()}`,
  });
  return [
    ...result.ranked.map((r) =>
      notice(
        r.providerId,
        `贵机构在 ${field} 家符合条件的机构中排第 ${r.rank} 名，得分 ${formatFigure(r.score)} 分` +
          (r.awardFen > 0 ? `，${stage === 'published' ? '拟' : ''}奖励 ${formatYuan(r.awardFen)}。` : '。'),
      ),
    ),
    ...result.ineligible.map((r) =>
      notice(r.providerId, `贵机构未符合本年度评选条件：${r.reasons.map((x) => x.message).join('；')}。`),
    ),
  ];
}
