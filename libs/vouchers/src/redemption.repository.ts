import { Injectable } from '@nestjs/common';
import { type EntityManager, type FindOptionsWhere, In } from 'typeorm';
import { type ClaimStatus, RedemptionClaim, SettlementBatch } from './redemption.entity.js';

const LOCK = { lock: { mode: 'pessimistic_write' as const } };

/** Named queries of redemption claims and settlement batches (the vouchers context's tables only). */
@Injectable()
export class RedemptionRepository {
  /** Claims of one order queue here (submission and decisions), so "one live claim" is decided on committed rows. */
  async lockOrderClaims(em: EntityManager, orderId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`redemption:${orderId}`]);
  }

  claimsOfOrder(em: EntityManager, orderId: string): Promise<RedemptionClaim[]> {
    return em.find(RedemptionClaim, { where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Whether an invoice number is on any claim already (compared as the unique index does: trimmed, upper case). */
  async invoiceUsed(em: EntityManager, invoiceNo: string): Promise<boolean> {
    const rows = await em.query(
      `SELECT 1 FROM redemption_claim WHERE upper(btrim(invoice_no)) = upper(btrim($1)) LIMIT 1`,
      [invoiceNo],
    );
    return rows.length > 0;
  }

  /**
   * Providers with a claim rejected as final (fraud) decided in [from, to): one pass over the
   * rejected claims (ix_redemption_claim_status leads with status).
   */
  async fraudRejectedProviders(em: EntityManager, range: { from: Date; to: Date }): Promise<string[]> {
    const rows: Array<{ provider_id: string }> = await em.query(
      `SELECT DISTINCT provider_id FROM redemption_claim
       WHERE status = 'rejected' AND final AND decided_at >= $1 AND decided_at < $2`,
      [range.from, range.to],
    );
    return rows.map((r) => r.provider_id);
  }

  insertClaim(em: EntityManager, claim: Partial<RedemptionClaim>): Promise<RedemptionClaim> {
    return em.save(RedemptionClaim, claim);
  }

  claim(em: EntityManager, id: string, lock = false): Promise<RedemptionClaim | null> {
    return em.findOne(RedemptionClaim, { where: { id }, ...(lock ? LOCK : {}) });
  }

  /** Claims by id, locked in id order (two batches naming the same claims queue, never deadlock). */
  lockClaims(em: EntityManager, ids: string[]): Promise<RedemptionClaim[]> {
    return em.find(RedemptionClaim, { where: { id: In(ids) }, order: { id: 'ASC' }, ...LOCK });
  }

  claimsOfBatch(em: EntityManager, batchId: string, lock = false): Promise<RedemptionClaim[]> {
    return em.find(RedemptionClaim, {
      where: { batchId },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...(lock ? LOCK : {}),
    });
  }

  saveClaim(em: EntityManager, claim: RedemptionClaim): Promise<RedemptionClaim> {
    return em.save(claim);
  }

  async setClaimsStatus(
    em: EntityManager,
    ids: string[],
    status: ClaimStatus,
    fields: Partial<Pick<RedemptionClaim, 'batchId'>> = {},
  ): Promise<void> {
    if (ids.length) await em.update(RedemptionClaim, { id: In(ids) }, { status, ...fields });
  }

  pageClaims(em: EntityManager, where: FindOptionsWhere<RedemptionClaim>, window: { skip: number; take: number }) {
    return em.findAndCount(RedemptionClaim, { where, order: { createdAt: 'DESC', id: 'ASC' }, ...window });
  }

  batch(em: EntityManager, id: string, lock = false): Promise<SettlementBatch | null> {
    return em.findOne(SettlementBatch, { where: { id }, ...(lock ? LOCK : {}) });
  }

  /** The batches the given claims are in (a provider's view of what was paid). */
  async batchesOf(em: EntityManager, claims: RedemptionClaim[]): Promise<Map<string, SettlementBatch>> {
    const ids = [...new Set(claims.map((c) => c.batchId).filter((id): id is string => !!id))];
    const rows = ids.length ? await em.findBy(SettlementBatch, { id: In(ids) }) : [];
    return new Map(rows.map((b) => [b.id, b]));
  }

  insertBatch(em: EntityManager, batch: Partial<SettlementBatch>): Promise<SettlementBatch> {
    return em.save(SettlementBatch, batch);
  }

  saveBatch(em: EntityManager, batch: SettlementBatch): Promise<SettlementBatch> {
    return em.save(batch);
  }

  pageBatches(em: EntityManager, where: FindOptionsWhere<SettlementBatch>, window: { skip: number; take: number }) {
    return em.findAndCount(SettlementBatch, { where, order: { createdAt: 'DESC', id: 'ASC' }, ...window });
  }
}
