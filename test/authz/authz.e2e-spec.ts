import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import { TestSession } from '../support/session.js';
import { verifiedEnterprise } from '../support/voucher-programs.js';
import { type Cell, expectations, isSuccess, matches, MATRIX, ROLES, type Role } from './matrix.js';
import { type Context, type Recipe, RECIPES, type Req } from './recipes.js';
import { type Side, World } from './world.js';

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
type Method = (typeof METHODS)[number];

/**
 * `npm test` runs every cell of the table once, refusals on shared objects. AUTHZ_FULL=1 (`npm run
 * test:authz:full`) also builds fresh objects before every single request (no refusal can lean on
 * what an earlier request did) and adds callers whose answers follow from the table: a tampered
 * token (the anon column), an outside enterprise and an outside pool provider (the foreign cells, on
 * both sides' objects) and one bureau user holding all three bureau roles (the best of their cells).
 */
const FULL = process.env.AUTHZ_FULL === '1';

/** Who sends a request: a column of the table, or (full run) a caller derived from it. */
type Label = Role | 'tampered' | 'ent3' | 'prov3' | 'bureau3';
/** Which hidden ids a caller must never see: the other side's, both sides', or none (the bureau). */
type Scope = 'side0' | 'outside' | 'bureau';

interface Send {
  label: Label;
  /** The column whose recipe builds the request. */
  role: Role;
  side: Side;
  /** Any of these answers is right. */
  expected: Cell[];
  scope: Scope;
}

const succeeds = (s: Send) => s.expected.some(isSuccess);

/**
 * The authorisation matrix (test/authz/matrix.ts) against the real API on real PostgreSQL: every
 * operation of the live OpenAPI document, every caller, own and foreign objects. Refusals are sent
 * first on each row's objects; then each success, on objects built again when an earlier success
 * used them up. A 2xx answer to an enterprise, provider or anonymous caller is also searched for
 * ids it must never see (the other side's orders, vouchers, claims, notifications...).
 */
