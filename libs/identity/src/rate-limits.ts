import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/shared';
import { TooManyLoginAttemptsError, TooManyRegistrationsError } from './identity.errors.js';

export const MAX_FAILED_LOGINS = 10;
export const MAX_FAILED_LOGINS_PER_ADDRESS = 100;
export const FAILED_LOGIN_WINDOW_SECONDS = 15 * 60;

/** Counts kept in PostgreSQL (table `rate_limit`), so they hold across restarts and API instances. */
function postgresLimiter(dataSource: DataSource, keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPostgres({
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName: 'rate_limit',
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration,
  });
}

/** Seconds until a limiter's window ends, at least 1, or 0 while under `max`. */
async function blockedFor(limiter: RateLimiterPostgres, key: string, max: number): Promise<number> {
  const state = await limiter.get(key);
  return state && state.consumedPoints >= max ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0;
}

async function consume(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return rejection;
  }
}

/**
 * Failed logins: 10 in 15 minutes for one account from one address, or 100 from one address
 * for any accounts, and that address answers 429 until the window ends. No account is ever
 * locked for everyone: someone guessing a bureau user's password from elsewhere cannot keep
 * the user out.
 */
@Injectable()
export class LoginLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource) {
    this.perAccount = postgresLimiter(dataSource, 'login', MAX_FAILED_LOGINS, FAILED_LOGIN_WINDOW_SECONDS);
    this.perAddress = postgresLimiter(
      dataSource,
      'login-address',
      MAX_FAILED_LOGINS_PER_ADDRESS,
      FAILED_LOGIN_WINDOW_SECONDS,
    );
  }

  async assertNotBlocked(email: string, address: string): Promise<void> {
    const seconds = Math.max(
      await blockedFor(this.perAccount, accountKey(email, address), MAX_FAILED_LOGINS),
      await blockedFor(this.perAddress, address, MAX_FAILED_LOGINS_PER_ADDRESS),
    );
    if (seconds > 0) throw new TooManyLoginAttemptsError(seconds);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // Over a limit already: the count is kept, nothing else to do.
    await consume(this.perAccount, accountKey(email, address));
    await consume(this.perAddress, address);
  }

  /** A right password clears that account's count from that address (the address's own count stays). */
  async reset(email: string, address: string): Promise<void> {
    await this.perAccount.delete(accountKey(email, address));
  }
}

function accountKey(email: string, address: string): string {
  return `${email}|${address}`;
}

/** Registrations per address and hour (REGISTRATIONS_PER_HOUR, default 20); every attempt that passed validation counts. */
@Injectable()
export class RegistrationLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource, config: AppConfig) {
    this.limiter = postgresLimiter(dataSource, 'register', config.registrationsPerHour, 3600);
  }

  async consume(address: string): Promise<void> {
    const refused = await consume(this.limiter, address);
    if (refused) throw new TooManyRegistrationsError(Math.max(1, Math.ceil(refused.msBeforeNext / 1000)));
  }
}
