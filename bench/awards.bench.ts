/**
 * Award-compute benchmark (DOMAIN.md §7, QUALITY.md "award computation for one year"): generates a
 * year of a large pool (seeded) straight into the tables, then times AwardsService.compute against
 * the bare SQL it needs and writes both to BENCHMARKS.md. Runs on a throw-away embedded PostgreSQL,
 * migrated by the real API module, and prints tables.
 *
 *   npm run bench:awards                                         (full size: several minutes)
 *   BENCH_PROVIDERS=500 BENCH_ORDERS=50000 npm run bench:awards  (a quick look)
 *
 * The data (batched `unnest` INSERTs; while loading, the two big tables' secondary indexes are dropped
 * and fsync / full-page writes / synchronous commit are off; all back, VACUUM ANALYZE and a CHECKPOINT
 * before anything is timed, on the server's default settings):
 * - BENCH_PROVIDERS (default 5000) providers, nearly all approved members with their pool history in
 *   provider_membership (draft, submitted, approved), most admitted before the year, some in its
 *   first half, 5% after 30 Jun (ineligible), 1% suspended for a while in the year, 0.5% suspended now;
 * - BENCH_ENTERPRISES (default 20000) enterprises, each with its own USCC, legal representative and
 *   phone, except one related pair per 200 providers (same phone, representative or USCC, written
 *   differently) whose orders and ratings the awards must drop;
 * - BENCH_ORDERS (default 1000000) orders completed in BENCH_YEAR (default 2025, Asia/Shanghai),
 *   in completion order (as a table fills), providers drawn Zipf-like (a few with tens of thousands
 *   of orders, a long tail, 5% nearly idle), a third of orders from an enterprise the provider has
 *   served before, 8% below the 1,000 CNY minimum; plus BENCH_OTHER_ORDERS (default 100000) that
 *   must not count: completed the year before, or not completed;
 * - ratings of a BENCH_RATED share (default 0.6) of completed orders, 2.5% hidden, scores drawn
 *   around a quality per provider and a strictness per enterprise; an enterprise often rates
 *   several orders of one provider (one vote, their mean);
 * - a few redemption claims rejected as fraud in the year (ineligible), as correctable, or the year before.
 * Listings are not stored (orders and ratings name listing ids; nothing the awards read needs them).
 *
 * Then: a round is created; one compute as a warm-up (its gathering SQL caught from TypeORM's logger),
 * then BENCH_RUNS (default 3) computes, timed in total, per step (onProgress: gathering, computing,
 * storing), per fact call (the services' instances wrapped) and per statement of the storing
 * transaction; each followed by the caught statements run bare in one REPEATABLE READ read-only
 * transaction (the ratio's denominator); the pure parts (relatedPairs, assembleFacts, computeRound,
 * inputHash) timed alone on the gathered facts; every gathering statement under EXPLAIN (ANALYZE,
 * BUFFERS), the two big ones also with a larger work_mem. No library code is changed.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AwardComputeProgress, AwardsService, computeRound, defaultConfig, relatedPairs } from '@app/awards';
import { ensureDatabaseExists, startEmbeddedPostgres } from '@app/database';
import { EnterprisesService } from '@app/enterprises';
import { OrderFactsService } from '@app/orders';
import { ProvidersService, shanghaiYear } from '@app/providers';
import { RatingsService } from '@app/ratings';
import { type AuditActor, loadConfig, withConfig } from '@app/shared';
import { RedemptionService } from '@app/vouchers';
import { createApiApp } from '../apps/api/src/app.setup.js';
// The pure middle of AwardsService.compute, timed alone (not part of the library's public surface).
import { type AwardInputs, assembleFacts, inputHash, withOutcomes } from '../libs/awards/src/awards.snapshot.js';
import { seeded } from './listing-generator.js';

const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 5_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const OTHER_ORDERS = Number(process.env.BENCH_OTHER_ORDERS ?? 100_000);
const RATED = Number(process.env.BENCH_RATED ?? 0.6);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const YEAR = Number(process.env.BENCH_YEAR ?? 2025);
const BATCH = 10_000;
const HIDDEN = 0.025;
const BELOW_MINIMUM = 0.08;
const REPEAT_CUSTOMER = 0.35;
const TARGET_MS = 10_000;
const TARGET_RATIO = 1.5;
/** work_mem of the second EXPLAIN of the two big statements (the server's default is 4MB). */
const ROOMY_WORK_MEM = '64MB';
const DAY = 86_400_000;
/** Who creates and computes the round: the system (no user rows are generated; the audit takes null ids). */
const ACTOR: AuditActor = { userId: null, orgId: null };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;
const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');
/** Deterministic ids: a kind of row (one hex digit) and a counter. */
const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16)}00-${n.toString(16).padStart(12, '0')}`;
const iso = (t: number) => new Date(t).toISOString();
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

const CATEGORIES: Record<string, string> = {
  tech_innovation: '研发项目申报辅导',
  ip: '发明专利申请代理',
  digital: '数字化转型诊断',
  energy_carbon: '碳排放核算与节能诊断',
  finance: '股权融资对接',
  market: '市场拓展与渠道对接',
  consulting: '精益管理咨询',
  industry_matching: '产业链供需对接',
  testing: '产品检验检测',
  talent: '专精特新人才培训',
  legal_tax: '法律与财税合规服务',
};
const CATEGORY_CODES = Object.keys(CATEGORIES);
const OUTCOMES: Record<string, (r: () => number) => object> = {
  ip: (r) => ({ patentsFiled: 1 + Math.floor(r() * 5), patentsGranted: Math.floor(r() * 3), trademarks: 0 }),
  digital: (r) => ({ maturityBefore: 1 + Math.floor(r() * 2), maturityAfter: 3 + Math.floor(r() * 3) }),
  energy_carbon: (r) => ({ energySavedTce: Math.round(r() * 500), co2SavedT: Math.round(r() * 1300) }),
  finance: (r) => ({ financingRaisedFen: (1 + Math.floor(r() * 500)) * 1_000_000 }),
  market: (r) => ({ newContracts: Math.floor(r() * 20), newCustomers: Math.floor(r() * 50) }),
};
const UNFINISHED = [
  'requested',
  'quoted',
  'confirmed',
  'in_progress',
  'delivered',
  'disputed',
  'cancelled',
  'declined',
];
const COMMENTS = [
  '服务专业，响应及时。',
  '材料准备充分，流程清楚。',
  '效果一般，沟通还需加强。',
  '非常满意，会继续合作。',
];

interface GeneratedProvider {
  n: number;
  id: string;
  category: string;
  admittedAt: number;
  createdAt: number;
  submittedAt: number;
  /** 'in-year': suspended for a while in the year; 'now': suspended since a day in the year. */
  suspended: null | 'in-year' | 'now';
  suspendedAt: number;
  quality: number;
  effectiveness: number;
  listings: number;
}

interface Counts {
  providers: number;
  membershipRows: number;
  enterprises: number;
  relatedPairs: number;
  ordersCompletedInYear: number;
  ordersBelowMinimum: number;
  ordersCompletedYearBefore: number;
  ordersNotCompleted: number;
  ratings: number;
  hiddenRatings: number;
  claims: number;
  fraudProviders: number;
}

/**
 * Inserts rows given as columns through one `INSERT … SELECT … FROM unnest(…)` per batch. A column's
 * optional third entry casts what unnest gives (an array column goes in as its literal: unnest flattens 2-D arrays).
 */
async function insertColumns(
  dataSource: DataSource,
  table: string,
  columns: Array<[name: string, type: string, cast?: string]>,
  values: unknown[][],
): Promise<void> {
  const list = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const names = columns.map((_, i) => `c${i}`);
  const select = columns.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(', ');
  await dataSource.query(
    `INSERT INTO "${table}" (${list}) SELECT ${select} FROM unnest(${arrays}) AS u(${names.join(', ')})`,
    values,
  );
}

/** A weighted draw over indexes 0..n-1 (cumulative weights, binary search). */
function sampler(weights: Float64Array, random: () => number): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cumulative[i] = total += weights[i];
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Secondary (non-constraint) indexes of `tables`, dropped for the load; the returned function recreates them. */
async function withoutSecondaryIndexes(dataSource: DataSource, tables: string[]): Promise<() => Promise<void>> {
  const indexes: Array<{ name: string; definition: string }> = await dataSource.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const index of indexes) await dataSource.query(`DROP INDEX ${index.name}`);
  return async () => {
    for (const index of indexes) await dataSource.query(index.definition);
  };
}

async function generate(dataSource: DataSource): Promise<Counts> {
  const random = seeded(20251231);
  const { start: yearStart, end: yearEnd } = shanghaiYear(YEAR);
  const [y0, y1] = [yearStart.getTime(), yearEnd.getTime()];
  const june30 = new Date(`${YEAR}-07-01T00:00:00+08:00`).getTime() - 1;
  const counts: Counts = {
    providers: PROVIDERS,
    membershipRows: 0,
    enterprises: ENTERPRISES,
    relatedPairs: 0,
    ordersCompletedInYear: 0,
    ordersBelowMinimum: 0,
    ordersCompletedYearBefore: 0,
    ordersNotCompleted: 0,
    ratings: 0,
    hiddenRatings: 0,
    claims: 0,
    fraudProviders: 0,
  };

  // Providers and their pool history.
  const providers: GeneratedProvider[] = [];
  for (let n = 1; n <= PROVIDERS; n++) {
    const r = random();
    const admittedAt =
      r < 0.85
        ? y0 - Math.floor((30 + random() * 1000) * DAY) // years before
        : r < 0.95
          ? y0 + Math.floor(random() * (june30 - y0)) // in time, in the year
          : june30 + DAY + Math.floor(random() * 150 * DAY); // after 30 Jun: ineligible
    const submittedAt = admittedAt - Math.floor((1 + random() * 20) * DAY);
    const s = random();
    const suspended = s < 0.01 ? 'in-year' : s < 0.015 ? 'now' : null;
    providers.push({
      n,
      id: uuid(1, n),
      category: CATEGORY_CODES[n % CATEGORY_CODES.length],
      admittedAt,
      submittedAt,
      createdAt: submittedAt - Math.floor((1 + random() * 40) * DAY),
      suspended,
      suspendedAt: Math.max(admittedAt, y0) + Math.floor(random() * 0.9 * (y1 - Math.max(admittedAt, y0))),
      quality: 3.2 + random() * 1.6,
      effectiveness: 3 + random() * 1.8,
      listings: 1 + Math.floor(random() * 4),
    });
  }
  const providerPhone = (p: GeneratedProvider) => `139${pad(p.n, 8)}`;
  const providerUscc = (p: GeneratedProvider) => `91330200P${pad(p.n, 9)}`;
  const providerRepresentative = (p: GeneratedProvider) => `服务法人${p.n}号`;
  const membership: Array<[string, string, number, number | null]> = [];
  for (const p of providers) {
    membership.push([p.id, 'draft', p.createdAt, p.submittedAt], [p.id, 'submitted', p.submittedAt, p.admittedAt]);
    if (p.suspended === null) membership.push([p.id, 'approved', p.admittedAt, null]);
    else {
      const lifted = p.suspended === 'in-year' ? p.suspendedAt + Math.floor((7 + random() * 30) * DAY) : null;
      membership.push([p.id, 'approved', p.admittedAt, p.suspendedAt], [p.id, 'suspended', p.suspendedAt, lifted]);
      if (lifted !== null) membership.push([p.id, 'approved', lifted, null]);
    }
  }
  counts.membershipRows = membership.length;
  for (let i = 0; i < providers.length; i += BATCH) {
    const batch = providers.slice(i, i + BATCH);
    await insertColumns(
      dataSource,
      'provider',
      [
        ['id', 'uuid'],
        ['name', 'varchar'],
        ['uscc', 'varchar'],
        ['region_code', 'varchar'],
        ['status', 'varchar'],
        ['legal_representative', 'varchar'],
        ['contact_name', 'varchar'],
        ['contact_phone', 'varchar'],
        ['categories', 'text', 'text[]'],
        ['submitted_at', 'timestamptz'],
        ['admitted_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
      ],
      [
        batch.map((p) => p.id),
        batch.map((p) => `宁波基准${CATEGORIES[p.category].slice(0, 4)}服务有限公司${p.n}`),
        batch.map(providerUscc),
        batch.map(() => '330200'),
        batch.map((p) => (p.suspended === 'now' ? 'suspended' : 'approved')),
        batch.map(providerRepresentative),
        batch.map((p) => `联系人${p.n}`),
        batch.map(providerPhone),
        batch.map((p) => `{${p.category}}`),
        batch.map((p) => iso(p.submittedAt)),
        batch.map((p) => iso(p.admittedAt)),
        batch.map((p) => iso(p.createdAt)),
      ],
    );
  }
  for (let i = 0; i < membership.length; i += BATCH) {
    const batch = membership.slice(i, i + BATCH);
    await insertColumns(
      dataSource,
      'provider_membership',
      [
        ['id', 'uuid'],
        ['provider_id', 'uuid'],
        ['status', 'varchar'],
        ['from_at', 'timestamptz'],
        ['to_at', 'timestamptz'],
      ],
      [
        batch.map((_, j) => uuid(6, i + j + 1)),
        batch.map((m) => m[0]),
        batch.map((m) => m[1]),
        batch.map((m) => iso(m[2])),
        batch.map((m) => (m[3] === null ? null : iso(m[3]))),
      ],
    );
  }

  // Related pairs: an enterprise that shares a phone, a representative or a USCC with a provider.
  const relatedCount = Math.max(1, Math.floor(PROVIDERS / 200));
  const related: Array<{ provider: GeneratedProvider; enterprise: number }> = [];
  const relatedEnterprise = new Map<number, { provider: GeneratedProvider; by: number }>();
  const established = providers.filter((p) => p.admittedAt < y0 && p.suspended === null);
  while (related.length < relatedCount && related.length < established.length) {
    const provider = established[Math.floor(random() * established.length)];
    const enterprise = 1 + Math.floor(random() * ENTERPRISES);
    if (relatedEnterprise.has(enterprise) || related.some((r) => r.provider === provider)) continue;
    relatedEnterprise.set(enterprise, { provider, by: related.length % 3 });
    related.push({ provider, enterprise });
  }
  counts.relatedPairs = related.length;
  const strictness = new Float64Array(ENTERPRISES + 1);
  for (let e0 = 1; e0 <= ENTERPRISES; e0 += BATCH) {
    const ns = Array.from({ length: Math.min(BATCH, ENTERPRISES - e0 + 1) }, (_, j) => e0 + j);
    for (const n of ns) strictness[n] = (random() - 0.5) * 0.8;
    const field = (n: number, by: number, own: string, shared: (p: GeneratedProvider) => string) => {
      const r = relatedEnterprise.get(n);
      return r && r.by === by ? shared(r.provider) : own;
    };
    await insertColumns(
      dataSource,
      'enterprise',
      [
        ['id', 'uuid'],
        ['name', 'varchar'],
        ['uscc', 'varchar'],
        ['region_code', 'varchar'],
        ['legal_representative', 'varchar'],
        ['contact_phone', 'varchar'],
        ['industry', 'varchar'],
        ['employee_count', 'int'],
      ],
      [
        ns.map((n) => uuid(2, n)),
        ns.map((n) => `宁波基准制造企业${n}`),
        ns.map((n) => field(n, 2, `91330200E${pad(n, 9)}`, (p) => providerUscc(p).toLowerCase())),
        ns.map(() => '330200'),
        ns.map((n) => field(n, 1, `企业法人${n}号`, (p) => ` ${providerRepresentative(p)} `)),
        ns.map((n) =>
          field(
            n,
            0,
            `0574-8${pad(n, 7)}`,
            (p) => `+86 ${providerPhone(p).replace(/(\d{3})(\d{4})(\d{4})/, '$1-$2-$3')}`,
          ),
        ),
        ns.map((n) => ['汽车零部件', '新材料', '智能装备', '电子信息', '生物医药'][n % 5]),
        ns.map((n) => 20 + ((n * 37) % 900)),
      ],
    );
  }

  // Orders and their ratings, in completion order: the year before, then the year (with unfinished ones).
  const providerWeights = new Float64Array(PROVIDERS);
  const ranks = providers.map((_, i) => i);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
  }
  for (let i = 0; i < PROVIDERS; i++) providerWeights[ranks[i]] = (1 / (i + 5)) * (random() < 0.05 ? 0.1 : 1);
  const enterpriseWeights = new Float64Array(ENTERPRISES);
  for (let i = 0; i < ENTERPRISES; i++) enterpriseWeights[i] = 1 / Math.pow(i + 30, 0.8);
  const drawProvider = sampler(providerWeights, random);
  const drawEnterprise = sampler(enterpriseWeights, random);
  const customers: number[][] = providers.map(() => []);
  const firstOrder = new Map<number, { id: string; enterprise: number; price: number; at: number }>();

  const orderColumns: Array<[string, string]> = [
    ['id', 'uuid'],
    ['enterprise_id', 'uuid'],
    ['provider_id', 'uuid'],
    ['listing_id', 'uuid'],
    ['listing_title', 'varchar'],
    ['category', 'varchar'],
    ['price_model', 'varchar'],
    ['listed_price_fen', 'bigint'],
    ['requirement', 'varchar'],
    ['status', 'varchar'],
    ['quoted_price_fen', 'bigint'],
    ['quoted_at', 'timestamptz'],
    ['agreed_price_fen', 'bigint'],
    ['copay_fen', 'bigint'],
    ['confirmed_at', 'timestamptz'],
    ['delivery_summary', 'varchar'],
    ['completed_at', 'timestamptz'],
    ['accepted_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ];
  const ratingColumns: Array<[string, string]> = [
    ['id', 'uuid'],
    ['order_id', 'uuid'],
    ['enterprise_id', 'uuid'],
    ['provider_id', 'uuid'],
    ['listing_id', 'uuid'],
    ['category', 'varchar'],
    ['order_completed_at', 'timestamptz'],
    ['order_price_fen', 'bigint'],
    ['overall', 'smallint'],
    ['professionalism', 'smallint'],
    ['timeliness', 'smallint'],
    ['effectiveness', 'smallint'],
    ['value', 'smallint'],
    ['comment', 'varchar'],
    ['outcomes', 'jsonb'],
    ['reply', 'varchar'],
    ['replied_at', 'timestamptz'],
    ['replied_by', 'uuid'],
    ['hidden', 'boolean'],
    ['hidden_reason', 'varchar'],
    ['hidden_by', 'uuid'],
    ['hidden_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ];
  let orderRows: unknown[][] = orderColumns.map(() => []);
  let ratingRows: unknown[][] = ratingColumns.map(() => []);
  let orderN = 0;
  let ratingN = 0;
  const flush = async (force: boolean) => {
    if (orderRows[0].length >= BATCH || (force && orderRows[0].length > 0)) {
      await insertColumns(dataSource, 'service_order', orderColumns, orderRows);
      orderRows = orderColumns.map(() => []);
    }
    if (ratingRows[0].length >= BATCH || (force && ratingRows[0].length > 0)) {
      await insertColumns(dataSource, 'rating', ratingColumns, ratingRows);
      ratingRows = ratingColumns.map(() => []);
    }
  };
  const bureauUser = uuid(9, 1);

  /** One order of `p` by enterprise `e` (1-based), completed at `completedAt` or left in `status`. */
  const order = (p: GeneratedProvider, e: number, at: number, status: string) => {
    const id = uuid(3, ++orderN);
    const completed = status === 'completed';
    const price =
      random() < BELOW_MINIMUM
        ? (50 + Math.floor(random() * 950)) * 100 // 50.00 .. 999.00 CNY
        : (1_000 + Math.floor(random() * 49_000)) * 100; // 1,000 .. 49,999 CNY
    const model = random() < 0.7 ? 'fixed' : random() < 0.67 ? 'quote' : 'from';
    const confirmedAt = at - Math.floor((2 + random() * 60) * DAY);
    const createdAt = confirmedAt - Math.floor(random() * 7 * DAY);
    const agreed = status === 'requested' || status === 'quoted' || status === 'declined' ? null : price;
    const listing = uuid(5, p.n * 8 + Math.floor(random() * p.listings));
    const values = [
      id,
      uuid(2, e),
      p.id,
      listing,
      CATEGORIES[p.category],
      p.category,
      model,
      model === 'quote' ? null : model === 'from' ? Math.floor(price * 0.8) : price,
      `我司需要${CATEGORIES[p.category]}，希望在两个月内完成，请联系确认细节。`,
      status,
      model === 'fixed' || status === 'requested' ? null : price,
      model === 'fixed' || status === 'requested' ? null : iso(confirmedAt - DAY),
      agreed,
      agreed,
      agreed === null ? null : iso(confirmedAt),
      completed || status === 'delivered' || status === 'disputed' ? '已按合同交付服务报告及相关材料。' : null,
      completed ? iso(at) : null,
      completed ? uuid(10, e) : null,
      iso(createdAt),
      iso(completed ? at : confirmedAt),
    ];
    for (let c = 0; c < values.length; c++) orderRows[c].push(values[c]);
    if (!firstOrder.has(p.n) && completed && agreed !== null) firstOrder.set(p.n, { id, enterprise: e, price, at });
    if (completed && random() < RATED) {
      const noise = () => (random() + random() + random() - 1.5) * 1.2;
      const bias = strictness[e];
      const hidden = random() < HIDDEN;
      const ratedAt = at + Math.floor(random() * 30 * DAY);
      const replied = random() < 0.1;
      const outcome = OUTCOMES[p.category] && random() < 0.3 ? JSON.stringify(OUTCOMES[p.category](random)) : null;
      const rating = [
        uuid(4, ++ratingN),
        id,
        uuid(2, e),
        p.id,
        listing,
        p.category,
        iso(at),
        price,
        clamp(p.quality + bias + noise()),
        clamp(p.quality + noise()),
        clamp(p.quality + noise()),
        clamp(p.effectiveness + bias + noise()),
        clamp(p.quality + noise()),
        random() < 0.5 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : null,
        outcome,
        replied ? '感谢您的评价，我们会持续改进。' : null,
        replied ? iso(ratedAt + DAY) : null,
        replied ? uuid(11, p.n) : null,
        hidden,
        hidden ? '评价内容与事实不符' : null,
        hidden ? bureauUser : null,
        hidden ? iso(ratedAt + 2 * DAY) : null,
        iso(ratedAt),
        iso(hidden ? ratedAt + 2 * DAY : ratedAt),
      ];
      for (let c = 0; c < rating.length; c++) ratingRows[c].push(rating[c]);
      counts.ratings++;
      if (hidden) counts.hiddenRatings++;
    }
    return price;
  };
  /** A provider admitted by `at` (orders are placed with members only) and a customer of it. */
  const parties = (at: number): [GeneratedProvider, number] => {
    let p = providers[drawProvider()];
    while (p.admittedAt > at - 70 * DAY) p = providers[drawProvider()];
    const mine = customers[p.n - 1];
    const e =
      mine.length > 0 && random() < REPEAT_CUSTOMER ? mine[Math.floor(random() * mine.length)] : 1 + drawEnterprise();
    mine.push(e);
    return [p, e];
  };

  const before = Math.round(OTHER_ORDERS * 0.6);
  const unfinished = OTHER_ORDERS - before;
  const yearBefore = shanghaiYear(YEAR - 1).start.getTime();
  for (let i = 0; i < before; i++) {
    const at = yearBefore + Math.floor(((i + random()) / before) * (y0 - yearBefore));
    const [p, e] = parties(at);
    order(p, e, at, 'completed');
    counts.ordersCompletedYearBefore++;
    await flush(false);
  }
  // The related pairs: three qualifying orders each, at the start of the year.
  for (const { provider, enterprise } of related) {
    for (let k = 0; k < 3; k++) {
      order(provider, enterprise, y0 + DAY + k * DAY, 'completed');
      customers[provider.n - 1].push(enterprise);
    }
  }
  const inYear = ORDERS - related.length * 3;
  counts.ordersCompletedInYear = ORDERS;
  let leftUnfinished = unfinished;
  for (let i = 0; i < inYear + unfinished; i++) {
    const at = y0 + Math.floor(((i + random()) / (inYear + unfinished)) * (y1 - y0));
    const [p, e] = parties(at);
    if (random() < leftUnfinished / (inYear + unfinished - i)) {
      leftUnfinished--;
      order(p, e, at, UNFINISHED[Math.floor(random() * UNFINISHED.length)]);
      counts.ordersNotCompleted++;
    } else if (order(p, e, at, 'completed') < 100_000) counts.ordersBelowMinimum++;
    await flush(false);
  }
  await flush(true);

  // Redemption claims: rejected as fraud in the year (ineligible), correctable, or as fraud the year before.
  const claimants = [...firstOrder.entries()].sort(([a], [b]) => a - b).filter((_, i) => i % 97 === 3);
  const claims = claimants.slice(0, 30).map(([n, o], i) => {
    const kind = i % 3; // 0 fraud in the year, 1 correctable in the year, 2 fraud the year before
    const decided = kind === 2 ? y0 - 40 * DAY : Math.max(o.at, y0) + 20 * DAY;
    if (kind === 0) counts.fraudProviders++;
    return [
      uuid(7, i + 1),
      o.id,
      uuid(1, n),
      uuid(2, o.enterprise),
      uuid(8, i + 1),
      uuid(8, 0),
      Math.floor(o.price / 2),
      `INV${YEAR}${pad(i + 1, 8)}`,
      o.price,
      `HT-${YEAR}-${pad(i + 1, 6)}`,
      '服务已完成，报告见附件。',
      'rejected',
      kind === 1 ? '发票信息有误，请更正后重新提交' : '发票与合同不符，认定为虚假申报',
      kind !== 1,
      bureauUser,
      iso(decided),
      iso(decided - 10 * DAY),
    ];
  });
  counts.claims = claims.length;
  if (claims.length > 0)
    await insertColumns(
      dataSource,
      'redemption_claim',
      [
        ['id', 'uuid'],
        ['order_id', 'uuid'],
        ['provider_id', 'uuid'],
        ['enterprise_id', 'uuid'],
        ['voucher_id', 'uuid'],
        ['program_id', 'uuid'],
        ['amount_fen', 'bigint'],
        ['invoice_no', 'varchar'],
        ['invoice_amount_fen', 'bigint'],
        ['contract_no', 'varchar'],
        ['report_summary', 'varchar'],
        ['status', 'varchar'],
        ['reason', 'varchar'],
        ['final', 'boolean'],
        ['decided_by', 'uuid'],
        ['decided_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
      ],
      claims[0].map((_, c) => claims.map((row) => row[c])),
    );
  return counts;
}

interface PlanNode {
  'Node Type': string;
  Strategy?: string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  'Temp Read Blocks'?: number;
  'Temp Written Blocks'?: number;
  'Sort Method'?: string;
  'Sort Space Type'?: string;
  'Sort Space Used'?: number;
  'Disk Usage'?: number;
  'HashAgg Batches'?: number;
  'Workers Launched'?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(node);
  for (const child of node.Plans ?? []) walk(child, out);
  return out;
}

interface Statement {
  label: string;
  sql: string;
  parameters: unknown[];
}

/** What each gathering statement is, by the table it reads. */
function labelOf(sql: string): string {
  if (/FROM service_order/i.test(sql)) return 'OrderFactsService.awardOrderPairs';
  if (/FROM rating\b/i.test(sql)) return 'RatingsService.awardVotes';
  if (/FROM provider_membership/i.test(sql)) return 'ProvidersService.membershipFacts';
  if (/FROM redemption_claim/i.test(sql)) return 'RedemptionService.fraudRejectedProviders';
  if (/FROM "enterprise"/i.test(sql)) return 'EnterprisesService.contacts';
  if (/FROM "provider"/i.test(sql)) return 'ProvidersService.contacts';
  return sql.replace(/\s+/g, ' ').slice(0, 60);
}

/** The statement shortened for a table: long IN lists counted, not shown. */
function shortSql(s: Statement): string {
  const text = s.sql
    .replace(/\s+/g, ' ')
    .replace(/IN \((\$\d+(, )?)+\)/g, `IN ($1 … $${s.parameters.length})`)
    .trim();
  return text.length > 110 ? `${text.slice(0, 107)}...` : text;
}

/** The statement under EXPLAIN (ANALYZE, BUFFERS), as JSON and as text; with `workMem`, under `SET LOCAL work_mem`. */
async function explain(dataSource: DataSource, statement: Statement, workMem?: string) {
  const { json, textRows } = await dataSource.transaction(async (em) => {
    if (workMem) await em.query(`SET LOCAL work_mem = '${workMem}'`);
    const [row] = await em.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.parameters);
    const text: Array<{ 'QUERY PLAN': string }> = await em.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
      statement.parameters,
    );
    return { json: row, textRows: text };
  });
  const plan = (json['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }>)[0];
  const nodes = walk(plan.Plan);
  const top = plan.Plan;
  const spills = nodes
    .filter((n) => n['Sort Space Type'] === 'Disk' || (n['Disk Usage'] ?? 0) > 0)
    .map((n) =>
      n['Sort Space Type'] === 'Disk'
        ? `${n['Node Type']} ${n['Sort Method']} ${count(n['Sort Space Used'] ?? 0)} kB`
        : `${n['Node Type']} ${n['HashAgg Batches'] ?? '?'} batches, ${count(n['Disk Usage'] ?? 0)} kB`,
    );
  const workers = nodes.find((n) => n['Workers Launched'] !== undefined)?.['Workers Launched'];
  return {
    label: statement.label,
    topNode: `${top['Node Type']}${top.Strategy ? ` (${top.Strategy})` : ''}, ${count(top['Actual Rows'])} rows`,
    access: [
      ...new Set(
        nodes
          .filter((n) => n['Relation Name'])
          .map((n) => `${n['Node Type']} on ${n['Relation Name']}${n['Index Name'] ? ` (${n['Index Name']})` : ''}`),
      ),
    ].join('; '),
    nodes: nodes
      .map((n) => `${n['Node Type']}${n.Strategy && n.Strategy !== 'Plain' ? ` ${n.Strategy}` : ''}`)
      .join(' > '),
    buffers: `shared hit ${count(top['Shared Hit Blocks'])}, read ${count(top['Shared Read Blocks'])}, temp read ${count(top['Temp Read Blocks'] ?? 0)} / written ${count(top['Temp Written Blocks'] ?? 0)}`,
    spills: spills.length > 0 ? spills.join('; ') : 'none',
    workers: workers ?? 0,
    executionMs: plan['Execution Time'],
    planningMs: plan['Planning Time'],
    text: textRows.map((r) => r['QUERY PLAN']).join('\n'),
  };
}

/**
 * Durability off while loading (fsync, full-page writes, synchronous commit: a crash would only lose
 * generated data), back on (the server's defaults) before anything is timed: storing a round writes.
 */
async function setDurability(dataSource: DataSource, on: boolean): Promise<void> {
  for (const name of ['fsync', 'full_page_writes', 'synchronous_commit'])
    await dataSource.query(on ? `ALTER SYSTEM RESET ${name}` : `ALTER SYSTEM SET ${name} = off`);
  await dataSource.query('SELECT pg_reload_conf()');
  for (let i = 0; i < 50; i++) {
    const [{ fsync }]: Array<{ fsync: string }> = await dataSource.query('SHOW fsync');
    if ((fsync === 'on') === on) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not take fsync = ${on ? 'on' : 'off'}`);
}

