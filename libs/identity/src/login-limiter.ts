import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { TooManyLoginAttemptsError } from './identity.errors.js';

export const MAX_FAILED_LOGINS = 10;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Failed logins per account: after 10 in 15 minutes further attempts answer 429 until the
 * window ends. Counts live in PostgreSQL (table `login_failure_limit`, created by a migration),
 * so they hold across restarts and API instances. The only application-level throttle (API.md).
 */
@Injectable()
export class LoginLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource) {
    this.limiter = new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'login_failure_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'login',
      points: MAX_FAILED_LOGINS,
      duration: FAILED_LOGIN_WINDOW_SECONDS,
    });
  }

  async assertNotBlocked(email: string): Promise<void> {
    const state = await this.limiter.get(email);
    if (state && state.consumedPoints >= MAX_FAILED_LOGINS) {
      throw new TooManyLoginAttemptsError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
    }
  }

  async recordFailure(email: string): Promise<void> {
    try {
      await this.limiter.consume(email);
    } catch (rejection) {
      // Over the limit already: the count is kept, nothing else to do.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }

  async reset(email: string): Promise<void> {
    await this.limiter.delete(email);
  }
}
