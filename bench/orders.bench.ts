/**
 * Order benchmark (QUALITY.md "order create + confirm with a voucher hold": >= 200 a second, p99 <=
 * 250 ms), through the HTTP API of the built app in its own process, as `npm start` runs it.
 *
 *   npm run bench:orders   (BENCH_SECONDS, BENCH_RUNS, BENCH_CONNECTIONS, BENCH_ENTERPRISES,
 *                           BENCH_PROVIDERS, BENCH_BACKGROUND_ORDERS, BENCH_DATA_DIR, BENCH_PORT,
 *                           BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof"; with DATABASE_URL set, that server)
 *
 * Set-up through the API on a throw-away embedded PostgreSQL: an open voucher programme (50%
 * coverage), BENCH_PROVIDERS pool members with a quote-priced and a fixed-price voucher-eligible
 * listing each, BENCH_ENTERPRISES enterprises with a verified SRDI tier and an issued voucher each;
 * then BENCH_BACKGROUND_ORDERS completed orders of those providers (of other enterprises) written
 * straight into the table, so the indexes have the size of a city's years of orders.
 *
 * Measured, each scenario for BENCH_SECONDS with BENCH_CONNECTIONS clients in a closed loop, each
 * client one enterprise at a time (its own voucher row, as real enterprises are), listings drawn
 * at random (seeded):
 * - quote (the path QUALITY.md names: the hold is taken at confirmation): enterprise POST /orders
 *   with its voucher -> provider POST /orders/:id/quote -> enterprise POST /orders/:id/confirm
 *   with the quoted price; the confirm answer must carry voucherFen > 0;
 * - listed price (the hold is taken at creation): enterprise POST /orders with its voucher (the
 *   answer must carry voucherFen > 0) -> provider POST /orders/:id/accept.
 * Throughput counts whole sequences (orders confirmed a second); latency is per request and per
 * sequence; the API's RSS is sampled every 250 ms; after each run every programme's ledger-check
 * must be ok. Writes the median run (by throughput) of BENCH_RUNS (3) to BENCHMARKS.md.
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { resolveDatabase } from '@app/database';
import { loadConfig, withUsccCheckChar } from '@app/shared';
import { medianRun, rssSampler, startApi, stopApi } from './api-process.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { seeded } from './listing-generator.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 200);
const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 50);
const BACKGROUND_ORDERS = Number(process.env.BENCH_BACKGROUND_ORDERS ?? 1_000_000);
const PORT = Number(process.env.BENCH_PORT ?? 3901);
// Extra node options of the API process, e.g. `--cpu-prof --cpu-prof-dir=prof` to profile it.
const API_NODE_ARGS = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
const TARGET_RPS = 200;
const TARGET_P99 = 250;
const PRICE_FEN = 100_000; // 1,000 CNY: a 500 CNY hold at 50% coverage
const FACE_VALUE_FEN = 50_000_000; // room for 100,000 holds: no voucher runs dry during the runs

const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'srdi-bench-orders-'));
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  DEMO_DATA: 'false',
  LOG_LEVEL: 'warn',
  PORT: String(PORT),
  // The set-up registers its providers and enterprises from one address.
  REGISTRATIONS_PER_HOUR: '1000000',
};
const base = `http://127.0.0.1:${PORT}`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const count = (n: number) => n.toLocaleString('en-US');
const PASSWORD = 'bench-password-1';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of the API under test
type Json = any;

async function call(method: string, route: string, token?: string, body?: object): Promise<Json> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json: Json = await res.json();
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

interface Party {
  token: string;
  orgId: string;
}
interface Market {
  programId: string;
  admin: string;
  enterprises: Array<Party & { voucherId: string }>;
  providers: Array<Party & { quoteListing: string; fixedListing: string }>;
}

/** The parties, through the API as people make them. */
async function setUp(): Promise<Market> {
  const random = seeded(15);
  const uscc = () =>
    withUsccCheckChar(
      `91330212${Array.from({ length: 9 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(random() * 31)]).join('')}`,
    );
  let serial = 0;
  const register = async (orgType: 'enterprise' | 'provider'): Promise<Party> => {
    const n = ++serial;
    const answer = await call('POST', '/api/v1/auth/register', undefined, {
      email: `bench-${orgType}-${n}@example.com`,
      password: PASSWORD,
      name: orgType === 'enterprise' ? '陈静' : '王磊',
      orgType,
      org: {
        name: orgType === 'enterprise' ? `宁波压测精密制造有限公司${n}` : `宁波压测知识产权服务有限公司${n}`,
        uscc: uscc(),
        regionCode: '330212',
      },
    });
    return { token: answer.accessToken, orgId: answer.user.organisation.id };
  };
  const admin = (
    await call('POST', '/api/v1/auth/login', undefined, { email: 'admin@srdi.local', password: 'admin-dev-password' })
  ).accessToken;
  await call('POST', '/api/v1/bureau/users', admin, {
    email: 'bench-reviewer@example.com',
    password: PASSWORD,
    name: '压测审核',
    roles: ['reviewer'],
  });
  const reviewer = (
    await call('POST', '/api/v1/auth/login', undefined, { email: 'bench-reviewer@example.com', password: PASSWORD })
  ).accessToken;
  const year = new Date().getFullYear();
  const program = await call('POST', '/api/v1/voucher-programs', admin, {
    name: `${year}年度压测服务券`,
    year,
    budgetFen: ENTERPRISES * FACE_VALUE_FEN,
    coverageBp: 5000,
    maxFaceValueFen: FACE_VALUE_FEN,
    perEnterpriseYearCapFen: FACE_VALUE_FEN,
    categories: ['ip'],
    tiers: ['srdi'],
    applyFrom: `${year}-01-01`,
    applyUntil: `${year}-12-31`,
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
  });
  await call('POST', `/api/v1/voucher-programs/${program.id}/open`, admin);

  const providers: Market['providers'] = [];
  for (let i = 0; i < PROVIDERS; i++) {
    const p = await register('provider');
    await call('PATCH', '/api/v1/providers/me', p.token, {
      legalRepresentative: '王磊',
      contactName: '陈晓',
      contactPhone: '13805741234',
      address: '宁波市鄞州区天童南路588号',
      introduction: '专注专利申请与知识产权布局。',
      categories: ['ip'],
      qualifications: [],
      staffCount: 20,
    });
    await call('POST', '/api/v1/providers/me/submit', p.token);
    await call('POST', `/api/v1/providers/${p.orgId}/approve`, reviewer, {});
    const listing = async (priceModel: 'quote' | 'fixed') => {
      const body = {
        title: priceModel === 'quote' ? '专利布局方案（按需报价）' : '发明专利申请代理',
        description: '资深专利代理师提供技术交底、检索与申请文件撰写。',
        category: 'ip',
        tags: ['发明专利'],
        priceModel,
        priceFen: priceModel === 'quote' ? null : PRICE_FEN,
        unit: '件',
        deliveryDays: 30,
        regionCodes: ['330200'],
        srdiSpecial: false,
        voucherEligible: true,
      };
      const created = await call('POST', '/api/v1/listings', p.token, body);
      await call('POST', `/api/v1/listings/${created.id}/publish`, p.token);
      return created.id as string;
    };
    providers.push({ ...p, quoteListing: await listing('quote'), fixedListing: await listing('fixed') });
  }

  const enterprises: Market['enterprises'] = [];
  for (let i = 0; i < ENTERPRISES; i++) {
    const e = await register('enterprise');
    const claim = await call('POST', '/api/v1/enterprises/me/tier-claims', e.token, {
      tier: 'srdi',
      certificateNo: `ZJ-${year - 1}-${i + 1}`,
      year: year - 1,
    });
    await call('POST', `/api/v1/tier-claims/${claim.id}/verify`, reviewer, {});
    const application = await call('POST', `/api/v1/voucher-programs/${program.id}/applications`, e.token, {
      requestedFen: FACE_VALUE_FEN,
      purpose: '发明专利申请与知识产权布局',
    });
    const approved = await call('POST', `/api/v1/voucher-applications/${application.id}/approve`, reviewer, {});
    enterprises.push({ ...e, voucherId: approved.voucherId });
  }
  return { programId: program.id, admin, enterprises, providers };
}

