import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { isUniqueViolation } from '@app/database';
import { ProvidersService, shanghaiYear } from '@app/providers';
import {
  type Actor,
  Clock,
  InvalidStateError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ReasonRequiredError,
} from '@app/shared';
import type { RedemptionClaimsQuery, SubmitClaimDto } from './dto/redemption.dto.js';
import type { RedemptionClaim } from './redemption.entity.js';
import type { RedemptionOrderFacts, RedemptionOrders } from './redemption-orders.js';
import { RedemptionRepository } from './redemption.repository.js';
import { claimView, type RedemptionClaimView } from './redemption.views.js';
import { VoucherMoney } from './voucher-money.js';
import { ClaimRefusedError, DuplicateInvoiceError } from './vouchers.errors.js';
import { VouchersRepository } from './vouchers.repository.js';
import { checkClaim, type ClaimAction, nextClaimStatus, riskFlags } from './vouchers.rules.js';

/**
 * 兑付 Redemption claims (rule 6): a provider claims the consumed voucher part of a completed order
 * with its invoice; a reviewer approves it (the amount counts as redeemed) or rejects it, correctably
 * or finally (the amount is forfeited). Settlement of approved claims is SettlementService's.
 */
@Injectable()
export class RedemptionService {
  private port?: RedemptionOrders;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RedemptionRepository,
    private readonly vouchers: VouchersRepository,
    private readonly money: VoucherMoney,
    private readonly providers: ProvidersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The orders context registers here on start (it imports vouchers; vouchers never imports it). */
  setOrders(port: RedemptionOrders): void {
    this.port = port;
  }

  private get orders(): RedemptionOrders {
    if (!this.port) throw new Error('The orders context has not registered with redemption');
    return this.port;
  }

  /**
   * The provider claims one completed order of its own with a consumed voucher part; the amount
   * is that part. A provider suspended or removed since still claims: work done is paid. The risk
   * flags are computed now, from the facts as they are at submission, and kept with the claim.
   */
  async submit(actor: Actor, dto: SubmitClaimDto): Promise<RedemptionClaimView> {
    try {
      return await this.dataSource.transaction(async (em) => {
        await this.repository.lockOrderClaims(em, dto.orderId);
        const order = await this.orders.factsForClaim(em, dto.orderId);
        if (!order || order.providerId !== actor.orgId) throw new NotFoundError('Order');
        const hold = await this.vouchers.holdOf(em, order.orderId);
        const consumedFen = hold?.status === 'consumed' ? hold.amountFen : 0;
        const refusal = checkClaim({
          orderStatus: order.status,
          consumedFen,
          earlierClaims: await this.repository.claimsOfOrder(em, order.orderId),
          invoiceAmountFen: dto.invoiceAmountFen,
          agreedPriceFen: order.agreedPriceFen ?? 0,
        });
        if (refusal) throw new ClaimRefusedError(refusal, order.agreedPriceFen ?? 0);
        if (await this.repository.invoiceUsed(em, dto.invoiceNo)) throw new DuplicateInvoiceError(dto.invoiceNo);
        const voucher = (await this.vouchers.voucher(em, hold!.voucherId))!;
        const flags = riskFlags({
          ...riskFactsOf(order),
          voucherIssuedAt: voucher.issuedAt,
          voucherFaceValueFen: voucher.faceValueFen,
          voucherFen: consumedFen,
        });
        const claim = await this.repository.insertClaim(em, {
          orderId: order.orderId,
          providerId: order.providerId,
          enterpriseId: order.enterpriseId,
          voucherId: voucher.id,
          programId: voucher.programId,
          amountFen: consumedFen,
          invoiceNo: dto.invoiceNo,
          invoiceAmountFen: dto.invoiceAmountFen,
          contractNo: dto.contractNo,
          reportSummary: dto.reportSummary,
          status: 'submitted',
          riskFlags: flags,
        });
        await this.audit.record(em, actor, {
          entityType: 'redemption_claim',
          entityId: claim.id,
          action: 'submit',
          after: {
            status: 'submitted',
            orderId: order.orderId,
            amountFen: consumedFen,
            invoiceNo: dto.invoiceNo,
            invoiceAmountFen: dto.invoiceAmountFen,
            riskFlags: flags.map((f) => f.code),
          },
        });
        return this.view(em, actor, claim);
      });
    } catch (error) {
      // Two claims racing past the checks: the unique indexes decide, and the loser is told why.
      if (isUniqueViolation(error, 'ux_redemption_claim_invoice')) throw new DuplicateInvoiceError(dto.invoiceNo);
      if (isUniqueViolation(error, 'ux_redemption_claim_live_order')) throw new ClaimRefusedError('CLAIM_EXISTS');
      throw error;
    }
  }

