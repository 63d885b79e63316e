/**
 * Search benchmark (Postgres engine): generates 100,000 published listings of 2,000 providers,
 * EXPLAINs the search statement, loads the API with 50 concurrent clients, compares with the same
 * SQL run directly, and measures how fast a change becomes searchable. Writes BENCHMARKS.md.
 *
 *   npm run bench:search            (BENCH_LISTINGS, BENCH_PROVIDERS, BENCH_SECONDS, BENCH_CONNECTIONS)
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { plainToInstance } from 'class-transformer';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { resolveDatabase } from '@app/database';
import { SearchIndex, SearchListingsQuery, SearchService, searchSql, type ListingDocument } from '@app/search';
import { loadConfig, withUsccCheckChar } from '@app/shared';
import { createApiApp } from '../apps/api/src/app.setup.js';
import { generateListings, QUERY_MIX } from './listing-generator.js';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const PROVIDERS = Number(process.env.BENCH_PROVIDERS ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
// A listing edit every second during the cached run: far more than a city's providers make, and each one invalidates every cached search.
const WRITE_INTERVAL_MS = Number(process.env.BENCH_WRITE_INTERVAL_MS ?? 1000);
const GENERATED = '00000000-0000-4000-8000-%';

const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATA_DIR: process.env.BENCH_DATA_DIR ?? '.bench-data',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'warn',
  PORT: String(PORT),
};
const base = `http://127.0.0.1:${PORT}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function startApi(extra: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    env: { ...env, ...extra },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${base}/health`).catch(() => null))?.ok) return child;
    await sleep(100);
  }
  throw new Error('the API did not start within 60 s');
}

async function generate(dataSource: DataSource, index: SearchIndex): Promise<string> {
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM search_document WHERE listing_id::text LIKE $1`,
    [GENERATED],
  );
  if (n === LISTINGS) return `reused ${n.toLocaleString()} generated listings`;
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

async function explain(dataSource: DataSource, service: SearchService) {
  const rows: Array<{ qs: string; usesGin: boolean; median: number; rows: string; plan: string }> = [];
  for (const qs of QUERY_MIX) {
    const dto = plainToInstance(SearchListingsQuery, Object.fromEntries(new URLSearchParams(qs)));
    const { sql, params } = searchSql(await service.toQuery(dto));
    const times: number[] = [];
    let plan = '';
    for (let i = 0; i < 7; i++) {
      const result: Array<{ 'QUERY PLAN': string }> = await dataSource.query(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        params,
      );
      plan = result.map((r) => r['QUERY PLAN']).join('\n');
      times.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]));
    }
    // Rows the scan of search_document produced: the hits before count, facets and the page.
    const hits = /(?:Bitmap Heap Scan|Seq Scan) on search_document .*actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+)/.exec(
      plan,
    )?.[1];
    rows.push({
      qs: qs || '(no query)',
      usesGin: plan.includes('ix_search_document_tsv'),
      median: median(times),
      rows: hits ?? '?',
      plan,
    });
  }
  return rows;
}

/** The engine's two statements (hits+facets+page ids, then the page's documents), run directly on a pool. */
async function directThroughput(
  connectionString: string,
  service: SearchService,
): Promise<{ rps: number; p95: number }> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const statements = await Promise.all(
    QUERY_MIX.map(async (qs) =>
      searchSql(
        await service.toQuery(plainToInstance(SearchListingsQuery, Object.fromEntries(new URLSearchParams(qs)))),
      ),
    ),
  );
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = c; Date.now() < until; i++) {
        const { sql, params } = statements[i % statements.length];
        const t0 = performance.now();
        const { rows } = await pool.query(sql, params);
        await pool.query('SELECT * FROM search_document WHERE listing_id = ANY($1::uuid[])', [rows[0].ids ?? []]);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / SECONDS, p95: latencies[Math.floor(latencies.length * 0.95)] };
}

async function apiLoad(child: ChildProcess) {
  let maxRss = 0;
  const sampler = setInterval(() => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    maxRss = Math.max(maxRss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  }, 250);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: QUERY_MIX.map((qs) => ({ method: 'GET' as const, path: `/api/v1/search/listings?${encodeURI(qs)}` })),
  });
  clearInterval(sampler);
  return { result, maxRss };
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
  };
}

type Load = { result: autocannon.Result; maxRss: number; writes: number };

