import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { Voucher, VoucherApplication, VoucherHold, VoucherLedgerEntry, VoucherProgram } from './voucher.entity.js';
import type { ProgramFigures } from './voucher.views.js';
import type { Buckets, LedgerKind } from './vouchers.rules.js';

/** Named queries of the vouchers context (its tables only). */
@Injectable()
export class VouchersRepository {
  program(em: EntityManager, id: string, lock = false): Promise<VoucherProgram | null> {
    return em.findOne(VoucherProgram, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  voucher(em: EntityManager, id: string, lock = false): Promise<Voucher | null> {
    return em.findOne(Voucher, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** Face values issued to an enterprise in a programme (the per-enterprise cap counts them all). */
  async issuedTo(em: EntityManager, programId: string, enterpriseId: string): Promise<number> {
    const [row] = await em.query(
      `SELECT coalesce(sum(face_value_fen), 0)::bigint AS fen FROM voucher WHERE program_id = $1 AND enterprise_id = $2`,
      [programId, enterpriseId],
    );
    return Number(row.fen);
  }

  /**
   * Moves money between a voucher's buckets, guarded: no bucket may go below zero (the CHECKs
   * refuse it too). False when the guard refused (not enough in the bucket moved from).
   */
  async moveBuckets(em: EntityManager, voucherId: string, delta: Partial<Buckets>): Promise<boolean> {
    const d = (k: keyof Buckets) => delta[k] ?? 0;
    const [, count] = await em.query(
      `UPDATE voucher SET available_fen = available_fen + $2, held_fen = held_fen + $3,
              consumed_fen = consumed_fen + $4, expired_fen = expired_fen + $5, revoked_fen = revoked_fen + $6
       WHERE id = $1 AND available_fen + $2 >= 0 AND held_fen + $3 >= 0`,
      [voucherId, d('availableFen'), d('heldFen'), d('consumedFen'), d('expiredFen'), d('revokedFen')],
    );
    return count === 1;
  }

  /** Changes a programme's committed budget, guarded: never above the budget. False when refused. */
  async commit(em: EntityManager, programId: string, fen: number): Promise<boolean> {
    const [, count] = await em.query(
      `UPDATE voucher_program SET committed_fen = committed_fen + $2
       WHERE id = $1 AND committed_fen + $2 <= budget_fen AND committed_fen + $2 >= 0`,
      [programId, fen],
    );
    return count === 1;
  }

  async appendLedger(
    em: EntityManager,
    row: {
      programId: string;
      voucherId: string;
      kind: LedgerKind;
      amountFen: number;
      orderId?: string | null;
      claimId?: string | null;
      actorId?: string | null;
    },
  ): Promise<void> {
    await em.insert(VoucherLedgerEntry, {
      orderId: null,
      claimId: null,
      actorId: null,
      ...row,
    });
  }

  holdOf(em: EntityManager, orderId: string): Promise<VoucherHold | null> {
    return em.findOneBy(VoucherHold, { orderId });
  }

  saveHold(em: EntityManager, hold: Partial<VoucherHold>): Promise<VoucherHold> {
    return em.save(VoucherHold, hold);
  }

  insertVoucher(em: EntityManager, voucher: Partial<Voucher>): Promise<Voucher> {
    return em.save(Voucher, voucher);
  }

  application(em: EntityManager, id: string, lock = false): Promise<VoucherApplication | null> {
    return em.findOne(VoucherApplication, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  vouchersOf(
    em: EntityManager,
    where: { enterpriseId?: string; programId?: string },
    window: { skip: number; take: number },
  ) {
    return em.findAndCount(Voucher, { where, order: { issuedAt: 'DESC', id: 'ASC' }, ...window });
  }

  ledgerOf(em: EntityManager, voucherIds: string[]): Promise<VoucherLedgerEntry[]> {
    if (voucherIds.length === 0) return Promise.resolve([]);
    return em.find(VoucherLedgerEntry, { where: { voucherId: In(voucherIds) }, order: { id: 'ASC' } });
  }

  /** Vouchers past their programme's validity with money still available (the expiry job), claimed with SKIP LOCKED. */
  async claimExpirable(
    em: EntityManager,
    today: string,
    limit: number,
  ): Promise<Array<{ id: string; programId: string; availableFen: number }>> {
    const rows: Array<{ id: string; program_id: string; available_fen: string }> = await em.query(
      `SELECT v.id, v.program_id, v.available_fen FROM voucher v JOIN voucher_program p ON p.id = v.program_id
       WHERE v.status = 'active' AND p.valid_until < $1::date
       ORDER BY v.id LIMIT $2 FOR UPDATE OF v SKIP LOCKED`,
      [today, limit],
    );
    return rows.map((r) => ({ id: r.id, programId: r.program_id, availableFen: Number(r.available_fen) }));
  }

  async setVoucherStatus(em: EntityManager, id: string, status: Voucher['status']): Promise<void> {
    await em.update(Voucher, id, { status });
  }

  /** Programme figures from the vouchers and claims: held, consumed, redeemed (approved, batched, paid) and paid. */
  async programFigures(em: EntityManager, programId: string) {
    const [row] = await em.query(
      `SELECT (SELECT coalesce(sum(held_fen), 0) FROM voucher WHERE program_id = $1)::bigint AS held,
              (SELECT coalesce(sum(consumed_fen), 0) FROM voucher WHERE program_id = $1)::bigint AS consumed,
              (SELECT coalesce(sum(amount_fen), 0) FROM redemption_claim
                 WHERE program_id = $1 AND status IN ('approved', 'batched', 'paid'))::bigint AS redeemed,
              (SELECT coalesce(sum(amount_fen), 0) FROM redemption_claim WHERE program_id = $1 AND status = 'paid')::bigint AS paid`,
      [programId],
    );
    return {
      heldFen: Number(row.held),
      consumedFen: Number(row.consumed),
      redeemedFen: Number(row.redeemed),
      paidFen: Number(row.paid),
    };
  }

  /**
   * The ledger summed per voucher and kind, with each voucher's stored buckets (ledger-check):
   * one pass over the programme's ledger rows.
   */
  async ledgerSums(
    em: EntityManager,
    programId: string,
  ): Promise<Array<{ voucherId: string; kind: LedgerKind; fen: number; count: number }>> {
    const rows: Array<{ voucher_id: string; kind: LedgerKind; fen: string; n: number }> = await em.query(
      `SELECT voucher_id, kind, sum(amount_fen)::bigint AS fen, count(*)::int AS n
       FROM voucher_ledger WHERE program_id = $1 GROUP BY voucher_id, kind`,
      [programId],
    );
    return rows.map((r) => ({ voucherId: r.voucher_id, kind: r.kind, fen: Number(r.fen), count: r.n }));
  }

  vouchersOfProgram(em: EntityManager, programId: string): Promise<Voucher[]> {
    return em.find(Voucher, { where: { programId } });
  }

  /**
   * Every programme's figures as `programFigures` computes them for one: voucher buckets and claims,
   * each summed in one GROUP BY per table.
   */
  async figuresOfAllPrograms(em: EntityManager): Promise<Map<string, ProgramFigures>> {
    const rows: Array<{ id: string; held: string; consumed: string; redeemed: string; paid: string }> = await em.query(
      `SELECT p.id, coalesce(v.held, 0)::bigint AS held, coalesce(v.consumed, 0)::bigint AS consumed,
              coalesce(c.redeemed, 0)::bigint AS redeemed, coalesce(c.paid, 0)::bigint AS paid
       FROM voucher_program p
       LEFT JOIN (SELECT program_id, sum(held_fen) AS held, sum(consumed_fen) AS consumed
                  FROM voucher GROUP BY program_id) v ON v.program_id = p.id
       LEFT JOIN (SELECT program_id,
                         sum(amount_fen) FILTER (WHERE status IN ('approved', 'batched', 'paid')) AS redeemed,
                         sum(amount_fen) FILTER (WHERE status = 'paid') AS paid
                  FROM redemption_claim GROUP BY program_id) c ON c.program_id = p.id`,
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          heldFen: Number(r.held),
          consumedFen: Number(r.consumed),
          redeemedFen: Number(r.redeemed),
          paidFen: Number(r.paid),
        },
      ]),
    );
  }

  /** Consumed and redeemed money per programme and calendar month in Asia/Shanghai, from the ledger (one GROUP BY). */
  async monthlyBurn(
    em: EntityManager,
  ): Promise<Array<{ programId: string; month: string; consumedFen: number; redeemedFen: number }>> {
    const rows: Array<{ program_id: string; month: string; consumed: string; redeemed: string }> = await em.query(
      `SELECT program_id, to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
              coalesce(sum(amount_fen) FILTER (WHERE kind = 'consume'), 0)::bigint AS consumed,
              coalesce(sum(amount_fen) FILTER (WHERE kind = 'redeem'), 0)::bigint AS redeemed
       FROM voucher_ledger WHERE kind IN ('consume', 'redeem')
       GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    return rows.map((r) => ({
      programId: r.program_id,
      month: r.month,
      consumedFen: Number(r.consumed),
      redeemedFen: Number(r.redeemed),
    }));
  }

  allPrograms(em: EntityManager): Promise<VoucherProgram[]> {
    return em.find(VoucherProgram, { order: { year: 'DESC', createdAt: 'ASC', id: 'ASC' } });
  }
}
