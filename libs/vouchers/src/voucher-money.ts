import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VoucherBudgetExceededError, VoucherNotEnoughError } from './vouchers.errors.js';
import { VouchersRepository } from './vouchers.repository.js';
import { type LedgerKind, movementOf } from './vouchers.rules.js';

export interface MovementRefs {
  orderId?: string | null;
  claimId?: string | null;
  actorId?: string | null;
}

/**
 * The one place voucher money moves: the buckets and the programme's committed budget change by
 * the rule's movement under guards (never negative, never over budget), and the ledger row is
 * written in the same transaction. Nothing else writes buckets or the ledger.
 */
@Injectable()
export class VoucherMoney {
  constructor(private readonly repository: VouchersRepository) {}

  async move(
    em: EntityManager,
    voucher: { id: string; programId: string },
    kind: LedgerKind,
    amountFen: number,
    refs: MovementRefs = {},
  ): Promise<void> {
    if (amountFen <= 0) return;
    const movement = movementOf(kind, amountFen);
    if (Object.keys(movement.buckets).length > 0 && kind !== 'issue') {
      if (!(await this.repository.moveBuckets(em, voucher.id, movement.buckets))) throw new VoucherNotEnoughError(kind);
    }
    if (movement.committedFen !== 0 && !(await this.repository.commit(em, voucher.programId, movement.committedFen))) {
      throw new VoucherBudgetExceededError();
    }
    await this.repository.appendLedger(em, {
      programId: voucher.programId,
      voucherId: voucher.id,
      kind,
      amountFen,
      ...refs,
    });
  }
}
