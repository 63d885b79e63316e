import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AwardRound, AwardRoundFacts } from './award-round.entity.js';
import type { AwardRoundResult } from './awards.rules.js';
import type { ProviderFactsSnapshot } from './awards.snapshot.js';

/** Snapshot rows written per INSERT (well under PostgreSQL's 65,535 parameters). */
const FACTS_CHUNK = 500;

/** Named queries of the awards context (its tables only: `award_round`, `award_round_facts`). */
@Injectable()
export class AwardsRepository {
  insertRound(em: EntityManager, round: Pick<AwardRound, 'year' | 'budgetFen' | 'config' | 'createdBy'>) {
    return em.save(AwardRound, em.create(AwardRound, { ...round, status: 'draft' }));
  }

  findRound(em: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<AwardRound | null> {
    return em.findOne(AwardRound, {
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Records where the round's compute job is. */
  async setJob(
    em: EntityManager,
    id: string,
    job: Partial<Pick<AwardRound, 'jobStatus' | 'jobPercent' | 'jobError' | 'jobUpdatedAt'>>,
  ): Promise<void> {
    await em.update(AwardRound, id, job);
  }

  /** Rounds, newest year first, with their total. */
  listRounds(em: EntityManager, window: { skip: number; take: number }): Promise<[AwardRound[], number]> {
    return em.findAndCount(AwardRound, { order: { year: 'DESC' }, ...window });
  }

  /** Makes the caller's (just begun) transaction read-only: the facts are gathered, never written, there. */
  async readOnly(em: EntityManager): Promise<void> {
    await em.query('SET TRANSACTION READ ONLY');
  }

  /** Replaces the round's results and its per-provider snapshot, and marks it computed. */
  async storeComputation(
    em: EntityManager,
    roundId: string,
    computation: { result: AwardRoundResult; inputHash: string; computedAt: Date; snapshots: ProviderFactsSnapshot[] },
  ): Promise<void> {
    const { result, inputHash, computedAt, snapshots } = computation;
    await em.update(AwardRound, roundId, {
      status: 'computed',
      computedAt,
      inputHash,
      result: result as object as AwardRound['result'] & object,
    } as object);
    await em.delete(AwardRoundFacts, { roundId });
    for (let i = 0; i < snapshots.length; i += FACTS_CHUNK) {
      const rows = snapshots
        .slice(i, i + FACTS_CHUNK)
        .map((facts) => ({ roundId, providerId: facts.providerId, facts }));
      await em.insert(AwardRoundFacts, rows as object[]);
    }
  }

  async providerFacts(em: EntityManager, roundId: string, providerId: string): Promise<ProviderFactsSnapshot | null> {
    const row = await em.findOne(AwardRoundFacts, { where: { roundId, providerId } });
    return row?.facts ?? null;
  }
}
