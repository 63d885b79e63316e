/**
 * Search benchmark (PostgreSQL engine): generates published listings (100,000 of 2,000 providers by
 * default), then, BENCH_RUNS times (3): each search of the mix with one client and no cache, through
 * the API and its statements directly; the statements' saturation throughput on a bare pool; the
 * API's saturation with and without the result cache; an open-loop load at a fixed offered rate
 * with a listing edit every second; RSS throughout; and how fast a change becomes searchable.
 * Writes the medians to BENCHMARKS.md.
 *
 *   npm run bench:search   (BENCH_LISTINGS, BENCH_PROVIDERS, BENCH_DATA_DIR, BENCH_SECONDS, BENCH_RUNS,
 *                           BENCH_RATE, BENCH_CONNECTIONS)
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { medianRun, rssSampler, startApi, stopApi } from './api-process.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { plainToInstance } from 'class-transformer';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { resolveDatabase } from '@app/database';
import { runSearch, SearchIndex, SearchListingsQuery, SearchService, type ListingDocument } from '@app/search';
import { loadConfig, withUsccCheckChar } from '@app/shared';
import { createApiApp } from '../apps/api/src/app.setup.js';
import { drawMix, generateListings, QUERY_MIX } from './listing-generator.js';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
// A listing edit every second during the cached run: far more than a city's providers make, and each one invalidates every cached search.
const WRITE_INTERVAL_MS = Number(process.env.BENCH_WRITE_INTERVAL_MS ?? 1000);
const OPEN_RATE = Number(process.env.BENCH_RATE ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GENERATED = '00000000-0000-4000-8000-%';

const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATA_DIR: process.env.BENCH_DATA_DIR ?? '.bench-data',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'warn',
  PORT: String(PORT),
  // The set-up registers its providers and enterprises from one address.
  REGISTRATIONS_PER_HOUR: '1000000',
};
const base = `http://127.0.0.1:${PORT}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function generate(dataSource: DataSource, index: SearchIndex): Promise<string> {
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM search_document WHERE listing_id::text LIKE $1`,
    [GENERATED],
  );
  if (n === LISTINGS) {
    // Migrations may have rewritten the table since: the planner needs current statistics.
    await dataSource.query('VACUUM ANALYZE search_document');
    return `reused ${n.toLocaleString()} generated listings`;
  }
  await dataSource.query(`DELETE FROM search_document WHERE listing_id::text LIKE $1`, [GENERATED]);
  const started = Date.now();
  let batch: ListingDocument[] = [];
  for (const doc of generateListings(LISTINGS, PROVIDERS)) {
    batch.push(doc);
    if (batch.length === 1000) {
      await dataSource.transaction((em) => index.upsert(em, batch));
      batch = [];
    }
  }
  if (batch.length) await dataSource.transaction((em) => index.upsert(em, batch));
  await dataSource.query('VACUUM ANALYZE search_document');
  return `generated ${LISTINGS.toLocaleString()} listings in ${((Date.now() - started) / 1000).toFixed(1)} s (jieba segmentation + batched upsert)`;
}

const searchPath = (qs: string) => `/api/v1/search/listings?${encodeURI(qs)}`;

/** One client, no cache: each search of the mix through the API and its statements run directly, median of 7. */
async function perQuery(dataSource: DataSource, service: SearchService) {
  const rows: Array<{ qs: string; apiMs: number; sqlMs: number; total: number; estimated: boolean }> = [];
  for (const qs of QUERY_MIX) {
    const query = await service.toQuery(
      plainToInstance(SearchListingsQuery, Object.fromEntries(new URLSearchParams(qs))),
    );
    const api: number[] = [];
    const sql: number[] = [];
    let answer = { total: 0, estimated: false };
    for (let i = 0; i < 7; i++) {
      let t0 = performance.now();
      const res = await fetch(`${base}${searchPath(qs)}`);
      if (!res.ok) throw new Error(`${qs}: ${res.status}`);
      await res.arrayBuffer();
      api.push(performance.now() - t0);
      t0 = performance.now();
      answer = await runSearch((text, params) => dataSource.query(text, params), query);
      sql.push(performance.now() - t0);
    }
    rows.push({ qs: qs || '(no query, no filter)', apiMs: median(api), sqlMs: median(sql), ...answer });
  }
  return rows;
}

