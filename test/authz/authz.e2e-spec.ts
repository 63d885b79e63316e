import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import type { TestSession } from '../support/session.js';
import { type Cell, expectations, isSuccess, matches, MATRIX, ROLES, type Role } from './matrix.js';
import { type Context, type Recipe, RECIPES, type Req } from './recipes.js';
import { type Side, World } from './world.js';

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Cellwise {
  role: Role;
  side: Side;
  expected: Cell;
}

/**
 * The authorisation matrix (test/authz/matrix.ts) against the real API on real PostgreSQL: every
 * operation of the live OpenAPI document, every caller, own and foreign objects. Refusals are sent
 * first on each row's objects; then each success, on objects built again when an earlier success
 * used them up. A 2xx answer to an enterprise, provider or anonymous caller is also searched for
 * ids it must never see (the other side's orders, vouchers, claims, notifications...).
 */
describe('authorisation matrix: every operation x every role x own and foreign objects', () => {
  const w = new World();
  const counts = { requests: 0, unexpected2xx: 0, leaks: 0, mismatches: 0, operations: 0, setups: 0 };
  const started = Date.now();
  let callers: Record<Role, TestSession | null>;

  beforeAll(async () => {
    await w.build();
    callers = { anon: null, ent: w.enterprise[0], prov: w.provider[0], rev: w.reviewer, fin: w.finance, adm: w.admin };
  }, 120_000);

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `authorisation matrix: ${counts.operations} operations, ${counts.requests} requests, ` +
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
    it(`${operation}`, async () => {
      const recipe: Recipe<unknown> | undefined = RECIPES[operation];
      if (!recipe) throw new Error(`no recipe for ${operation} in test/authz/recipes.ts`);
      const [method, template] = operation.split(' ') as [string, string];
      const cells = expectations(row);
      const plan: Cellwise[] = ROLES.flatMap((role) =>
        recipe.sided
          ? ([0, 1] as Side[]).map((side) => ({
              role,
              side,
              expected: side === 0 ? cells[role].own : cells[role].foreign,
            }))
          : [{ role, side: 0 as Side, expected: cells[role].own }],
      );
      if (!recipe.sided) {
        const split = ROLES.filter((r) => cells[r].own !== cells[r].foreign);
        if (split.length) throw new Error(`${operation} has no objects: own/foreign cells for ${split.join(', ')}`);
      }
      const problems: string[] = [];
      let objects = await build(recipe);
      const used = new Set<string>();
      // Refusals first, while every object is still in the state the row needs; then the successes.
      const ordered = [...plan.filter((c) => !isSuccess(c.expected)), ...plan.filter((c) => isSuccess(c.expected))];
      for (const cell of ordered) {
        let ctx = context(recipe, objects, cell);
        let req = recipe.request(ctx);
        const key = (r: Req) => (r.key !== undefined ? r.key : method === 'GET' ? null : r.path);
        if (isSuccess(cell.expected) && key(req) && used.has(key(req)!)) {
          objects = await build(recipe);
          used.clear();
          ctx = context(recipe, objects, cell);
          req = recipe.request(ctx);
        }
        if (!routeOf(template).test(req.path.split('?')[0])) throw new Error(`${req.path} is not ${operation}`);
        const res = await send(method.toLowerCase() as Method, ctx.caller, req);
        counts.requests++;
        const where = `${operation} as ${cell.role}${recipe.sided ? (cell.side === 0 ? ' on own' : ' on foreign') : ''}`;
        const got = `${res.status}${res.body?.code ? ` ${res.body.code}` : ''}`;
        if (!matches(cell.expected, res.status)) {
          const unexpected2xx = res.status < 300 && !isSuccess(cell.expected);
          if (unexpected2xx) counts.unexpected2xx++;
          else counts.mismatches++;
          problems.push(
            `${unexpected2xx ? 'UNEXPECTED 2xx: ' : ''}${where} (${req.path}): expected ${cell.expected}, got ${got}` +
              (res.status >= 300 ? ` ${JSON.stringify(res.body?.message ?? '')}` : ''),
          );
        }
        if (res.status < 300) {
          const k = key(req);
          if (k) used.add(k);
          const leaked = leaks(cell.role, res);
          if (leaked.length) {
            counts.leaks++;
            problems.push(`LEAK: ${where} (${req.path}) answered ids it must not see: ${leaked.join(', ')}`);
          }
        }
      }
      counts.operations++;
      expect({ operation: `${template}`, problems }).toEqual({ operation: `${template}`, problems: [] });
    }, 120_000);
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

  function context(recipe: Recipe<unknown>, o: unknown, cell: Cellwise): Context<unknown> {
    const caller = { ...callers, ...recipe.callers?.(o) }[cell.role];
    return { w, o, role: cell.role, side: cell.side, caller };
  }

  function send(method: Method, caller: TestSession | null, req: Req): request.Test {
    let test = caller ? caller.request(method, req.path) : w.t.api.request(method, req.path);
    for (const [name, value] of Object.entries(req.headers ?? {})) test = test.set(name, value);
    return req.body === undefined ? test : test.send(req.body as object);
  }

  /** Ids in the answer that this caller must never see: the other side's, or the bureau's own. */
  function leaks(role: Role, res: request.Response): string[] {
    if (role === 'rev' || role === 'fin' || role === 'adm') return [];
    const text = res.text ?? '';
    const forbidden = [...w.hidden.side1, ...w.hidden.bureau, ...(role === 'anon' ? w.hidden.side0 : [])];
    return forbidden.filter((id) => text.includes(id));
  }
});
