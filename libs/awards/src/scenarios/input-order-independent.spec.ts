import { describe, expect, it } from '@jest/globals';
import { computeRound, standing, type EnterpriseVote, type ProviderAwardFacts } from '../awards.rules.js';
import { provider, YEAR } from './scenario-facts.js';

/**
 * Scenario: the same facts in any order give the same result, byte for byte (JSON.stringify),
 * although floating-point addition depends on order:
 *
 *   (1 + 4/3) + 4/3 = 3.666666666666666      (4/3 + 4/3) + 1 = 3.6666666666666665
 *
 * The rules sort providers by id and each provider's votes by score before adding anything, so
 * a provider with votes 1, 4/3, 4/3 always sums them as (1 + 4/3) + 4/3.
 */

/** mulberry32: a small seeded generator, so every run shuffles the same way. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const hex = (random: () => number, length: number) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');

/** A field of 80 providers: means of 1 to 4 ratings per enterprise (thirds, quarters), some ineligible, some twins. */
function field(seed: number): ProviderAwardFacts[] {
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const out: ProviderAwardFacts[] = [];
  for (let i = 0; i < 70; i++) {
    const providerId = `${hex(random, 8)}-0000-4000-8000-${hex(random, 12)}`;
    const votes: EnterpriseVote[] = Array.from({ length: int(0, 9) }, (_, k) => {
      const count = int(1, 4);
      const overall = Array.from({ length: count }, () => int(1, 5)).reduce((a, b) => a + b, 0) / count;
      const effectiveness =
        random() < 0.1 ? null : Array.from({ length: count }, () => int(1, 5)).reduce((a, b) => a + b, 0) / count;
      return { enterpriseId: `e-${providerId}-${k}`, overall, effectiveness };
    });
    out.push({
      providerId,
      admittedAt: random() < 0.05 ? null : new Date(Date.UTC(int(2022, 2026), int(0, 11), int(1, 28), int(0, 23))),
      approvedAtCompute: random() < 0.92,
      suspendedInYear: random() < 0.08,
      fraudRejectedClaimInYear: random() < 0.04,
      served: int(0, 20),
      votes,
    });
  }
  // Twins: the same facts under another id, so ties (and their breaking) are part of the check.
  for (const twin of out.slice(0, 10)) out.push({ ...twin, providerId: `${twin.providerId}-twin` });
  return out;
}

/** The same facts, providers and votes reordered, objects rebuilt with their keys in another order. */
function reordered(facts: readonly ProviderAwardFacts[], random: () => number): ProviderAwardFacts[] {
  return shuffled(facts, random).map((f) => ({
    votes: shuffled(f.votes, random).map((v) => ({
      effectiveness: v.effectiveness,
      overall: v.overall,
      enterpriseId: v.enterpriseId,
    })),
    served: f.served,
    fraudRejectedClaimInYear: f.fraudRejectedClaimInYear,
    suspendedInYear: f.suspendedInYear,
    approvedAtCompute: f.approvedAtCompute,
    admittedAt: f.admittedAt === null ? null : new Date(f.admittedAt.getTime()),
    providerId: f.providerId,
  }));
}

describe('scenario: input order does not matter', () => {
  it('adds each provider votes in a fixed order', () => {
    expect(1 + 4 / 3 + 4 / 3).toBe(3.666666666666666);
    expect(4 / 3 + 4 / 3 + 1).toBe(3.6666666666666665);
    const a = provider('p', 3, [4 / 3, 4 / 3, 1]);
    const b = provider('p', 3, [1, 4 / 3, 4 / 3]);
    const sumA = computeRound([a], {}, YEAR).ranked[0].tally.ratingSum;
    const sumB = computeRound([b], {}, YEAR).ranked[0].tally.ratingSum;
    expect(sumA).toBe(3.666666666666666);
    expect(sumB).toBe(sumA);
  });

  it.each([1, 2, 3, 20260630])('gives byte-identical results for shuffles of field %i', (seed) => {
    const facts = field(seed);
    const expected = JSON.stringify(computeRound(facts, {}, YEAR));
    const parsed = JSON.parse(expected) as { ranked: unknown[]; ineligible: unknown[] };
    // The field is a real one: some ranked, some not, some tied.
    expect(parsed.ranked.length).toBeGreaterThan(10);
    expect(parsed.ineligible.length).toBeGreaterThan(10);
    const random = seeded(seed * 7919);
    for (let round = 0; round < 5; round++) {
      expect(JSON.stringify(computeRound(reordered(facts, random), {}, YEAR))).toBe(expected);
    }
    const someone = facts[3].providerId;
    const where = JSON.stringify(standing(facts, someone, {}, YEAR));
    expect(JSON.stringify(standing(reordered(facts, random), someone, {}, YEAR))).toBe(where);
  });

  it('breaks the twins ties in the shuffled results too', () => {
    const result = computeRound(field(2), {}, YEAR);
    expect(result.ranked.some((r) => r.tieBreak !== undefined)).toBe(true);
  });
});
