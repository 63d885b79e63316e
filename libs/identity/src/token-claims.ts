import { isUUID } from 'class-validator';

/** What our access tokens carry: the user id and an expiry (the JWT library only checks `exp` when present). */
export interface TokenClaims {
  sub: string;
  exp: number;
}

/** The claims of a verified token when they are ours, else null: a token without `exp` would never expire. */
export function accessTokenClaims(payload: unknown): TokenClaims | null {
  if (payload === null || typeof payload !== 'object') return null;
  const { sub, exp } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || !isUUID(sub)) return null;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  return { sub, exp };
}