/** The engine's statements run directly on a node-postgres pool by 50 callers: the limit for the API. */
async function directThroughput(
  connectionString: string,
  service: SearchService,
): Promise<{ rps: number; p95: number }> {
  const pool = new pg.Pool({ connectionString, max: 20 });
  const mix = drawMix(400);
  const queries = await Promise.all(
    mix.map((qs) => service.toQuery(plainToInstance(SearchListingsQuery, Object.fromEntries(new URLSearchParams(qs))))),
  );
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = c; Date.now() < until; i++) {
        const t0 = performance.now();
        await runSearch(async (text, params) => (await pool.query(text, params)).rows, queries[i % queries.length]);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / SECONDS, p95: latencies[Math.floor(latencies.length * 0.95)] };
}

/** Saturation: 50 connections as fast as the API answers, over the drawn mix. */
async function apiLoad(child: ChildProcess) {
  const stop = rssSampler(child);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: drawMix(400).map((qs) => ({ method: 'GET' as const, path: searchPath(qs) })),
  });
  return { result, maxRss: stop() };
}

/**
 * Open loop: searches sent at a fixed rate whatever the answers do (latency counted from when each
 * was due, so a slow answer cannot hold the next one back), with a listing edit every second.
 */
async function openLoop(child: ChildProcess, rate: number, edit: (n: number) => Promise<unknown>) {
  const stop = rssSampler(child);
  const mix = drawMix(rate * SECONDS, 7);
  const latencies: number[] = [];
  let errors = 0;
  let writes = 0;
  let loading = true;
  const writer = (async () => {
    while (loading) {
      await edit(writes++);
      await sleep(WRITE_INTERVAL_MS);
    }
  })();
  const start = performance.now() + 50;
  await Promise.all(
    mix.map(async (qs, i) => {
      const due = start + (i * 1000) / rate;
      await sleep(Math.max(0, due - performance.now()));
      const res = await fetch(`${base}${searchPath(qs)}`).catch(() => null);
      if (res?.ok) await res.arrayBuffer();
      else errors++;
      latencies.push(performance.now() - due);
    }),
  );
  loading = false;
  await writer;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { rate, sent: mix.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), errors, writes, maxRss: stop() };
}

async function freshness() {
  const call = async (method: string, path: string, token?: string, body?: object) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer of the API under test
    const json: any = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const tag = Date.now().toString(36);
  const admin = (
    await call('POST', '/api/v1/auth/login', undefined, { email: 'admin@srdi.local', password: 'admin-dev-password' })
  ).accessToken;
  const reviewerEmail = `bench-reviewer-${tag}@example.com`;
  await call('POST', '/api/v1/bureau/users', admin, {
    email: reviewerEmail,
    password: 'bench-password-1',
    name: '压测审核',
    roles: ['reviewer'],
  });
  const reviewer = (
    await call('POST', '/api/v1/auth/login', undefined, { email: reviewerEmail, password: 'bench-password-1' })
  ).accessToken;
  const uscc = () =>
    Array.from({ length: 9 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(Math.random() * 31)]).join('');
  const profile = {
    legalRepresentative: '王磊',
    contactName: '陈晓',
    contactPhone: '13805741234',
    address: '宁波市鄞州区',
    introduction: '压测用服务机构',
    categories: ['ip'],
    qualifications: [],
    staffCount: 5,
  };
  const listingBody = {
    description: '压测用服务产品',
    category: 'ip',
    priceModel: 'fixed',
    priceFen: 100000,
    unit: '件',
    deliveryDays: 10,
    regionCodes: ['330200'],
  };
  const provider = await call('POST', '/api/v1/auth/register', undefined, {
    email: `bench-provider-${tag}@example.com`,
    password: 'bench-password-1',
    name: '压测',
    orgType: 'provider',
    org: { name: `宁波压测服务有限公司${tag}`, uscc: withUsccCheckChar(`91330212${uscc()}`), regionCode: '330212' },
  });
  const token = provider.accessToken;
  await call('PATCH', '/api/v1/providers/me', token, profile);
  await call('POST', '/api/v1/providers/me/submit', token);
  await call('POST', `/api/v1/providers/${provider.user.organisation.id}/approve`, reviewer, {});
  const word = `zq${tag}`;
  const listing = await call('POST', '/api/v1/listings', token, { ...listingBody, title: `专利检索${word}` });
  const until = async (q: string, present: boolean, change: () => Promise<unknown>) => {
    const t0 = performance.now();
    await change();
    for (;;) {
      const r = await call('GET', `/api/v1/search/listings?q=${encodeURIComponent(q)}`);
      if (r.items.some((i: { id: string }) => i.id === listing.id) === present) return performance.now() - t0;
    }
  };
  const word2 = `zr${tag}`;
  const publish = await until(word, true, () => call('POST', `/api/v1/listings/${listing.id}/publish`, token));
  const editMs = await until(word2, true, () =>
    call('PATCH', `/api/v1/listings/${listing.id}`, token, { title: `商标注册${word2}` }),
  );
  // Suspension is measured on a second provider, so this listing stays for the edits during the load.
  const other = await call('POST', '/api/v1/auth/register', undefined, {
    email: `bench-provider2-${tag}@example.com`,
    password: 'bench-password-1',
    name: '压测',
    orgType: 'provider',
    org: { name: `宁波压测二号服务有限公司${tag}`, uscc: withUsccCheckChar(`91330212${uscc()}`), regionCode: '330212' },
  });
  await call('PATCH', '/api/v1/providers/me', other.accessToken, profile);
  await call('POST', '/api/v1/providers/me/submit', other.accessToken);
  await call('POST', `/api/v1/providers/${other.user.organisation.id}/approve`, reviewer, {});
  const word3 = `zs${tag}`;
  const second = await call('POST', '/api/v1/listings', other.accessToken, {
    ...listingBody,
    title: `专利检索${word3}`,
  });
  await call('POST', `/api/v1/listings/${second.id}/publish`, other.accessToken);
  const t0 = performance.now();
  await call('POST', `/api/v1/providers/${other.user.organisation.id}/suspend`, reviewer, { reason: '压测' });
  for (;;) {
    const r = await call('GET', `/api/v1/search/listings?q=${word3}`);
    if (!r.items.some((i: { id: string }) => i.id === second.id)) break;
  }
  const suspend = performance.now() - t0;
  return {
    publish,
    editMs,
    suspend,
    edit: (suffix: string) => call('PATCH', `/api/v1/listings/${listing.id}`, token, { title: `商标注册${suffix}` }),
    measureEdit: (suffix: string) =>
      until(suffix, true, () => call('PATCH', `/api/v1/listings/${listing.id}`, token, { title: `商标注册${suffix}` })),
  };
}