/** Completed orders of the bench's providers by other enterprises, written straight into the table. */
async function backgroundOrders(url: string, market: Market): Promise<string> {
  if (BACKGROUND_ORDERS === 0) return 'no background orders';
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO service_order (enterprise_id, provider_id, listing_id, listing_title, category, price_model,
              listed_price_fen, requirement, status, agreed_price_fen, voucher_fen, copay_fen, confirmed_at,
              completed_at, created_at, updated_at)
       SELECT md5('bench-enterprise-' || (i % 20000))::uuid, p.id, p.listing, '发明专利申请代理', 'ip', 'fixed',
              $3, '需要申请两件发明专利', 'completed', $3, 0, $3, t, t + interval '20 days', t, t + interval '20 days'
         FROM generate_series(1, $1::int) AS i
         JOIN LATERAL (SELECT ($2::uuid[])[1 + i % array_length($2::uuid[], 1)] AS id,
                              ($4::uuid[])[1 + i % array_length($4::uuid[], 1)] AS listing) p ON true
         CROSS JOIN LATERAL (SELECT now() - interval '3 years' + (i * interval '3 years') / $1::int AS t) c`,
      [BACKGROUND_ORDERS, market.providers.map((p) => p.orgId), PRICE_FEN, market.providers.map((p) => p.fixedListing)],
    );
    await client.query('VACUUM ANALYZE service_order');
  } finally {
    await client.end();
  }
  return `${count(BACKGROUND_ORDERS)} completed background orders written in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** CPU time (user + system, ms) a process has used, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0; // a backend that has gone
  }
}