  /** A provider sees its own claims (without the risk flags); the bureau sees all, with them. */
  async list(actor: Actor, query: RedemptionClaimsQuery): Promise<Page<RedemptionClaimView>> {
    const em = this.dataSource.manager;
    const where = {
      ...(actor.isBureau ? {} : { providerId: actor.orgId }),
      ...(query.status ? { status: query.status } : {}),
      ...(query.programId ? { programId: query.programId } : {}),
      ...(query.orderId ? { orderId: query.orderId } : {}),
    };
    const [rows, total] = await this.repository.pageClaims(em, where, pageWindow(query));
    return pageOf(await this.views(em, actor, rows), total, query);
  }

  /** One claim: its provider and the bureau; anyone else gets 404. */
  async get(actor: Actor, id: string): Promise<RedemptionClaimView> {
    const em = this.dataSource.manager;
    return this.view(em, actor, await this.visible(em, actor, id));
  }

  /** The reviewer approves: the claimed amount is redeemed (a 'redeem' ledger row) and waits for settlement. */
  approve(actor: Actor, id: string): Promise<RedemptionClaimView> {
    return this.decide(actor, id, 'approve', async (em, claim) => {
      const refs = { claimId: claim.id, orderId: claim.orderId, actorId: actor.userId };
      await this.money.move(em, { id: claim.voucherId, programId: claim.programId }, 'redeem', claim.amountFen, refs);
    });
  }

  /**
   * The reviewer rejects with a reason: correctable (the provider may submit one new claim for the
   * order) or final (fraud: the consumed amount is forfeited, never paid, and no new claim).
   */
  reject(actor: Actor, id: string, reason: string | null, final: boolean): Promise<RedemptionClaimView> {
    if (!reason?.trim()) throw new ReasonRequiredError('redemption claim', 'reject');
    return this.decide(actor, id, 'reject', async (_em, claim) => {
      claim.reason = reason;
      claim.final = final;
    });
  }

  /**
   * Awards (DOMAIN.md §7): the providers with a claim rejected as fraud (final) in calendar year
   * `year` (Asia/Shanghai), by the time of the decision; a correctable rejection does not count.
   */
  async fraudRejectedProviders(em: EntityManager, year: number): Promise<Set<string>> {
    const { start, end } = shanghaiYear(year);
    return new Set(await this.repository.fraudRejectedProviders(em, { from: start, to: end }));
  }

  private async decide(
    actor: Actor,
    id: string,
    action: Extract<ClaimAction, 'approve' | 'reject'>,
    effect: (em: EntityManager, claim: RedemptionClaim) => Promise<void>,
  ): Promise<RedemptionClaimView> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.repository.claim(em, id);
      if (!found) throw new NotFoundError('Redemption claim');
      await this.repository.lockOrderClaims(em, found.orderId);
      const claim = (await this.repository.claim(em, id, true))!;
      const to = nextClaimStatus(claim.status, action);
      if (!to) throw new InvalidStateError('redemption claim', claim.status, action);
      const from = claim.status;
      await effect(em, claim);
      Object.assign(claim, { status: to, decidedBy: actor.userId, decidedAt: this.clock.now() });
      await this.repository.saveClaim(em, claim);
      await this.audit.record(em, actor, {
        entityType: 'redemption_claim',
        entityId: id,
        action,
        reason: claim.reason,
        before: { status: from },
        after: {
          status: to,
          amountFen: claim.amountFen,
          ...(action === 'reject' ? { final: claim.final, forfeitedFen: claim.final ? claim.amountFen : 0 } : {}),
        },
      });
      return this.view(em, actor, claim);
    });
  }

  private async visible(em: EntityManager, actor: Actor, id: string): Promise<RedemptionClaim> {
    const claim = await this.repository.claim(em, id);
    if (!claim || (!actor.isBureau && claim.providerId !== actor.orgId)) throw new NotFoundError('Redemption claim');
    return claim;
  }

  private async view(em: EntityManager, actor: Actor, claim: RedemptionClaim): Promise<RedemptionClaimView> {
    return (await this.views(em, actor, [claim]))[0];
  }

  private async views(em: EntityManager, actor: Actor, claims: RedemptionClaim[]): Promise<RedemptionClaimView[]> {
    const names = await this.providers.contacts(em, [...new Set(claims.map((c) => c.providerId))]);
    const batches = await this.repository.batchesOf(em, claims);
    return claims.map((c) =>
      claimView(c, {
        bureau: actor.isBureau,
        providerName: names.get(c.providerId)?.name ?? null,
        batch: c.batchId ? batches.get(c.batchId) : null,
      }),
    );
  }
}

function riskFactsOf(order: RedemptionOrderFacts) {
  return {
    enterprise: order.enterprise,
    provider: order.provider,
    priceModel: order.priceModel,
    agreedPriceFen: order.agreedPriceFen ?? 0,
    listedPriceFen: order.listedPriceFen,
    pairVoucherOrdersInYear: order.pairVoucherOrdersInYear,
    year: order.year,
    confirmedAt: order.confirmedAt,
    deliveredAt: order.deliveredAt ?? order.completedAt,
  };
}
