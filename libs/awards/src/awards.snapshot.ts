import { createHash } from 'node:crypto';
import type { AwardConfig } from './awards.config.js';
import {
  compareIds,
  type AwardRoundResult,
  type IneligibleProvider,
  type ProviderAwardFacts,
  type RankedProvider,
} from './awards.rules.js';
import { type PartyContacts, type RelatedBy, relatedCheck } from './related-parties.js';

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
  // Pairs and votes come grouped by provider: a run of one provider's is added once.
  for (const list of [inputs.pairs, inputs.votes]) {
    let last: string | null = null;
    for (const { providerId } of list) if (providerId !== last) ids.add((last = providerId));
  }
  return [...ids].sort(compareIds);
}

const byEnterprise = <T extends { enterpriseId: string }>(a: T, b: T) => compareIds(a.enterpriseId, b.enterpriseId);

/** How many distinct enterprises a list sorted by enterprise holds. */
function distinctEnterprises(sorted: ReadonlyArray<{ enterpriseId: string }>): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i].enterpriseId !== sorted[i - 1].enterpriseId) count++;
  return count;
}

/** The facts of every participant for `computeRound`, and their snapshots (without outcome), by provider id. */
export function assembleFacts(inputs: AwardInputs): {
  facts: ProviderAwardFacts[];
  snapshots: ProviderFactsSnapshot[];
} {
  const relatedOf = relatedCheck(inputs.enterpriseContacts, inputs.providerContacts);
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
  // Pairs and votes come grouped by provider: its snapshot is looked up once a run.
  let current: ProviderFactsSnapshot | null = null;
  const snapshotOf = (providerId: string): ProviderFactsSnapshot =>
    current !== null && current.providerId === providerId
      ? current
      : (current = snapshots.get(providerId) as ProviderFactsSnapshot);
  const dropped = (s: ProviderFactsSnapshot, enterpriseId: string, relatedBy: RelatedBy[]) => {
    let entry = s.relatedDropped.find((d) => d.enterpriseId === enterpriseId);
    if (!entry) {
      entry = { enterpriseId, relatedBy, orders: 0, ratings: 0 };
      s.relatedDropped.push(entry);
    }
    return entry;
  };
  for (const p of inputs.pairs) {
    const s = snapshotOf(p.providerId);
    const by = relatedOf(p);
    if (by) dropped(s, p.enterpriseId, by).orders += p.orders;
    else s.orders.push({ enterpriseId: p.enterpriseId, orders: p.orders });
  }
  for (const v of inputs.votes) {
    const s = snapshotOf(v.providerId);
    const by = relatedOf(v);
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
    s.served = distinctEnterprises(s.orders);
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

/** A number as canonical JSON writes it (refusing what JSON cannot hold). */
function jsonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} has no JSON form`);
  return String(value);
}

/**
 * The canonical JSON of one snapshot's inputs (everything but `outcome`), written for its known
 * shape: keys in the order `canonicalJson` sorts them, so the text is the same, byte for byte.
 */
function canonicalSnapshotJson(s: ProviderFactsSnapshot): string {
  const str = JSON.stringify;
  let out = `{"admittedAt":${s.admittedAt === null ? 'null' : str(s.admittedAt)}`;
  out += `,"approvedAtCompute":${s.approvedAtCompute},"fraudRejectedClaimInYear":${s.fraudRejectedClaimInYear}`;
  out += ',"orders":[';
  for (let i = 0; i < s.orders.length; i++) {
    const o = s.orders[i];
    out += `${i > 0 ? ',' : ''}{"enterpriseId":${str(o.enterpriseId)},"orders":${jsonNumber(o.orders)}}`;
  }
  out += `],"providerId":${str(s.providerId)},"relatedDropped":[`;
  for (let i = 0; i < s.relatedDropped.length; i++) {
    const d = s.relatedDropped[i];
    out +=
      `${i > 0 ? ',' : ''}{"enterpriseId":${str(d.enterpriseId)},"orders":${jsonNumber(d.orders)}` +
      `,"ratings":${jsonNumber(d.ratings)},"relatedBy":${str(d.relatedBy)}}`;
  }
  out += `],"served":${jsonNumber(s.served)},"suspendedInYear":${s.suspendedInYear},"votes":[`;
  for (let i = 0; i < s.votes.length; i++) {
    const v = s.votes[i];
    out +=
      `${i > 0 ? ',' : ''}{"effectiveness":${v.effectiveness === null ? 'null' : jsonNumber(v.effectiveness)}` +
      `,"enterpriseId":${str(v.enterpriseId)},"overall":${jsonNumber(v.overall)},"ratings":${jsonNumber(v.ratings)}}`;
  }
  return `${out}]}`;
}

/**
 * The inputs of a round hashed: sha256 (hex) of the canonical JSON of the year, the configuration and
 * every provider's facts (`canonicalJson({ year, config, providers })`, outcomes left out), written
 * into the hash a provider at a time (never as one text); and each provider's part of that text, for
 * the stored facts (`storedFacts`).
 */
export function hashedInputs(
  year: number,
  config: AwardConfig,
  snapshots: readonly ProviderFactsSnapshot[],
): { inputHash: string; inputsJson: string[] } {
  const hash = createHash('sha256');
  const inputsJson: string[] = new Array(snapshots.length);
  hash.update(`{"config":${canonicalJson(config)},"providers":[`);
  for (let i = 0; i < snapshots.length; i++) {
    inputsJson[i] = canonicalSnapshotJson(snapshots[i]);
    if (i > 0) hash.update(',');
    hash.update(inputsJson[i]);
  }
  return { inputHash: hash.update(`],"year":${jsonNumber(year)}}`).digest('hex'), inputsJson };
}

/** sha256 (hex) of the canonical JSON of a round's inputs (see `hashedInputs`). */
export function inputHash(year: number, config: AwardConfig, snapshots: readonly ProviderFactsSnapshot[]): string {
  return hashedInputs(year, config, snapshots).inputHash;
}

/** One provider's stored facts: its snapshot with its outcome, as JSON text. */
export interface StoredFacts {
  providerId: string;
  json: string;
}

/**
 * The stored facts of each snapshot: its inputs' canonical JSON (`inputsJson`, in the same order) with
 * its outcome added, so the snapshot is serialised once for the hash and the store alike (a json
 * column keeps this text as it is).
 */
export function storedFacts(
  snapshots: readonly ProviderFactsSnapshot[],
  inputsJson: readonly string[],
  result: AwardRoundResult,
): StoredFacts[] {
  return withOutcomes(snapshots, result).map(({ providerId, outcome }, i) => ({
    providerId,
    json: `${inputsJson[i].slice(0, -1)},"outcome":${JSON.stringify(outcome)}}`,
  }));
}
