import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ConflictError, DomainError } from '@app/shared';
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

export type Claim = { kind: 'first' } | { kind: 'replay'; status: number; body: unknown };

const WAIT_MS = 30_000;
const POLL_MS = 25;

/**
 * `Idempotency-Key` handling (after Stripe's): the first request with a key runs and its answer
 * is kept; the same key and request again gets that answer, waiting while the first is still
 * running; the same key with another request is refused (422).
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  static fingerprint(method: string, path: string, body: unknown): string {
    return createHash('sha256')
      .update(`${method} ${path}\n${JSON.stringify(body ?? {})}`)
      .digest('hex');
  }

  async claim(userId: string, key: string, requestHash: string): Promise<Claim> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(IdempotencyKey)
      .values({ userId, key, requestHash })
      .orIgnore()
      .returning('key')
      .execute();
    if (inserted.raw.length > 0) return { kind: 'first' };
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const row = await this.dataSource.manager.findOneBy(IdempotencyKey, { userId, key });
      // The first request failed unexpectedly and gave its key back: this one runs.
      if (!row) return this.claim(userId, key, requestHash);
      if (row.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
      if (row.completedAt) return { kind: 'replay', status: row.responseStatus!, body: row.responseBody };
      if (Date.now() > deadline) throw new IdempotencyKeyInFlightError();
      await sleep(POLL_MS);
    }
  }

  async complete(userId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.manager.update(
      IdempotencyKey,
      { userId, key },
      { responseStatus: status, responseBody: body as object, completedAt: new Date() },
    );
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

  /** An unexpected failure is not an answer to keep: the key may be used again. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.manager.delete(IdempotencyKey, { userId, key, completedAt: IsNull() });
  }
}