type Load = Awaited<ReturnType<typeof apiLoad>>;
type Open = Awaited<ReturnType<typeof openLoop>>;

async function main() {
  // This process starts the embedded PostgreSQL (and owns it), so restarting the API keeps it up.
  const database = await resolveDatabase(loadConfig(env));
  const app = await createApiApp(database.config);
  await app.init();
  let child = await startApi({ ...env, SEARCH_CACHE_SIZE: '0' }, base);
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const service = app.get(SearchService);
    const generation = await generate(dataSource, app.get(SearchIndex));
    console.log(generation);
    const fresh = await freshness();
    const runs: Run[] = [];
    for (let r = 1; r <= RUNS; r++) {
      // Cache off: one client per search, the statements directly, saturation.
      const queries = await perQuery(dataSource, service);
      const direct = await directThroughput(database.config.databaseUrl!, service);
      const uncached = await apiLoad(child);
      // Cache on (the default): saturation, then the open loop with an edit every second.
      await stopApi(child);
      child = await startApi(env, base);
      const cached = await apiLoad(child);
      const cachedOpen = await openLoop(child, OPEN_RATE, (n) => fresh.edit(`zw${r}x${n}`));
      const editCachedMs = await fresh.measureEdit(`zc${r}${Date.now().toString(36)}`);
      await stopApi(child);
      child = await startApi({ ...env, SEARCH_CACHE_SIZE: '0' }, base);
      runs.push({ queries, direct, uncached, cached, cachedOpen, editCachedMs });
      console.log(
        `run ${r}/${RUNS}: statements ${direct.rps.toFixed(0)}/s; API ${uncached.result.requests.average.toFixed(0)}/s ` +
          `without cache, ${cached.result.requests.average.toFixed(0)}/s with; open loop ${OPEN_RATE}/s p95 ${ms(cachedOpen.p95)} ` +
          `p99 ${ms(cachedOpen.p99)}; slowest one-client ${ms(Math.max(...queries.map((q) => q.apiMs)))}`,
      );
    }
    writeReport({ generation, runs, fresh });
  } finally {
    await app.close();
    await stopApi(child);
    await database.stop();
  }
}

interface Run {
  queries: Awaited<ReturnType<typeof perQuery>>;
  direct: { rps: number; p95: number };
  uncached: Load;
  cached: Load;
  cachedOpen: Open;
  editCachedMs: number;
}

const closed = (label: string, l: Load) =>
  `| ${label} | | p50 ${l.result.latency.p50} ms, p97.5 ${l.result.latency.p97_5} ms, p99 ${l.result.latency.p99} ms; ` +
  `**${l.result.requests.average.toFixed(0)} searches/s**; ${l.result.non2xx} non-2xx, ${l.result.errors} errors; max RSS ${l.maxRss.toFixed(0)} MB |`;
