import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Clock, ConflictError, DomainError } from '@app/shared';
import { IdempotencyKey } from './idempotency-key.entity.js';

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request');
  }
}

export class IdempotencyKeyInFlightError extends ConflictError {
  constructor() {
    super('IDEMPOTENCY_KEY_IN_FLIGHT', 'A request with this Idempotency-Key is still being processed; retry shortly');
  }
}

/** `first`: this run holds the key (by `token`) and runs; `replay`: the answer kept for the key. */
/**
 * `first`: this run holds the key (`since`: when the key was first claimed, the same for a run
 * that takes over a dead one's lease, new after the key was forgotten).
 */
export type Claim = { kind: 'first'; token: string; since: Date } | { kind: 'replay'; status: number; body: unknown };

/** How long a run holds its key; a run not done by then is taken for dead and a retry may run instead. */
export const IDEMPOTENCY_LEASE_MS = 60_000;
const WAIT_MS = 30_000;
const POLL_MS = 25;

/**
 * `Idempotency-Key` handling (after Stripe's): the first request with a key runs and its answer
 * is kept; the same key and request again gets that answer, waiting while the first is still
 * running; the same key with another request is refused (422). A run holds its key for a lease:
 * when a run dies before keeping its answer, a retry after the lease takes the key over and runs
 * again, and the business transaction decides, under its own locks, whether its effect already
 * happened.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  static fingerprint(method: string, path: string, body: unknown): string {
    return createHash('sha256')
      .update(`${method} ${path}\n${JSON.stringify(body ?? {})}`)
      .digest('hex');
  }

  async claim(userId: string, key: string, requestHash: string): Promise<Claim> {
    const token = randomUUID();
    let since = await this.insert(userId, key, requestHash, token);
    if (since) return { kind: 'first', token, since };
    // Waits in clock time so tests move time rather than sleep; the real-time bound keeps a
    // stopped test clock from holding a request forever.
    const waitUntil = this.clock.now().getTime() + WAIT_MS;
    const realWaitUntil = Date.now() + WAIT_MS;
    for (;;) {
      const row = await this.dataSource.manager.findOneBy(IdempotencyKey, { userId, key });
      if (!row) {
        // The holder failed unexpectedly and gave its key back: this one runs.
        since = await this.insert(userId, key, requestHash, token);
        if (since) return { kind: 'first', token, since };
        continue;
      }
      if (row.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
      if (row.completedAt) return { kind: 'replay', status: row.responseStatus!, body: row.responseBody };
      const now = this.clock.now();
      if (row.leasedUntil <= now && (await this.takeOver(userId, key, requestHash, token, now))) {
        return { kind: 'first', token, since: row.createdAt };
      }
      if (now.getTime() >= waitUntil || Date.now() >= realWaitUntil) throw new IdempotencyKeyInFlightError();
      await sleep(POLL_MS);
    }
  }

  /** Keeps the answer of the run holding `token`; false when its lease was taken over meanwhile. */
  async complete(userId: string, key: string, token: string, status: number, body: unknown): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      IdempotencyKey,
      { userId, key, leaseToken: token, completedAt: IsNull() },
      { responseStatus: status, responseBody: body as object, completedAt: new Date() },
    );
    return result.affected === 1;
  }

  /** Forgets finished keys older than `hours` (the worker, every minute); returns how many. */
  async purge(hours = 24): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(IdempotencyKey)
      .where(`created_at < now() - make_interval(hours => :hours) AND completed_at IS NOT NULL`, { hours })
      .execute();
    return result.affected ?? 0;
  }

  /** An unexpected failure is not an answer to keep: the key may be used again (if this run still holds it). */
  async release(userId: string, key: string, token: string): Promise<void> {
    await this.dataSource.manager.delete(IdempotencyKey, { userId, key, leaseToken: token, completedAt: IsNull() });
  }

  /** Claims a new key; its creation time, or null when the key exists. */
  private async insert(userId: string, key: string, requestHash: string, token: string): Promise<Date | null> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(IdempotencyKey)
      .values({ userId, key, requestHash, leasedUntil: this.leaseFrom(this.clock.now()), leaseToken: token })
      .orIgnore()
      .returning('created_at')
      .execute();
    return inserted.raw.length > 0 ? new Date(inserted.raw[0].created_at) : null;
  }

  /** Takes over a key whose holder's lease ran out; of concurrent retries exactly one gets it. */
  private async takeOver(userId: string, key: string, requestHash: string, token: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(IdempotencyKey)
      .set({ leasedUntil: this.leaseFrom(now), leaseToken: token })
      .where('user_id = :userId AND key = :key AND request_hash = :requestHash', { userId, key, requestHash })
      .andWhere('completed_at IS NULL AND leased_until <= :now', { now })
      .execute();
    return result.affected === 1;
  }

  private leaseFrom(now: Date): Date {
    return new Date(now.getTime() + IDEMPOTENCY_LEASE_MS);
  }
}