async function stopApi(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

async function main() {
  let child = await startApi({ SEARCH_CACHE_SIZE: '0' });
  const database = await resolveDatabase(loadConfig(env));
  const app = await createApiApp(database.config);
  await app.init();
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const service = app.get(SearchService);
    const generation = await generate(dataSource, app.get(SearchIndex));
    console.log(generation);
    const plans = await explain(dataSource, service);
    console.log(plans.find((p) => p.qs === 'q=专利')?.plan);
    const direct = await directThroughput(database.config.databaseUrl!, service);
    console.log(`direct SQL: ${direct.rps.toFixed(0)} searches/s`);
    const uncached = { ...(await apiLoad(child)), writes: 0 };
    console.log(
      `API without cache: ${uncached.result.requests.average.toFixed(0)} req/s, p99 ${uncached.result.latency.p99} ms`,
    );
    await stopApi(child);
    child = await startApi();
    const fresh = await freshness();
    // Listing edits through the API during the load, each of which invalidates every cached result.
    let writes = 0;
    let loading = true;
    const writer = (async () => {
      while (loading) {
        await fresh.edit(`zw${writes}`);
        writes++;
        await sleep(WRITE_INTERVAL_MS);
      }
    })();
    const cached = { ...(await apiLoad(child)), writes };
    loading = false;
    await writer;
    cached.writes = writes;
    console.log(
      `API with cache: ${cached.result.requests.average.toFixed(0)} req/s, p99 ${cached.result.latency.p99} ms`,
    );
    writeReport({ generation, plans, direct, uncached, cached, fresh });
  } finally {
    await app.close();
    await stopApi(child);
    await database.stop();
  }
}

const row = (label: string, l: Load) =>
  `| ${label} | p95 <= 50 ms, p99 <= 150 ms | p50 ${l.result.latency.p50} ms, p97.5 ${l.result.latency.p97_5} ms, ` +
  `p99 ${l.result.latency.p99} ms; ${l.result.requests.average.toFixed(0)} req/s; ${l.result.non2xx} non-2xx, ` +
  `${l.result.errors} errors; max RSS ${l.maxRss.toFixed(0)} MB |`;

function writeReport(r: {
  generation: string;
  plans: Awaited<ReturnType<typeof explain>>;
  direct: { rps: number; p95: number };
  uncached: Load;
  cached: Load;
  fresh: Awaited<ReturnType<typeof freshness>>;
}) {
  const rps = (l: Load) => l.result.requests.average;
  const lines = [
    '<!-- search:start -->',
    '## Search (PostgreSQL engine)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ` +
      `Node ${process.version}; ${LISTINGS.toLocaleString()} published listings of ${PROVIDERS.toLocaleString()} providers ` +
      `(\`bench/listing-generator.ts\`, seeded); ${r.generation}. The API is the built app (\`dist/\`) in its own process, ` +
      `loaded by autocannon with ${CONNECTIONS} connections for ${SECONDS} s cycling through the ${QUERY_MIX.length} searches ` +
      `of the EXPLAIN table below. Reproduce: \`npm run bench:search\`.`,
    '',
    '| path | target | measured |',
    '|---|---|---|',
    row(
      `search through the API, result cache on (default), ${r.cached.writes} listing edits through the API during the run (one every ${WRITE_INTERVAL_MS} ms, each drops every cached result)`,
      r.cached,
    ),
    row('search through the API, result cache off (`SEARCH_CACHE_SIZE=0`)', r.uncached),
    `| API throughput vs the same SQL run directly (node-postgres, 10 connections, ${CONNECTIONS} concurrent callers) | >= 50% | ` +
      `cache off: ${rps(r.uncached).toFixed(0)} / ${r.direct.rps.toFixed(0)} searches/s = ${((rps(r.uncached) / r.direct.rps) * 100).toFixed(0)}%; ` +
      `cache on: ${((rps(r.cached) / r.direct.rps) * 100).toFixed(0)}% |`,
    `| API memory under search load | <= 300 MB RSS | max ${Math.max(r.cached.maxRss, r.uncached.maxRss).toFixed(0)} MB |`,
    `| a listing change searchable (publish / edit / provider suspended), one API search round trip included | <= 1 s | ` +
      `${ms(r.fresh.publish)} / ${ms(r.fresh.editMs)} / ${ms(r.fresh.suspend)} |`,
    '',
    'The search statement under `EXPLAIN (ANALYZE, BUFFERS)`, median of 7 runs:',
    '',
    '| query | GIN index on tsv | matching rows (hits) | execution time |',
    '|---|---|---|---|',
    ...r.plans.map(
      (p) =>
        `| \`${p.qs}\` | ${p.usesGin ? 'yes' : p.qs.includes('q=') ? '**no**' : 'n/a (no words)'} | ${Number(p.rows).toLocaleString()} | ${ms(p.median)} |`,
    ),
    '',
    '<details><summary>Plan for <code>q=专利</code></summary>',
    '',
    '```',
    r.plans.find((p) => p.qs === 'q=专利')?.plan ?? '',
    '```',
    '</details>',
    '<!-- search:end -->',
  ];
  writeBenchmarkSection('search', lines.slice(1, -1));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