const open = (label: string, o: Open) =>
  `| ${label} | p95 <= 50 ms, p99 <= 150 ms, 0 errors | p50 ${ms(o.p50)}, **p95 ${ms(o.p95)}, p99 ${ms(o.p99)}**; ${o.sent} sent, ` +
  `${o.errors} errors; ${o.writes} listing edits; max RSS ${o.maxRss.toFixed(0)} MB |`;

function writeReport(r: { generation: string; runs: Run[]; fresh: Awaited<ReturnType<typeof freshness>> }) {
  const rps = (l: Load) => l.result.requests.average;
  const direct = medianRun(r.runs, (x) => x.direct.rps).direct;
  const uncached = medianRun(r.runs, (x) => rps(x.uncached)).uncached;
  const cached = medianRun(r.runs, (x) => rps(x.cached)).cached;
  const cachedOpen = medianRun(r.runs, (x) => x.cachedOpen.p95).cachedOpen;
  const editCached = median(r.runs.map((x) => x.editCachedMs));
  const maxRss = Math.max(...r.runs.flatMap((x) => [x.uncached.maxRss, x.cached.maxRss, x.cachedOpen.maxRss]));
  const queries = r.runs[0].queries.map((q, i) => ({
    ...q,
    apiMs: median(r.runs.map((x) => x.queries[i].apiMs)),
    sqlMs: median(r.runs.map((x) => x.queries[i].sqlMs)),
  }));
  const worst = queries.reduce((a, b) => (b.apiMs > a.apiMs ? b : a));
  const name = LISTINGS === 100_000 ? 'search' : `search-${LISTINGS}`;
  const lines = [
    `## Search (PostgreSQL engine), ${LISTINGS.toLocaleString()} listings`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ` +
      `Node ${process.version}; ${LISTINGS.toLocaleString()} published listings of ${PROVIDERS.toLocaleString()} providers ` +
      `(\`bench/listing-generator.ts\`, seeded); ${r.generation}. The API is the built app (\`dist/\`) in its own process, ` +
      `run as \`npm start\` runs it. Loads draw from the ${QUERY_MIX.length} searches below with popularity 1/rank (seeded). ` +
      `Each figure is the median of ${r.runs.length} runs. Reproduce: ` +
      `\`${LISTINGS === 100_000 ? '' : `BENCH_LISTINGS=${LISTINGS} BENCH_PROVIDERS=${PROVIDERS} BENCH_DATA_DIR=.bench-data-${LISTINGS} `}npm run bench:search\`.`,
    '',
    '| path | target | measured |',
    '|---|---|---|',
    open(
      `open loop, ${OPEN_RATE} searches/s offered for ${SECONDS} s, result cache on (default), a listing edit through the API every ${WRITE_INTERVAL_MS} ms`,
      cachedOpen,
    ),
    closed(
      `saturation, ${CONNECTIONS} connections for ${SECONDS} s, cache on (autocannon has no p95: p97.5 bounds it)`,
      cached,
    ),
    closed(
      `saturation, ${CONNECTIONS} connections, cache off (\`SEARCH_CACHE_SIZE=0\`; target >= 150 searches/s)`,
      uncached,
    ),
    `| API vs the same statements run directly (node-postgres, 20 connections, ${CONNECTIONS} callers) | >= 80% | ` +
      `cache off: ${rps(uncached).toFixed(0)} / ${direct.rps.toFixed(0)} searches/s = **${((rps(uncached) / direct.rps) * 100).toFixed(0)}%** |`,
    `| one client, no cache, slowest search of the mix | <= 50 ms | **${ms(worst.apiMs)}** (\`${worst.qs}\`) |`,
    `| API memory under search load (every run) | <= 300 MB RSS | max **${maxRss.toFixed(0)} MB** |`,
    `| a listing change searchable (publish / edit / provider suspended / edit while the cache is warm), one search round trip included | <= 1 s | ` +
      `${ms(r.fresh.publish)} / ${ms(r.fresh.editMs)} / ${ms(r.fresh.suspend)} / ${ms(editCached)} |`,
    '',
    'Each search of the mix with one client and no cache (median of 7 calls, then of the runs): through the API, and its statements run directly. Totals marked ~ are estimated (more than 1,000 hits).',
    '',
    '| search | through the API | statements | total |',
    '|---|---|---|---|',
    ...queries.map(
      (q) => `| \`${q.qs}\` | ${ms(q.apiMs)} | ${ms(q.sqlMs)} | ${q.estimated ? '~' : ''}${q.total.toLocaleString()} |`,
    ),
  ];
  writeBenchmarkSection(name, lines);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
