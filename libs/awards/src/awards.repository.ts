import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import type { ObjectionStatus } from './award-notice.rules.js';
import { AwardObjection } from './award-objection.entity.js';
import { AwardRound, AwardRoundFacts } from './award-round.entity.js';
import type { AwardRoundResult } from './awards.rules.js';
import type { ProviderFactsSnapshot, StoredFacts } from './awards.snapshot.js';

/** Snapshot rows written per INSERT (well under PostgreSQL's 65,535 parameters). */
const FACTS_CHUNK = 500;

/** A year's awards as the bureau's statistics count them. */
export interface AwardYearFigures {
  year: number;
  status: AwardRound['status'];
  awardedProviders: number;
  awardedFen: number;
}

/** The session lock a computation holds while it runs: gone with its connection when its process dies. */
const computeLockKey = (roundId: string) => `award-round-compute:${roundId}`;

/** Named queries of the awards context (its tables only: `award_round`, `award_round_facts`, `award_objection`). */
@Injectable()
export class AwardsRepository {
  insertRound(em: EntityManager, round: Pick<AwardRound, 'year' | 'budgetFen' | 'config' | 'createdBy'>) {
    return em.save(AwardRound, em.create(AwardRound, { ...round, status: 'draft' }));
  }

  /** `lock`: 'update' takes the row FOR UPDATE; 'share' FOR SHARE (many readers, no status change meanwhile). */
  findRound(em: EntityManager, id: string, options: { lock?: 'update' | 'share' } = {}): Promise<AwardRound | null> {
    const mode = options.lock === 'share' ? ('pessimistic_read' as const) : ('pessimistic_write' as const);
    return em.findOne(AwardRound, { where: { id }, ...(options.lock ? { lock: { mode } } : {}) });
  }

  /** Records where the round's compute job is. */
  async setJob(
    em: EntityManager,
    id: string,
    job: Partial<Pick<AwardRound, 'jobStatus' | 'jobPercent' | 'jobError' | 'jobUpdatedAt'>>,
  ): Promise<void> {
    await em.update(AwardRound, id, job);
  }

