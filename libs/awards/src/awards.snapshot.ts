import { createHash } from 'node:crypto';
import type { AwardConfig } from './awards.config.js';
import {
  compareIds,
  type AwardRoundResult,
  type IneligibleProvider,
  type ProviderAwardFacts,
  type RankedProvider,
} from './awards.rules.js';
import { type PartyContacts, pairKey, type RelatedBy, relatedPairs } from './related-parties.js';

/**
 * Turns the fact families of a year (orders, votes, membership, fraud, contacts) into the
 * `ProviderAwardFacts` of `computeRound` and a per-provider snapshot of every input, and hashes the
 * inputs canonically. Pure: the service gathers, this decides.
 */

/** What the orders context gives: a (provider, enterprise) pair and its qualifying completed orders. */
export interface OrderPairInput {
  providerId: string;
  enterpriseId: string;
  orders: number;
}

/** What the ratings context gives: one enterprise's vote (means of its visible ratings) for one provider. */
export interface VoteInput {
  providerId: string;
  enterpriseId: string;
  overall: number;
  effectiveness: number | null;
  ratings: number;
}

export interface MembershipInput {
  admittedAt: Date | null;
  approved: boolean;
  suspendedInYear: boolean;
}

export interface AwardInputs {
  pairs: readonly OrderPairInput[];
  votes: readonly VoteInput[];
  membership: ReadonlyMap<string, MembershipInput>;
  fraudRejected: ReadonlySet<string>;
  enterpriseContacts: ReadonlyMap<string, PartyContacts>;
  providerContacts: ReadonlyMap<string, PartyContacts>;
}

/** Everything one provider brought to a round, and what the round made of it. */
export interface ProviderFactsSnapshot {
  providerId: string;
  admittedAt: string | null;
  approvedAtCompute: boolean;
  suspendedInYear: boolean;
  fraudRejectedClaimInYear: boolean;
  /** `S`: distinct enterprises among the counted orders. */
  served: number;
  /** Counted orders by enterprise (related parties dropped). */
  orders: Array<{ enterpriseId: string; orders: number }>;
  /** Counted votes, one per enterprise (related parties dropped). */
  votes: Array<{ enterpriseId: string; overall: number; effectiveness: number | null; ratings: number }>;
  /** Pairs dropped as related parties (§5 risk flags), with what they share and what was not counted. */
  relatedDropped: Array<{ enterpriseId: string; relatedBy: RelatedBy[]; orders: number; ratings: number }>;
  /** Filled once computed: the provider's entry in `ranked` or `ineligible`. */
  outcome?: { eligible: true; ranked: RankedProvider } | { eligible: false; ineligible: IneligibleProvider };
}

/**
 * Who takes part (ranked or listed ineligible): every provider approved at the compute instant or
 * suspended at any time in the year (so it was a member in the year), and every provider with a
 * qualifying order or vote in the year, related or not (its votes count towards `m` and `me` whatever
 * its status, and its dropped pairs are on record). Never-admitted applicants without orders are not.
 */
export function participants(inputs: AwardInputs): string[] {
  const ids = new Set<string>();
  for (const [id, m] of inputs.membership) if (m.approved || m.suspendedInYear) ids.add(id);
  for (const p of inputs.pairs) ids.add(p.providerId);
  for (const v of inputs.votes) ids.add(v.providerId);
  return [...ids].sort(compareIds);
}

const byEnterprise = <T extends { enterpriseId: string }>(a: T, b: T) => compareIds(a.enterpriseId, b.enterpriseId);