/** CPU used by the API process and by PostgreSQL's backends serving it, from now until the returned call. */
async function cpuMeter(child: ChildProcess, url: string) {
  const backends = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    await client.end();
    return rows.map((r) => r.pid);
  };
  const api = cpuMs(child.pid!);
  const before = new Map((await backends()).map((pid) => [pid, cpuMs(pid)]));
  return async () => {
    const apiMs = cpuMs(child.pid!) - api;
    let postgresMs = 0;
    for (const pid of new Set([...before.keys(), ...(await backends())]))
      postgresMs += cpuMs(pid) - (before.get(pid) ?? 0);
    return { apiMs, postgresMs };
  };
}

type Scenario = 'quote' | 'listed';
const STEPS: Record<Scenario, string[]> = { quote: ['create', 'quote', 'confirm'], listed: ['create', 'accept'] };

interface Result {
  scenario: Scenario;
  sequences: number;
  rps: number;
  errors: number;
  firstError?: string;
  latency: Record<string, Quantiles>;
  maxRss: number;
  /** CPU per order (ms): the API process, PostgreSQL's backends. */
  cpu: { apiMs: number; postgresMs: number };
}
interface Quantiles {
  p50: number;
  p95: number;
  p99: number;
}

function quantiles(xs: number[]): Quantiles {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

/** BENCH_CONNECTIONS clients, each an enterprise at a time, for BENCH_SECONDS. */
async function load(
  child: ChildProcess,
  market: Market,
  scenario: Scenario,
  run: number,
  url: string,
): Promise<Result> {
  const random = seeded(100 + run);
  const stop = rssSampler(child);
  const cpu = await cpuMeter(child, url);
  const times: Record<string, number[]> = Object.fromEntries([...STEPS[scenario], 'sequence'].map((s) => [s, []]));
  let errors = 0;
  let firstError: string | undefined;
  let sequences = 0;
  const timed = async (step: string, work: () => Promise<Json>) => {
    const t0 = performance.now();
    const answer = await work();
    times[step].push(performance.now() - t0);
    return answer;
  };
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      // Client c takes enterprises c, c + CONNECTIONS, …: no two clients share a voucher row.
      for (let i = 0; performance.now() < until; i++) {
        const enterprise = market.enterprises[(c + i * CONNECTIONS) % market.enterprises.length];
        const provider = market.providers[Math.floor(random() * market.providers.length)];
        const t0 = performance.now();
        try {
          if (scenario === 'quote') {
            const order = await timed('create', () =>
              call('POST', '/api/v1/orders', enterprise.token, {
                listingId: provider.quoteListing,
                requirement: '需要制定专利布局方案并申请两件发明专利',
                voucherId: enterprise.voucherId,
              }),
            );
            await timed('quote', () =>
              call('POST', `/api/v1/orders/${order.id}/quote`, provider.token, { priceFen: PRICE_FEN }),
            );
            const confirmed = await timed('confirm', () =>
              call('POST', `/api/v1/orders/${order.id}/confirm`, enterprise.token, { priceFen: PRICE_FEN }),
            );
            if (confirmed.status !== 'confirmed' || !(confirmed.voucherFen > 0))
              throw new Error(`confirm held nothing: ${JSON.stringify(confirmed)}`);
          } else {
            const order = await timed('create', () =>
              call('POST', '/api/v1/orders', enterprise.token, {
                listingId: provider.fixedListing,
                requirement: '需要申请两件发明专利',
                voucherId: enterprise.voucherId,
              }),
            );
            if (!(order.voucherFen > 0)) throw new Error(`create held nothing: ${JSON.stringify(order)}`);
            const accepted = await timed('accept', () =>
              call('POST', `/api/v1/orders/${order.id}/accept`, provider.token),
            );
            if (accepted.status !== 'confirmed') throw new Error(`accept: ${JSON.stringify(accepted)}`);
          }
          times.sequence.push(performance.now() - t0);
          sequences++;
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const used = await cpu();
  const latency = Object.fromEntries(Object.entries(times).map(([step, xs]) => [step, quantiles(xs)]));
  return {
    scenario,
    sequences,
    rps: sequences / elapsed,
    errors,
    firstError,
    latency,
    maxRss: stop(),
    cpu: { apiMs: used.apiMs / sequences, postgresMs: used.postgresMs / sequences },
  };
}

async function main() {
  // This process owns the embedded PostgreSQL; the API joins it as the worker would.
  const database = await resolveDatabase(loadConfig(env));
  let child = await startApi(env, base, API_NODE_ARGS);
  try {
    const setupStarted = Date.now();
    const market = await setUp();
    const setup = `set up through the API in ${((Date.now() - setupStarted) / 1000).toFixed(0)} s`;
    console.log(setup);
    const background = await backgroundOrders(database.config.databaseUrl!, market);
    console.log(background);
    // A fresh API after the bulk write, as after any restart.
    await stopApi(child);
    child = await startApi(env, base, API_NODE_ARGS);
    const runs: Array<Record<Scenario, Result>> = [];
    for (let r = 1; r <= RUNS; r++) {
      const quote = await load(child, market, 'quote', r, database.config.databaseUrl!);
      const listed = await load(child, market, 'listed', r, database.config.databaseUrl!);
      const check = await call('GET', `/api/v1/voucher-programs/${market.programId}/ledger-check`, market.admin);
      if (!check.ok) throw new Error(`ledger-check after run ${r}: ${JSON.stringify(check)}`);
      runs.push({ quote, listed });
      for (const x of [quote, listed])
        console.log(
          `run ${r}/${RUNS} ${x.scenario}: ${x.rps.toFixed(0)} orders/s, ${x.errors} errors${x.firstError ? ` (${x.firstError})` : ''}; ` +
            Object.entries(x.latency)
              .map(([step, q]) => `${step} p50 ${ms(q.p50)} p99 ${ms(q.p99)}`)
              .join(', ') +
            `; CPU per order: API ${ms(x.cpu.apiMs)}, PostgreSQL ${ms(x.cpu.postgresMs)}; max RSS ${x.maxRss.toFixed(0)} MB`,
        );
      console.log(`run ${r}/${RUNS}: ledger-check ok`);
    }
    writeReport({ setup, background, runs });
  } finally {
    await stopApi(child);
    await database.stop();
    if (!process.env.BENCH_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
  }
}

function writeReport(r: { setup: string; background: string; runs: Array<Record<Scenario, Result>> }) {
  const row = (label: string, x: Result) => {
    const slowest = Math.max(...STEPS[x.scenario].map((s) => x.latency[s].p99));
    return (
      `| ${label} | >= ${TARGET_RPS}/s, p99 <= ${TARGET_P99} ms | **${x.rps.toFixed(0)} orders/s**, ` +
      `slowest request p99 **${ms(slowest)}**; ${count(x.sequences)} orders, ${x.errors} errors; ` +
      STEPS[x.scenario].map((s) => `${s} p50 ${ms(x.latency[s].p50)} / p99 ${ms(x.latency[s].p99)}`).join(', ') +
      `; whole order p50 ${ms(x.latency.sequence.p50)} / p95 ${ms(x.latency.sequence.p95)} / p99 ${ms(x.latency.sequence.p99)}; ` +
      `CPU per order: API ${ms(x.cpu.apiMs)}, PostgreSQL ${ms(x.cpu.postgresMs)}; max RSS ${x.maxRss.toFixed(0)} MB |`
    );
  };
  const quote = medianRun(r.runs, (x) => x.quote.rps).quote;
  const listed = medianRun(r.runs, (x) => x.listed.rps).listed;
  const defaults =
    ENTERPRISES === 200 && PROVIDERS === 50 && BACKGROUND_ORDERS === 1_000_000 && CONNECTIONS === 50 && SECONDS === 30;
  writeBenchmarkSection(defaults ? 'orders' : 'orders-custom', [
    `## Orders: create + confirm with a voucher hold${defaults ? '' : ' (custom sizes)'}`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ` +
      `Node ${process.version}. The API is the built app (\`dist/\`) in its own process, run as \`npm start\` runs it, ` +
      `on the embedded PostgreSQL; ${r.setup}: ${PROVIDERS} pool members with a quote-priced and a fixed-price listing, ` +
      `${ENTERPRISES} enterprises with a verified tier and a voucher each (50% coverage); ${r.background}. ` +
      `${CONNECTIONS} clients in a closed loop for ${SECONDS} s per scenario, each client one enterprise at a time ` +
      `(no voucher row shared), listings drawn at random (seeded). An order counts once confirmed with its voucher ` +
      `part held (checked in the answer); latency per HTTP request. After each run the programme's ledger-check is ok. ` +
      `Each figure is the median run of ${r.runs.length} by throughput. Reproduce: \`npm run bench:orders\`.`,
    '',
    '| path | target | measured |',
    '|---|---|---|',
    row(
      "quote-priced (QUALITY.md's path): enterprise creates with its voucher, provider quotes, enterprise confirms the quoted price and the hold is taken",
      quote,
    ),
    row('listed price: enterprise creates with its voucher (the hold is taken), provider accepts', listed),
    `| API memory under this load (every run) | <= 300 MB RSS | max **${Math.max(...r.runs.flatMap((x) => [x.quote.maxRss, x.listed.maxRss])).toFixed(0)} MB** |`,
    '',
    // What the CPU alone allows, whatever the latency: the API is one Node thread, and all share the cores.
    ...[quote, listed].map((x) => {
      const total = x.cpu.apiMs + x.cpu.postgresMs;
      return (
        `- ${x.scenario === 'quote' ? 'quote-priced' : 'listed price'}: the API's one thread at ${ms(x.cpu.apiMs)} an order ` +
        `allows at most ${(1000 / x.cpu.apiMs).toFixed(0)} orders/s; API and PostgreSQL together at ${ms(total)} an order ` +
        `allow at most ${((os.cpus().length * 1000) / total).toFixed(0)} orders/s on ${os.cpus().length} cores (the load generator shares them).`
      );
    }),
  ]);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