describe(`authorisation matrix: every operation x every role x own and foreign objects${FULL ? ' (full)' : ''}`, () => {
  const w = new World();
  const counts = { requests: 0, unexpected2xx: 0, leaks: 0, mismatches: 0, operations: 0, setups: 0 };
  const started = Date.now();
  let callers: Record<Label, TestSession | null>;

  beforeAll(async () => {
    await w.build();
    const [e1] = w.enterprise;
    const extra = FULL
      ? {
          // The signature of a real token, altered: it must read as no token at all.
          tampered: new TestSession(w.t.app, `${e1.token.slice(0, -4)}AAAA`, e1.user),
          ent3: await verifiedEnterprise(w.t.api, w.reviewer),
          prov3: await w.providerIn('approved'),
          bureau3: await w.t.api.bureauUser('reviewer', 'finance', 'admin'),
        }
      : { tampered: null, ent3: null, prov3: null, bureau3: null };
    callers = { anon: null, ent: e1, prov: w.provider[0], rev: w.reviewer, fin: w.finance, adm: w.admin, ...extra };
  }, 180_000);

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `authorisation matrix${FULL ? ' (full)' : ''}: ${counts.operations} operations, ${counts.requests} requests, ` +
        `${counts.unexpected2xx} unexpected 2xx, ${counts.leaks} leaked ids, ${counts.mismatches} other mismatches, ` +
        `${counts.setups} fixture builds, ${seconds} s\n`,
    );
    await w.close();
  });

  it('has exactly one row for every operation of the live OpenAPI document, and a recipe for each', async () => {
    const res = await w.t.api.request('get', '/api/docs-json').expect(200);
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((m): m is Method => (METHODS as readonly string[]).includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const rows = MATRIX.map((r) => r[0]);
    expect({
      missingFromTable: documented.filter((op) => !rows.includes(op)),
      notInDocument: rows.filter((op) => !documented.includes(op)),
      duplicated: rows.filter((op, i) => rows.indexOf(op) !== i),
      withoutRecipe: rows.filter((op) => !RECIPES[op]),
    }).toEqual({ missingFromTable: [], notInDocument: [], duplicated: [], withoutRecipe: [] });
  });

  it('lets some caller succeed on every row (so its requests are valid and a refusal comes from authorisation)', () => {
    // The webhook is the exception: only Stripe's signature opens it (payments.e2e-spec sends signed events).
    const neverSucceeds = MATRIX.filter((row) => !ROLES.some((r) => isSuccess(expectations(row)[r].own))).map(
      (row) => row[0],
    );
    expect(neverSucceeds).toEqual(['POST /api/v1/payments/stripe/webhook']);
  });

  for (const row of MATRIX) {
    const [operation] = row;
    it(
      `${operation}`,
      async () => {
        const recipe: Recipe<unknown> | undefined = RECIPES[operation];
        if (!recipe) throw new Error(`no recipe for ${operation} in test/authz/recipes.ts`);
        const [method, template] = operation.split(' ') as [string, string];
        const plan = planOf(row, recipe);
        const problems: string[] = [];
        let objects = await build(recipe);
        let fresh = true;
        const used = new Set<string>();
        const key = (r: Req) => (r.key !== undefined ? r.key : method === 'GET' ? null : r.path);
        // Refusals first, while every object is still in the state the row needs; then the successes.
        for (const s of [...plan.filter((c) => !succeeds(c)), ...plan.filter(succeeds)]) {
          let ctx = context(recipe, objects, s);
          let req = recipe.request(ctx);
          const usedUp = succeeds(s) && key(req) !== null && used.has(key(req)!);
          if ((FULL && !fresh && recipe.setup) || usedUp) {
            objects = await build(recipe);
            used.clear();
            ctx = context(recipe, objects, s);
            req = recipe.request(ctx);
          }
          fresh = false;
          if (!routeOf(template).test(req.path.split('?')[0])) throw new Error(`${req.path} is not ${operation}`);
          const res = await send(method.toLowerCase() as Method, ctx.caller, req);
          counts.requests++;
          const where = `${operation} as ${s.label}${recipe.sided ? (s.side === 0 ? ' on own' : ' on foreign') : ''}`;
          const got = `${res.status}${res.body?.code ? ` ${res.body.code}` : ''}`;
          if (!s.expected.some((cell) => matches(cell, res.status))) {
            const unexpected2xx = res.status < 300 && !succeeds(s);
            if (unexpected2xx) counts.unexpected2xx++;
            else counts.mismatches++;
            problems.push(
              `${unexpected2xx ? 'UNEXPECTED 2xx: ' : ''}${where} (${req.path}): expected ${s.expected.join(' or ')}, ` +
                `got ${got}${res.status >= 300 ? ` ${JSON.stringify(res.body?.message ?? '')}` : ''}`,
            );
          }
          if (res.status < 300) {
            if (key(req)) used.add(key(req)!);
            const leaked = leaks(s.scope, res);
            if (leaked.length) {
              counts.leaks++;
              problems.push(`LEAK: ${where} (${req.path}) answered ids it must not see: ${leaked.join(', ')}`);
            }
          }
        }
        counts.operations++;
        expect({ operation: `${template}`, problems }).toEqual({ operation: `${template}`, problems: [] });
      },
      (FULL ? 600 : 60) * 1000,
    );
  }

  it('answered no 2xx where the table expects a refusal, and leaked no id', () => {
    expect({ unexpected2xx: counts.unexpected2xx, leaks: counts.leaks }).toEqual({ unexpected2xx: 0, leaks: 0 });
    expect(counts.operations).toBe(MATRIX.length);
  });

  /** The paths a documented route template matches (`{id}` is one segment). */
  function routeOf(template: string): RegExp {
    return new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/?]+')}$`);
  }

  async function build(recipe: Recipe<unknown>): Promise<unknown> {
    if (!recipe.setup) return undefined;
    counts.setups++;
    return recipe.setup(w);
  }

  /** Every request of a row: each column on each side's object (own, foreign), then the full run's callers. */
  function planOf(row: (typeof MATRIX)[number], recipe: Recipe<unknown>): Send[] {
    const cells = expectations(row);
    const sides: Side[] = recipe.sided ? [0, 1] : [0];
    if (!recipe.sided) {
      const split = ROLES.filter((r) => cells[r].own !== cells[r].foreign);
      if (split.length) throw new Error(`${row[0]} has no objects: own/foreign cells for ${split.join(', ')}`);
    }
    const cell = (role: Role, side: Side) => (side === 0 ? cells[role].own : cells[role].foreign);
    const scope = (role: Role): Scope =>
      role === 'anon' ? 'outside' : role === 'ent' || role === 'prov' ? 'side0' : 'bureau';
    const plan: Send[] = ROLES.flatMap((role) =>
      sides.map((side) => ({ label: role, role, side, expected: [cell(role, side)], scope: scope(role) })),
    );
    if (!FULL) return plan;
    for (const side of sides) {
      plan.push({ label: 'tampered', role: 'anon', side, expected: [cell('anon', side)], scope: 'outside' });
      const bureau = (['rev', 'fin', 'adm'] as Role[]).map((r) => cell(r, side));
      const best = bureau.filter(isSuccess);
      plan.push({ label: 'bureau3', role: 'rev', side, expected: best.length ? best : bureau, scope: 'bureau' });
      // An organisation with no part in either side's objects: every object is another's.
      if (recipe.sided) {
        plan.push({ label: 'ent3', role: 'ent', side, expected: [cells.ent.foreign], scope: 'outside' });
        plan.push({ label: 'prov3', role: 'prov', side, expected: [cells.prov.foreign], scope: 'outside' });
      }
    }
    return plan;
  }

  function context(recipe: Recipe<unknown>, o: unknown, s: Send): Context<unknown> {
    const columns: Partial<Record<Label, TestSession>> = recipe.callers?.(o) ?? {};
    const caller = s.label === s.role ? (columns[s.role] ?? callers[s.role]) : callers[s.label];
    return { w, o, role: s.role, side: s.side, caller };
  }

  function send(method: Method, caller: TestSession | null, req: Req): request.Test {
    let test = caller ? caller.request(method, req.path) : w.t.api.request(method, req.path);
    for (const [name, value] of Object.entries(req.headers ?? {})) test = test.set(name, value);
    return req.body === undefined ? test : test.send(req.body as object);
  }

  /** Ids in the answer that this caller must never see: the other side's (or both), and the bureau's own. */
  function leaks(scope: Scope, res: request.Response): string[] {
    if (scope === 'bureau') return [];
    const text = res.text ?? '';
    const forbidden = [...w.hidden.side1, ...w.hidden.bureau, ...(scope === 'outside' ? w.hidden.side0 : [])];
    return forbidden.filter((id) => text.includes(id));
  }
});