/** The facts of every participant for `computeRound`, and their snapshots (without outcome), by provider id. */
export function assembleFacts(inputs: AwardInputs): {
  facts: ProviderAwardFacts[];
  snapshots: ProviderFactsSnapshot[];
} {
  const related = relatedPairs([...inputs.pairs, ...inputs.votes], inputs.enterpriseContacts, inputs.providerContacts);
  const snapshots = new Map<string, ProviderFactsSnapshot>();
  for (const providerId of participants(inputs)) {
    const m = inputs.membership.get(providerId);
    snapshots.set(providerId, {
      providerId,
      admittedAt: m?.admittedAt ? m.admittedAt.toISOString() : null,
      approvedAtCompute: m?.approved ?? false,
      suspendedInYear: m?.suspendedInYear ?? false,
      fraudRejectedClaimInYear: inputs.fraudRejected.has(providerId),
      served: 0,
      orders: [],
      votes: [],
      relatedDropped: [],
    });
  }
  const dropped = (s: ProviderFactsSnapshot, enterpriseId: string, relatedBy: RelatedBy[]) => {
    let entry = s.relatedDropped.find((d) => d.enterpriseId === enterpriseId);
    if (!entry) {
      entry = { enterpriseId, relatedBy, orders: 0, ratings: 0 };
      s.relatedDropped.push(entry);
    }
    return entry;
  };
  for (const p of inputs.pairs) {
    const s = snapshots.get(p.providerId) as ProviderFactsSnapshot;
    const by = related.get(pairKey(p));
    if (by) dropped(s, p.enterpriseId, by).orders += p.orders;
    else s.orders.push({ enterpriseId: p.enterpriseId, orders: p.orders });
  }
  for (const v of inputs.votes) {
    const s = snapshots.get(v.providerId) as ProviderFactsSnapshot;
    const by = related.get(pairKey(v));
    if (by) dropped(s, v.enterpriseId, by).ratings += v.ratings;
    else
      s.votes.push({
        enterpriseId: v.enterpriseId,
        overall: v.overall,
        effectiveness: v.effectiveness,
        ratings: v.ratings,
      });
  }
  const list = [...snapshots.values()];
  for (const s of list) {
    s.orders.sort(byEnterprise);
    s.votes.sort(byEnterprise);
    s.relatedDropped.sort(byEnterprise);
    s.served = new Set(s.orders.map((o) => o.enterpriseId)).size;
  }
  const facts = list.map((s): ProviderAwardFacts => ({
    providerId: s.providerId,
    admittedAt: s.admittedAt === null ? null : new Date(s.admittedAt),
    approvedAtCompute: s.approvedAtCompute,
    suspendedInYear: s.suspendedInYear,
    fraudRejectedClaimInYear: s.fraudRejectedClaimInYear,
    served: s.served,
    votes: s.votes.map(({ enterpriseId, overall, effectiveness }) => ({ enterpriseId, overall, effectiveness })),
  }));
  return { facts, snapshots: list };
}

/** Each snapshot with its provider's entry of the result. */
export function withOutcomes(snapshots: readonly ProviderFactsSnapshot[], result: AwardRoundResult) {
  const ranked = new Map(result.ranked.map((r) => [r.providerId, r]));
  const ineligible = new Map(result.ineligible.map((r) => [r.providerId, r]));
  return snapshots.map((s): ProviderFactsSnapshot => {
    const r = ranked.get(s.providerId);
    const outcome: ProviderFactsSnapshot['outcome'] = r
      ? { eligible: true, ranked: r }
      : { eligible: false, ineligible: ineligible.get(s.providerId) as IneligibleProvider };
    return { ...s, outcome };
  });
}

/** JSON with object keys sorted at every level, dates as ISO strings: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareIds(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${value} has no JSON form`);
  return JSON.stringify(value) ?? 'null';
}

/** sha256 (hex) of the canonical JSON of a round's inputs: the year, the configuration, every provider's facts. */
export function inputHash(year: number, config: AwardConfig, snapshots: readonly ProviderFactsSnapshot[]): string {
  const providers = snapshots.map(({ outcome: _outcome, ...inputs }) => inputs);
  return createHash('sha256').update(canonicalJson({ year, config, providers })).digest('hex');
}
