import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { ProvidersService } from '@app/providers';
import {
  type Actor,
  Clock,
  InvalidStateError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  XLSX_CONTENT_TYPE,
} from '@app/shared';
import type { SettlementBatchesQuery } from './dto/redemption.dto.js';
import type { RedemptionClaim, SettlementBatch } from './redemption.entity.js';
import { RedemptionRepository } from './redemption.repository.js';
import { batchView, claimView, type SettlementBatchView } from './redemption.views.js';
import { settlementFileName, settlementWorkbook } from './settlement-export.js';
import { VoucherMoney } from './voucher-money.js';
import { ClaimsNotBatchableError } from './vouchers.errors.js';
import { nextClaimStatus } from './vouchers.rules.js';

export interface SettlementFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * 结算 Settlement (rule 7): finance groups approved claims into a batch, exports it for the
 * treasury, then marks it paid with the bank reference. A claim is in at most one batch; paid is final.
 */
@Injectable()
export class SettlementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RedemptionRepository,
    private readonly money: VoucherMoney,
    private readonly providers: ProvidersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A batch of approved claims. The claims are locked (in id order) first: of two batches naming
   * the same claim, the second waits, then finds it batched and is refused with nothing written.
   */
  async create(actor: Actor, claimIds: string[]): Promise<SettlementBatchView> {
    return this.dataSource.transaction(async (em) => {
      const claims = await this.repository.lockClaims(em, claimIds);
      const found = new Map(claims.map((c) => [c.id, c]));
      const refused = [
        ...claimIds.filter((id) => !found.has(id)).map((id) => ({ id, status: 'not_found' })),
        ...claims.filter((c) => !nextClaimStatus(c.status, 'batch')).map((c) => ({ id: c.id, status: c.status })),
      ];
      if (refused.length) throw new ClaimsNotBatchableError(refused);
      const batch = await this.repository.insertBatch(em, {
        status: 'created',
        totalFen: claims.reduce((sum, c) => sum + c.amountFen, 0),
        claimCount: claims.length,
        createdBy: actor.userId,
      });
      await this.repository.setClaimsStatus(em, claimIds, 'batched', { batchId: batch.id });
      await this.audit.record(em, actor, {
        entityType: 'settlement_batch',
        entityId: batch.id,
        action: 'create',
        after: { status: 'created', totalFen: batch.totalFen, claimIds },
      });
      for (const claim of claims) {
        await this.audit.record(em, actor, {
          entityType: 'redemption_claim',
          entityId: claim.id,
          action: 'batch',
          before: { status: claim.status },
          after: { status: 'batched', batchId: batch.id },
        });
      }
      return this.view(em, actor, batch);
    });
  }

  async list(query: SettlementBatchesQuery): Promise<Page<SettlementBatchView>> {
    const where = query.status ? { status: query.status } : {};
    const [rows, total] = await this.repository.pageBatches(this.dataSource.manager, where, pageWindow(query));
    return pageOf(
      rows.map((b) => batchView(b)),
      total,
      query,
    );
  }

  async get(actor: Actor, id: string): Promise<SettlementBatchView> {
    const em = this.dataSource.manager;
    return this.view(em, actor, await this.found(em, id));
  }

  /**
   * The treasury paid the batch: every claim in it is paid (a 'pay' ledger row each) and the bank
   * reference kept. Final: a paid batch is never paid again or changed.
   */
  async markPaid(actor: Actor, id: string, bankReference: string): Promise<SettlementBatchView> {
    return this.dataSource.transaction(async (em) => {
      const batch = await this.found(em, id, true);
      if (batch.status !== 'created') throw new InvalidStateError('settlement batch', batch.status, 'mark paid');
      const claims = await this.repository.claimsOfBatch(em, id, true);
      for (const claim of claims) {
        if (nextClaimStatus(claim.status, 'pay') !== 'paid')
          throw new InvalidStateError('redemption claim', claim.status, 'pay');
        const refs = { claimId: claim.id, orderId: claim.orderId, actorId: actor.userId };
        await this.money.move(em, { id: claim.voucherId, programId: claim.programId }, 'pay', claim.amountFen, refs);
        await this.audit.record(em, actor, {
          entityType: 'redemption_claim',
          entityId: claim.id,
          action: 'pay',
          before: { status: claim.status },
          after: { status: 'paid', batchId: id, bankReference },
        });
      }
      await this.repository.setClaimsStatus(
        em,
        claims.map((c) => c.id),
        'paid',
      );
      Object.assign(batch, { status: 'paid', bankReference, paidBy: actor.userId, paidAt: this.clock.now() });
      await this.repository.saveBatch(em, batch);
      await this.audit.record(em, actor, {
        entityType: 'settlement_batch',
        entityId: id,
        action: 'mark_paid',
        before: { status: 'created' },
        after: { status: 'paid', bankReference, totalFen: batch.totalFen },
      });
      return this.view(em, actor, batch);
    });
  }

  /** The batch as an .xlsx for the treasury (see settlement-export.ts). */
  async export(id: string): Promise<SettlementFile> {
    const em = this.dataSource.manager;
    const batch = await this.found(em, id);
    const claims = await this.repository.claimsOfBatch(em, id);
    const providers = await this.providers.contacts(em, [...new Set(claims.map((c) => c.providerId))]);
    const lines = claims.map((c) => ({
      claimId: c.id,
      providerName: providers.get(c.providerId)?.name ?? '',
      uscc: providers.get(c.providerId)?.uscc ?? '',
      bankAccount: null,
      orderId: c.orderId,
      invoiceNo: c.invoiceNo,
      amountFen: c.amountFen,
    }));
    return {
      fileName: settlementFileName(batch),
      contentType: XLSX_CONTENT_TYPE,
      content: await settlementWorkbook(batch, lines),
    };
  }

  private async view(em: EntityManager, actor: Actor, batch: SettlementBatch): Promise<SettlementBatchView> {
    const claims: RedemptionClaim[] = await this.repository.claimsOfBatch(em, batch.id);
    const names = await this.providers.contacts(em, [...new Set(claims.map((c) => c.providerId))]);
    const views = claims.map((c) =>
      claimView(c, { bureau: actor.isBureau, providerName: names.get(c.providerId)?.name ?? null, batch }),
    );
    return batchView(batch, views);
  }

  private async found(em: EntityManager, id: string, lock = false): Promise<SettlementBatch> {
    const batch = await this.repository.batch(em, id, lock);
    if (!batch) throw new NotFoundError('Settlement batch');
    return batch;
  }
}