  /** Waits for and takes the round's compute lock, held by `em`'s connection (a session lock) until released. */
  async lockCompute(em: EntityManager, roundId: string): Promise<void> {
    await em.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [computeLockKey(roundId)]);
  }

  /** Takes the round's compute lock if nobody holds it; whether it did (nobody holding it: no run is alive). */
  async tryLockCompute(em: EntityManager, roundId: string): Promise<boolean> {
    const [{ free }] = await em.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS free', [
      computeLockKey(roundId),
    ]);
    return free === true;
  }

  /** Lets go of every session lock of `em`'s connection (before it goes back to the pool). */
  async unlockAll(em: EntityManager): Promise<void> {
    await em.query('SELECT pg_advisory_unlock_all()');
  }

  /** Rounds whose compute job is at one of `statuses` (the worker's check for jobs that died with their worker). */
  roundsWithJob(em: EntityManager, statuses: AwardRound['jobStatus'][]): Promise<AwardRound[]> {
    return em.find(AwardRound, { where: { jobStatus: In(statuses) } });
  }

  /** Sets the job fields only if the job is still where it was read (status and time); whether it did. */
  async setJobIfUnchanged(
    em: EntityManager,
    id: string,
    seen: Pick<AwardRound, 'jobStatus' | 'jobUpdatedAt'>,
    job: Partial<Pick<AwardRound, 'jobStatus' | 'jobPercent' | 'jobError' | 'jobUpdatedAt'>>,
  ): Promise<boolean> {
    const result = await em.update(
      AwardRound,
      { id, jobStatus: seen.jobStatus ?? IsNull(), jobUpdatedAt: seen.jobUpdatedAt ?? IsNull() },
      job,
    );
    return result.affected === 1;
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
    computation: { result: AwardRoundResult; inputHash: string; computedAt: Date; facts: readonly StoredFacts[] },
  ): Promise<void> {
    const { result, inputHash, computedAt, facts } = computation;
    await em.update(AwardRound, roundId, {
      status: 'computed',
      computedAt,
      inputHash,
      result: result as object as AwardRound['result'] & object,
    } as object);
    await em.delete(AwardRoundFacts, { roundId });
    await this.insertFacts(em, roundId, facts);
  }

  /** The snapshot rows, `FACTS_CHUNK` to a multi-row INSERT, each one's JSON text stored as given (json). */
  private async insertFacts(em: EntityManager, roundId: string, facts: readonly StoredFacts[]): Promise<void> {
    for (let i = 0; i < facts.length; i += FACTS_CHUNK) {
      const parameters: unknown[] = [roundId];
      const rows = facts.slice(i, i + FACTS_CHUNK).map(({ providerId, json }) => {
        parameters.push(providerId, json);
        return `($1, $${parameters.length - 1}, $${parameters.length}::json)`;
      });
      await em.query(
        `INSERT INTO "award_round_facts" ("round_id", "provider_id", "facts") VALUES ${rows.join(', ')}`,
        parameters,
      );
    }
  }

  async providerFacts(em: EntityManager, roundId: string, providerId: string): Promise<ProviderFactsSnapshot | null> {
    const row = await em.findOne(AwardRoundFacts, { where: { roundId, providerId } });
    return row?.facts ?? null;
  }

  findRoundByYear(em: EntityManager, year: number): Promise<AwardRound | null> {
    return em.findOne(AwardRound, { where: { year } });
  }

  /** Moves the round through its public notice (status and the notice's instants). */
  async setNotice(
    em: EntityManager,
    id: string,
    notice: Partial<Pick<AwardRound, 'status' | 'publishedAt' | 'noticeEndsAt' | 'finalizedAt'>>,
  ): Promise<void> {
    await em.update(AwardRound, id, notice);
  }

  /** Rounds with results, by year: how many providers got an award and how much (from the stored ranking). */
  awardsByYear(em: EntityManager): Promise<AwardYearFigures[]> {
    return em.query(
      `SELECT r.year, r.status,
              count(a.award) FILTER (WHERE a.award > 0)::int AS "awardedProviders",
              coalesce(sum(a.award), 0)::bigint::float8 AS "awardedFen"
       FROM award_round r
       LEFT JOIN LATERAL (SELECT (x->>'awardFen')::bigint AS award
                          FROM jsonb_array_elements(r.result->'ranked') x) a ON true
       WHERE r.result IS NOT NULL
       GROUP BY r.id
       ORDER BY r.year DESC`,
    );
  }

  insertObjection(
    em: EntityManager,
    objection: Pick<AwardObjection, 'roundId' | 'providerId' | 'lodgedBy' | 'reason'>,
  ): Promise<AwardObjection> {
    return em.save(AwardObjection, em.create(AwardObjection, { ...objection, status: 'open' }));
  }

  findObjection(
    em: EntityManager,
    roundId: string,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<AwardObjection | null> {
    return em.findOne(AwardObjection, {
      where: { id, roundId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async answerObjection(
    em: EntityManager,
    id: string,
    answer: { status: Exclude<ObjectionStatus, 'open'>; answer: string; answeredBy: string | null; answeredAt: Date },
  ): Promise<void> {
    await em.update(AwardObjection, id, answer);
  }

  countOpenObjections(em: EntityManager, roundId: string): Promise<number> {
    return em.count(AwardObjection, { where: { roundId, status: 'open' } });
  }

  /** A round's objections, oldest first; only one provider's when `providerId` is given. */
  listObjections(em: EntityManager, roundId: string, providerId?: string): Promise<AwardObjection[]> {
    return em.find(AwardObjection, {
      where: providerId ? { roundId, providerId } : { roundId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
