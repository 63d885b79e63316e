import type { EnterpriseVote, ProviderAwardFacts } from '../awards.rules.js';

/** Builders for the award scenarios: every provider an approved member admitted in 2025 unless said otherwise. */

export const YEAR = 2026;
export const ADMITTED_2025 = new Date('2025-03-01T02:00:00Z');

/** One vote per enterprise `<provider>-e1`, `-e2`…; effectiveness defaults to the overall scores. */
export function votes(
  providerId: string,
  overall: readonly number[],
  effectiveness: ReadonlyArray<number | null> = overall,
): EnterpriseVote[] {
  return overall.map((o, i) => ({
    enterpriseId: `${providerId}-e${i + 1}`,
    overall: o,
    effectiveness: effectiveness[i],
  }));
}

export function provider(
  providerId: string,
  served: number,
  overall: readonly number[],
  effectiveness: ReadonlyArray<number | null> = overall,
  over: Partial<ProviderAwardFacts> = {},
): ProviderAwardFacts {
  return {
    providerId,
    admittedAt: ADMITTED_2025,
    approvedAtCompute: true,
    suspendedInYear: false,
    fraudRejectedClaimInYear: false,
    served,
    votes: votes(providerId, overall, effectiveness),
    ...over,
  };
}

/** `n` copies of a score. */
export const times = (n: number, score: number): number[] => Array.from({ length: n }, () => score);