/** What a statement of the storing transaction does. */
function storingKind(sql: string): string {
  if (/^\s*(START TRANSACTION|BEGIN)/i.test(sql)) return 'begin';
  if (/^\s*COMMIT/i.test(sql)) return 'COMMIT';
  if (/FOR (NO KEY )?UPDATE/i.test(sql)) return 'lock the round (SELECT … FOR UPDATE)';
  if (/^\s*UPDATE "award_round"/i.test(sql)) return 'UPDATE award_round (status, result jsonb)';
  if (/^\s*DELETE FROM "award_round_facts"/i.test(sql)) return 'DELETE the previous snapshots';
  if (/^\s*INSERT INTO "award_round_facts"/i.test(sql)) return 'INSERT the snapshots (500 rows a statement)';
  if (/INSERT INTO "audit_event"/i.test(sql)) return 'INSERT audit_event';
  if (/^\s*SELECT/i.test(sql)) return 'read the round back';
  return sql.replace(/\s+/g, ' ').slice(0, 40);
}

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const benchStarted = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srdi-bench-awards-'));
  const server = await startEmbeddedPostgres({
    dir,
    persistent: false,
  });
  await ensureDatabaseExists(server.url, 'srdi_bench');
  const config = withConfig(
    loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: dir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    }),
    { databaseUrl: server.databaseUrl('srdi_bench') },
  );
  const app = await createApiApp(config);
  try {
    await app.init(); // runs the migrations
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const awards = app.get(AwardsService);

    // 1. The data.
    let started = performance.now();
    await setDurability(dataSource, false);
    const restoreIndexes = await withoutSecondaryIndexes(dataSource, ['service_order', 'rating']);
    let counts: Counts;
    let insertedMs = 0;
    let indexedMs = 0;
    try {
      counts = await generate(dataSource);
    } finally {
      // Also when the load failed: nothing stays dropped or switched off.
      insertedMs = performance.now() - started;
      started = performance.now();
      await restoreIndexes();
      indexedMs = performance.now() - started;
      await setDurability(dataSource, true);
    }
    started = performance.now();
    await dataSource.query(
      'VACUUM ANALYZE provider, provider_membership, enterprise, service_order, rating, redemption_claim',
    );
    await dataSource.query('CHECKPOINT'); // the load's dirty pages written before anything is timed
    const analysedMs = performance.now() - started;
    const generationMs = insertedMs + indexedMs + analysedMs;
    const sizes: Array<{ name: string; size: string }> = await dataSource.query(
      `SELECT t AS name, pg_size_pretty(pg_total_relation_size(t::regclass)) AS size
       FROM unnest(ARRAY['service_order', 'rating']) AS t`,
    );
    const sizeText = sizes.map((s) => `${s.name} ${s.size}`).join(', ');
    console.log(
      `generated and inserted (batched unnest INSERTs) in ${seconds(insertedMs)}, indexes rebuilt in ` +
        `${seconds(indexedMs)}, VACUUM ANALYZE and CHECKPOINT in ${seconds(analysedMs)}: ${seconds(generationMs)}; ${sizeText} with indexes`,
    );
    console.log(
      Object.entries(counts)
        .map(([k, v]) => `${k} ${count(v)}`)
        .join(', '),
    );

    // 2. Instruments: the fact-gathering service calls timed as compute makes them (the instances AwardsService holds).
    const calls: Array<{ label: string; ms: number; rows: number }> = [];
    let lastInputs: Partial<Record<string, unknown>> = {};
    const instrument = <T extends object, K extends keyof T & string>(target: T, key: K, label: string) => {
      const original = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target);
      (target as Record<string, unknown>)[key] = async (...args: unknown[]) => {
        const t0 = performance.now();
        const result = await original(...args);
        const size = Array.isArray(result)
          ? result.length
          : result instanceof Map || result instanceof Set
            ? result.size
            : 0;
        calls.push({ label, ms: performance.now() - t0, rows: size });
        lastInputs[label] = result;
        return result;
      };
    };
    instrument(app.get(OrderFactsService), 'awardOrderPairs', 'OrderFactsService.awardOrderPairs');
    instrument(app.get(RatingsService), 'awardVotes', 'RatingsService.awardVotes');
    instrument(app.get(ProvidersService), 'membershipFacts', 'ProvidersService.membershipFacts');
    instrument(app.get(RedemptionService), 'fraudRejectedProviders', 'RedemptionService.fraudRejectedProviders');
    instrument(app.get(EnterprisesService), 'contacts', 'EnterprisesService.contacts');
    instrument(app.get(ProvidersService), 'contacts', 'ProvidersService.contacts');

    const round = await awards.create(ACTOR, { year: YEAR, budgetFen: 300_000_000 });
    const statements: Statement[] = [];
    const timedCompute = async (catchSql: boolean) => {
      calls.length = 0;
      lastInputs = {};
      const marks: Partial<Record<AwardComputeProgress['step'], number>> = {};
      const logger = dataSource.logger;
      const original = logger.logQuery.bind(logger);
      let current: AwardComputeProgress['step'] | null = null;
      const storing: Array<{ kind: string; at: number }> = [];
      logger.logQuery = (sql, parameters, queryRunner) => {
        if (catchSql && current === 'gathering' && /^\s*(SELECT|WITH)\b/i.test(sql))
          statements.push({ label: labelOf(sql), sql, parameters: Array.isArray(parameters) ? parameters : [] });
        if (current === 'storing') storing.push({ kind: storingKind(sql), at: performance.now() });
        return original(sql, parameters, queryRunner);
      };
      const t0 = performance.now();
      let view;
      try {
        view = await awards.compute(ACTOR, round.id, (progress) => {
          marks[progress.step] = performance.now();
          current = progress.step;
        });
      } finally {
        logger.logQuery = original;
      }
      const total = performance.now() - t0;
      // Each storing statement lasts until the next one is sent (so it includes preparing the next).
      const storingByKind = new Map<string, { ms: number; statements: number }>();
      storing.forEach((entry, i) => {
        const until = i + 1 < storing.length ? storing[i + 1].at : (marks.done ?? entry.at);
        const sum = storingByKind.get(entry.kind) ?? { ms: 0, statements: 0 };
        storingByKind.set(entry.kind, { ms: sum.ms + until - entry.at, statements: sum.statements + 1 });
      });
      if (storing.length > 0)
        storingByKind.set('before the first statement', { ms: storing[0].at - (marks.storing ?? 0), statements: 0 });
      const gatherSql = calls.reduce((s, c) => s + c.ms, 0);
      return {
        view,
        total,
        steps: {
          load: (marks.gathering ?? t0) - t0,
          gathering: (marks.computing ?? 0) - (marks.gathering ?? 0),
          gatherCalls: gatherSql,
          assemble: (marks.computing ?? 0) - (marks.gathering ?? 0) - gatherSql,
          computing: (marks.storing ?? 0) - (marks.computing ?? 0),
          storing: (marks.done ?? 0) - (marks.storing ?? 0),
          after: t0 + total - (marks.done ?? 0),
        },
        calls: [...calls],
        storingByKind,
      };
    };

    /** The caught gathering statements, one after another in one REPEATABLE READ read-only transaction. */
    const bareRun = async () => {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction('REPEATABLE READ');
        await runner.query('SET TRANSACTION READ ONLY');
        const each: number[] = [];
        const rows: number[] = [];
        for (const s of statements) {
          const t0 = performance.now();
          const out: unknown[] = await runner.query(s.sql, s.parameters);
          each.push(performance.now() - t0);
          rows.push(out.length);
        }
        await runner.commitTransaction();
        return { total: each.reduce((a, b) => a + b, 0), each, rows };
      } finally {
        await runner.release();
      }
    };

    // 3. A warm-up compute (its SQL caught) and bare run, then RUNS of each, taking turns (the same machine load).
    const warm = await timedCompute(true);
    const warmBare = await bareRun();
    console.log(
      `warm-up: compute ${ms(warm.total)}, bare SQL ${ms(warmBare.total)} (${statements.length} gathering statements caught)`,
    );
    const runs: Array<Awaited<ReturnType<typeof timedCompute>>> = [];
    const bareRuns: Array<Awaited<ReturnType<typeof bareRun>>> = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await timedCompute(false);
      const bare = await bareRun();
      console.log(`run ${i + 1}/${RUNS}: compute ${ms(run.total)}, bare SQL ${ms(bare.total)}`);
      runs.push(run);
      bareRuns.push(bare);
    }
    const computeMedian = median(runs.map((r) => r.total));
    const step = (k: keyof (typeof runs)[number]['steps']) => median(runs.map((r) => r.steps[k]));
    const callMedian = (label: string) => median(runs.map((r) => r.calls.find((c) => c.label === label)?.ms ?? 0));
    const result = runs[runs.length - 1].view;
    const [facts] = await dataSource.query(
      `SELECT count(*)::int AS rows, sum(pg_column_size(facts))::bigint AS stored, sum(octet_length(facts::text))::bigint AS text,
              (SELECT pg_column_size(result) FROM award_round WHERE id = $1) AS result
       FROM award_round_facts WHERE round_id = $1`,
      [round.id],
    );
    const [summary] = await dataSource.query(
      `SELECT jsonb_array_length(result->'ranked')::int AS ranked, jsonb_array_length(result->'ineligible')::int AS ineligible,
              (result->>'eligibleCount')::int AS eligible, (result->>'voteCount')::int AS votes
       FROM award_round WHERE id = $1`,
      [round.id],
    );
    const [dropped] = await dataSource.query(
      `SELECT count(*)::int AS pairs FROM award_round_facts f, json_array_elements(f.facts->'relatedDropped')
       WHERE f.round_id = $1`,
      [round.id],
    );

    const bareMedian = median(bareRuns.map((r) => r.total));
    const ratio = computeMedian / bareMedian;

    // 5. The pure middle, alone, on the facts the last compute gathered.
    const inputs: AwardInputs = {
      pairs: lastInputs['OrderFactsService.awardOrderPairs'] as AwardInputs['pairs'],
      votes: lastInputs['RatingsService.awardVotes'] as AwardInputs['votes'],
      membership: lastInputs['ProvidersService.membershipFacts'] as AwardInputs['membership'],
      fraudRejected: lastInputs['RedemptionService.fraudRejectedProviders'] as AwardInputs['fraudRejected'],
      enterpriseContacts: lastInputs['EnterprisesService.contacts'] as AwardInputs['enterpriseContacts'],
      providerContacts: lastInputs['ProvidersService.contacts'] as AwardInputs['providerContacts'],
    };
    const pure: Record<'related' | 'assemble' | 'compute' | 'hash' | 'outcomes' | 'json', number[]> = {
      related: [],
      assemble: [],
      compute: [],
      hash: [],
      outcomes: [],
      json: [],
    };
    let jsonBytes = 0;
    const roundConfig = defaultConfig(); // the round was created without a configuration
    for (let i = 0; i < RUNS; i++) {
      let t0 = performance.now();
      relatedPairs([...inputs.pairs, ...inputs.votes], inputs.enterpriseContacts, inputs.providerContacts);
      pure.related.push(performance.now() - t0);
      t0 = performance.now();
      const { facts: providerFacts, snapshots } = assembleFacts(inputs);
      pure.assemble.push(performance.now() - t0);
      t0 = performance.now();
      const computed = computeRound(providerFacts, roundConfig, YEAR);
      pure.compute.push(performance.now() - t0);
      t0 = performance.now();
      inputHash(YEAR, roundConfig, snapshots);
      pure.hash.push(performance.now() - t0);
      t0 = performance.now();
      const stored = withOutcomes(snapshots, computed);
      pure.outcomes.push(performance.now() - t0);
      t0 = performance.now();
      jsonBytes = stored.reduce((s, x) => s + JSON.stringify(x).length, 0);
      pure.json.push(performance.now() - t0);
    }

    // 6. The plans.
    const plans: Array<Awaited<ReturnType<typeof explain>>> = [];
    for (const s of statements) plans.push(await explain(dataSource, s));
    const big = plans.filter((p) => /awardOrderPairs|awardVotes/.test(p.label));
    // What the two big statements would take with room to aggregate in memory (not what compute runs with).
    const roomy: Array<Awaited<ReturnType<typeof explain>>> = [];
    for (const s of statements.filter((x) => /awardOrderPairs|awardVotes/.test(x.label)))
      roomy.push(await explain(dataSource, s, ROOMY_WORK_MEM));

    const totalMs = performance.now() - benchStarted;
    const maxRss = process.resourceUsage().maxRSS / 1024;
    const met = (ok: boolean) => (ok ? 'met' : '**not met**');
    const about =
      `${count(PROVIDERS)} providers, ${count(ENTERPRISES)} enterprises, ${count(counts.ordersCompletedInYear)} orders ` +
      `completed in ${YEAR} (+${count(OTHER_ORDERS)} that do not count), ${count(counts.ratings)} ratings`;
    const targets = table(
      ['path', 'target', 'measured'],
      [
        [
          `AwardsService.compute, ${YEAR} (median of ${RUNS} after a warm-up)`,
          `<= ${seconds(TARGET_MS)}`,
          `${seconds(computeMedian)} (min ${seconds(Math.min(...runs.map((r) => r.total)))}, max ${seconds(Math.max(...runs.map((r) => r.total)))}): ${met(computeMedian <= TARGET_MS)}`,
        ],
        [
          'compute / bare aggregate SQL (the same gathering statements run directly in one REPEATABLE READ transaction, median of the sums)',
          `<= ${TARGET_RATIO} x`,
          `${seconds(computeMedian)} / ${seconds(bareMedian)} = ${ratio.toFixed(2)} x: ${met(ratio <= TARGET_RATIO)}`,
        ],
      ],
    );
    const stepsTable = table(
      ['step of compute (onProgress boundaries)', `median of ${RUNS}`, 'share'],
      [
        ['load the round', step('load')],
        ['gathering: the six fact calls (SQL + rows to objects)', step('gatherCalls')],
        ['gathering: the rest (transaction, assembleFacts)', step('assemble')],
        ['computing (computeRound, inputHash)', step('computing')],
        ['storing (result, snapshots, audit; one transaction)', step('storing')],
        ['after done (the view)', step('after')],
      ].map(([k, v]) => [k as string, ms(v as number), `${(((v as number) / computeMedian) * 100).toFixed(0)}%`]),
    );
    const pureTable = table(
      ['pure part, alone on the gathered facts', `median of ${RUNS}`],
      [
        ['assembleFacts (related parties, per-provider snapshots)', ms(median(pure.assemble))],
        ['  of which relatedPairs (contacts compared for every order pair and vote)', ms(median(pure.related))],
        ['computeRound', ms(median(pure.compute))],
        ['inputHash (canonical JSON of every snapshot, sha256)', ms(median(pure.hash))],
        ['withOutcomes', ms(median(pure.outcomes))],
        [`JSON.stringify of the stored snapshots (${(jsonBytes / 1e6).toFixed(1)} MB)`, ms(median(pure.json))],
      ],
    );
    const statementsTable = table(
      ['call', 'statement', 'rows', 'in compute (service call)', 'bare', 'EXPLAIN ANALYZE'],
      statements.map((s, i) => [
        s.label,
        `\`${shortSql(s)}\``,
        count(bareRuns[0].rows[i]),
        ms(callMedian(s.label)),
        ms(median(bareRuns.map((r) => r.each[i]))),
        ms(plans[i].executionMs),
      ]),
    );
    const dataTable = table(
      ['data', 'value'],
      [
        [
          'generation (seeded; batched unnest INSERTs without secondary indexes and durability, index rebuild, VACUUM ANALYZE, CHECKPOINT)',
          `${seconds(generationMs)} (${seconds(insertedMs)} + ${seconds(indexedMs)} + ${seconds(analysedMs)}); ${sizeText}`,
        ],
        [
          'providers / membership rows / enterprises / related pairs',
          `${count(counts.providers)} / ${count(counts.membershipRows)} / ${count(counts.enterprises)} / ${count(counts.relatedPairs)}`,
        ],
        [
          `orders completed in ${YEAR} (below 1,000 CNY) / the year before / not completed`,
          `${count(counts.ordersCompletedInYear)} (${count(counts.ordersBelowMinimum)}) / ${count(counts.ordersCompletedYearBefore)} / ${count(counts.ordersNotCompleted)}`,
        ],
        ['ratings (hidden)', `${count(counts.ratings)} (${count(counts.hiddenRatings)})`],
        [
          'claims rejected (providers rejected as fraud in the year)',
          `${count(counts.claims)} (${counts.fraudProviders})`,
        ],
        [
          'gathered: order pairs / votes / enterprise contacts',
          `${count(inputs.pairs.length)} / ${count(inputs.votes.length)} / ${count(inputs.enterpriseContacts.size)}`,
        ],
        [
          'result: participants / eligible / ineligible / related pairs dropped',
          `${count(summary.ranked + summary.ineligible)} / ${count(summary.eligible)} / ${count(summary.ineligible)} / ${count(dropped.pairs)}`,
        ],
        [
          'stored: snapshot rows, jsonb size (text size); result jsonb',
          `${count(facts.rows)}, ${(Number(facts.stored) / 1e6).toFixed(1)} MB (${(Number(facts.text) / 1e6).toFixed(1)} MB); ${(Number(facts.result) / 1e6).toFixed(1)} MB`,
        ],
        ['bench process max RSS', `${maxRss.toFixed(0)} MB`],
        ['whole bench run', seconds(totalMs)],
      ],
    );
    const planLine = (p: (typeof plans)[number]) =>
      `${p.topNode}; ${p.nodes}; ${p.access}; ${p.buffers}; spills to disk: ${p.spills}; ` +
      `parallel workers ${p.workers}; execution ${ms(p.executionMs)} (planning ${ms(p.planningMs)})`;
    const planLines = big.flatMap((p, i) => [
      `- \`${p.label}\`: ${planLine(p)}`,
      `  - the same with \`SET LOCAL work_mem = '${ROOMY_WORK_MEM}'\` (not what compute runs with): ${planLine(roomy[i])}`,
    ]);
    const storingKinds = [...new Set(runs.flatMap((r) => [...r.storingByKind.keys()]))];
    const storingTable = table(
      ['statement of the storing transaction (until the next is sent)', 'statements', `median of ${RUNS}`],
      storingKinds.map((kind) => [
        kind,
        String(runs[0].storingByKind.get(kind)?.statements ?? 0),
        ms(median(runs.map((r) => r.storingByKind.get(kind)?.ms ?? 0))),
      ]),
    );
    console.log(`\nAward compute of ${YEAR} (${about}); round ${result.status}\n${targets}`);
    console.log(
      `\n${stepsTable}\n\n${pureTable}\n\n${storingTable}\n\n${statementsTable}\n\n${dataTable}\n\n${planLines.join('\n')}`,
    );
    for (const p of [...big, ...roomy]) console.log(`\n${p.label}:\n${p.text}`);
    writeBenchmarkSection('awards', [
      '## Awards compute',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores, embedded PostgreSQL ` +
        `with default settings (shared_buffers, work_mem); ${about}, generated by \`bench/awards.bench.ts\` (seeded). ` +
        `Reproduce: \`npm run bench:awards\` (about ${Math.ceil(totalMs / 60_000)} min; \`BENCH_PROVIDERS\`, \`BENCH_ORDERS\`, ` +
        '`BENCH_RUNS`… for smaller runs, see the file).',
      '',
      targets,
      '',
      'Where the time of one compute goes:',
      '',
      stepsTable,
      '',
      pureTable,
      '',
      storingTable,
      '',
      `The gathering statements (caught from one compute), rows out, time as a service call inside compute, bare, and under \`EXPLAIN (ANALYZE, BUFFERS)\`:`,
      '',
      statementsTable,
      '',
      'The two big statements under `EXPLAIN (ANALYZE, BUFFERS)`:',
      '',
      ...planLines,
      '',
      dataTable,
    ]);
  } finally {
    await app.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
