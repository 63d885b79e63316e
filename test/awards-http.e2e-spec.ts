import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { AwardsService } from '@app/awards';
import { type AuditActor, FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const HOUR = 3600 * 1000;
const ROUNDS = '/api/v1/award-rounds';
const MISSING = '00000000-0000-4000-8000-000000000000';

/** The binary body of a download (supertest buffers only text by default). */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A sheet's rows as objects keyed by its header row. */
function rowsOf(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Array<Record<string, ExcelJS.CellValue>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

/**
 * Award rounds over HTTP (API.md "Awards"): create, read, results, explanations and the export,
 * with roles. Computation is not an HTTP endpoint: the test computes through the service.
 * World (2025, minServed 2, minRatings 2, every vote counted, C = 5):
 *   A: E1 5/5, E2 4/4; F: E1 4/3, E2 5/5; B: E1 3/3 (ineligible: served 1, rated by 1).
 *   m = 21/5, me = 20/5; Q_A = Q_F = 30/7; E_A = 29/7 > E_F = 4: A 100 (rank 1), F 75 (rank 2).
 */
describe('award rounds over HTTP (real PostgreSQL, fixed clock)', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let finance: TestSession;
  let enterprise: TestSession;
  let adminActor: AuditActor;
  const clock = new FixedClock(new Date('2025-03-01T02:00:00Z'));
  const p: Record<'A' | 'B' | 'F', TestSession> = {} as never;
  const e: Record<'E1' | 'E2', TestSession> = {} as never;
  const CONFIG = {
    minServed: 2,
    minRatings: 2,
    tiers: [
      { fromRank: 1, toRank: 1, amountFen: 10_000_000 },
      { fromRank: 2, toRank: 2, amountFen: 5_000_000 },
    ],
  };
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    adminActor = { userId: admin.user.id, orgId: admin.orgId };
    reviewer = await t.api.bureauUser('reviewer');
    finance = await t.api.bureauUser('finance');
    m = new Marketplace(t.api, reviewer);
    for (const k of ['A', 'B', 'F'] as const) p[k] = await m.provider();
    for (const k of ['E1', 'E2'] as const) e[k] = await t.api.enterprise();
    enterprise = e.E1;
    const listing: Record<string, string> = {};
    for (const k of ['A', 'B', 'F'] as const) listing[k] = (await m.listing(p[k])).id;

    clock.set(new Date('2025-04-01T02:00:00Z'));
    const plan: Array<['A' | 'B' | 'F', 'E1' | 'E2', [number, number]]> = [
      ['A', 'E1', [5, 5]],
      ['A', 'E2', [4, 4]],
      ['F', 'E1', [4, 3]],
      ['F', 'E2', [5, 5]],
      ['B', 'E1', [3, 3]],
    ];
    for (const [provider, buyer, rating] of plan) {
      clock.set(new Date(clock.now().getTime() + HOUR));
      await m.completedAndRated(p[provider], listing[provider], e[buyer], rating);
    }
    clock.set(new Date('2026-01-10T02:00:00Z'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('create', () => {
    it('an admin creates a draft round with the configuration resolved', async () => {
      const res = await admin.post(ROUNDS, { year: 2025, budgetFen: 15_000_000, config: CONFIG }).expect(201);
      expect(res.body).toMatchObject({ year: 2025, budgetFen: 15_000_000, status: 'draft', result: null });
      expect(res.body.config).toMatchObject({
        ...CONFIG,
        weights: { served: 0.4, satisfaction: 0.35, effectiveness: 0.25 },
        priorWeight: 5,
        minOrderFen: 100_000,
        admittedBy: '06-30',
        noticeDays: 7,
      });
      roundId = res.body.id;
    });

    it('takes every default when config is missing', async () => {
      const res = await admin.post(ROUNDS, { year: 2023, budgetFen: 300_000_000 }).expect(201);
      expect(res.body.config.tiers).toEqual([
        { fromRank: 1, toRank: 3, amountFen: 50_000_000 },
        { fromRank: 4, toRank: 6, amountFen: 30_000_000 },
        { fromRank: 7, toRank: 10, amountFen: 10_000_000 },
      ]);
    });

    it.each([
      ['weights not summing to 1', { weights: { served: 0.5 } }, 'AWARD_WEIGHTS_INVALID'],
      [
        'overlapping tiers',
        {
          tiers: [
            { fromRank: 1, toRank: 2, amountFen: 1 },
            { fromRank: 2, toRank: 3, amountFen: 1 },
          ],
        },
        'AWARD_TIERS_INVALID',
      ],
      ['a tier above the cap', { tiers: [{ fromRank: 1, toRank: 1, amountFen: 50_000_001 }] }, 'AWARD_ABOVE_CAP'],
      ['tiers above the budget', {}, 'AWARD_BUDGET_EXCEEDED'],
      ['a bad admittedBy', { admittedBy: '13-01', tiers: [] }, 'AWARD_ADMITTED_BY_INVALID'],
      ['a negative minServed', { minServed: -1, tiers: [] }, 'AWARD_CONFIG_INVALID'],
    ])('refuses %s with 422 and its code', async (_name, config, code) => {
      const res = await admin.post(ROUNDS, { year: 2024, budgetFen: 1_000_000, config }).expect(422);
      expect(res.body.code).toBe(code);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ code })]));
    });

    it('refuses a year out of range with AWARD_YEAR_INVALID', async () => {
      const res = await admin.post(ROUNDS, { year: 1999, budgetFen: 1_000_000, config: { tiers: [] } }).expect(422);
      expect(res.body.code).toBe('AWARD_YEAR_INVALID');
    });

    it.each([
      ['a year as text', { year: '2024', budgetFen: 1 }],
      ['a fractional budget', { year: 2024, budgetFen: 1.5 }],
      ['a weight as text', { year: 2024, budgetFen: 1, config: { weights: { served: '0.4' } } }],
      [
        'a tier amount as text',
        { year: 2024, budgetFen: 1, config: { tiers: [{ fromRank: 1, toRank: 1, amountFen: 'x' }] } },
      ],
      ['an unknown config field', { year: 2024, budgetFen: 1, config: { bonus: 1 } }],
      [
        'an unknown tier field',
        { year: 2024, budgetFen: 1, config: { tiers: [{ fromRank: 1, toRank: 1, amountFen: 1, x: 1 }] } },
      ],
      ['config not an object', { year: 2024, budgetFen: 1, config: 'defaults' }],
    ])('refuses %s with 400 VALIDATION_FAILED', async (_name, body) => {
      const res = await admin.post(ROUNDS, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses a second round for the same year with 409 AWARD_ROUND_EXISTS', async () => {
      const res = await admin.post(ROUNDS, { year: 2025, budgetFen: 15_000_000, config: CONFIG }).expect(409);
      expect(res.body.code).toBe('AWARD_ROUND_EXISTS');
    });

    it('only an admin creates', async () => {
      const body = { year: 2022, budgetFen: 15_000_000, config: CONFIG };
      await t.api.request('post', ROUNDS).send(body).expect(401);
      for (const who of [reviewer, finance, enterprise, p.A]) await who.post(ROUNDS, body).expect(403);
    });
  });

  describe('read', () => {
    it('lists rounds newest year first for the bureau', async () => {
      for (const who of [admin, reviewer, finance]) {
        const res = await who.get(ROUNDS).expect(200);
        expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
        expect(res.body.items.map((r: { year: number }) => r.year)).toEqual([2025, 2023]);
        expect(res.body.items[0]).not.toHaveProperty('result');
      }
      const page = await reviewer.get(`${ROUNDS}?page=2&pageSize=1`).expect(200);
      expect(page.body.items.map((r: { year: number }) => r.year)).toEqual([2023]);
    });

    it('gets a round: status, configuration, budget, result', async () => {
      const res = await finance.get(`${ROUNDS}/${roundId}`).expect(200);
      expect(res.body).toMatchObject({ id: roundId, status: 'draft', budgetFen: 15_000_000, result: null });
      expect(res.body.config.minServed).toBe(2);
      await reviewer.get(`${ROUNDS}/${MISSING}`).expect(404);
      await reviewer.get(`${ROUNDS}/not-a-uuid`).expect(404);
    });

    it('has no results before computing (409 AWARD_ROUND_NOT_COMPUTED)', async () => {
      for (const path of ['results', 'export', `results/${p.A.orgId}`]) {
        const res = await reviewer.get(`${ROUNDS}/${roundId}/${path}`).expect(409);
        expect(res.body.code).toBe('AWARD_ROUND_NOT_COMPUTED');
      }
    });

    it('keeps the bureau endpoints from anonymous callers (401), enterprises and providers (403)', async () => {
      const bureauOnly = [
        ROUNDS,
        `${ROUNDS}/${roundId}`,
        `${ROUNDS}/${roundId}/results`,
        `${ROUNDS}/${roundId}/export`,
      ];
      for (const path of bureauOnly) {
        await t.api.request('get', path).expect(401);
        await enterprise.get(path).expect(403);
        await p.A.get(path).expect(403);
      }
      await t.api.request('get', `${ROUNDS}/${roundId}/results/${p.A.orgId}`).expect(401);
      await enterprise.get(`${ROUNDS}/${roundId}/results/${p.A.orgId}`).expect(403);
    });
  });

  describe('after computing', () => {
    beforeAll(async () => {
      await t.app.get(AwardsService).compute(adminActor, roundId);
    });

    it('answers the results in the API.md shape', async () => {
      const res = await reviewer.get(`${ROUNDS}/${roundId}/results`).expect(200);
      const body = res.body;
      expect(body).toMatchObject({ roundId, year: 2025, status: 'computed', eligibleCount: 2, awardedFen: 15_000_000 });
      expect(body.ranked.map((r: { providerId: string }) => r.providerId)).toEqual([p.A.orgId, p.F.orgId]);
      const [a, f] = body.ranked;
      expect(a).toMatchObject({ rank: 1, awardFen: 10_000_000, facts: { served: 2, ratingCount: 2 } });
      expect(a.score).toBeCloseTo(100, 9);
      expect(a.facts.satisfaction).toBeCloseTo(30 / 7, 9);
      expect(a.facts.effectiveness).toBeCloseTo(29 / 7, 9);
      expect(a.normalized).toEqual({ served: 100, satisfaction: 100, effectiveness: 100 });
      expect(f).toMatchObject({
        rank: 2,
        awardFen: 5_000_000,
        normalized: { served: 100, satisfaction: 100, effectiveness: 0 },
      });
      expect(f.score).toBeCloseTo(75, 9);
      expect(f.facts.effectiveness).toBeCloseTo(4, 9);
      expect(typeof a.providerName).toBe('string');

      expect(body.ineligible).toHaveLength(1);
      const [b] = body.ineligible;
      expect(b.providerId).toBe(p.B.orgId);
      expect(b.reasonCodes).toEqual(['SERVED_TOO_FEW', 'RATINGS_TOO_FEW']);
      expect(b.reasons).toHaveLength(2);
      for (const reason of b.reasons) {
        expect(typeof reason).toBe('string');
        expect(reason).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(b.facts).toMatchObject({ served: 1, ratingCount: 1 });

      // The round itself carries the stored result.
      const round = await finance.get(`${ROUNDS}/${roundId}`).expect(200);
      expect(round.body.status).toBe('computed');
      expect(round.body.result.ranked).toHaveLength(2);
      await finance.get(`${ROUNDS}/${roundId}/results`).expect(200);
    });

    it('explains any provider to the bureau, under both paths', async () => {
      const ranked = await reviewer.get(`${ROUNDS}/${roundId}/results/${p.F.orgId}`).expect(200);
      expect(ranked.body).toMatchObject({ kind: 'ranked', providerId: p.F.orgId, rank: 2, awardFen: 5_000_000 });
      expect(ranked.body.sentences.length).toBeGreaterThan(0);
      expect(ranked.body.inputs).toMatchObject({ providerId: p.F.orgId });
      const same = await finance.get(`${ROUNDS}/${roundId}/results/${p.F.orgId}`).expect(200);
      expect(same.body).toEqual(ranked.body);
      const out = await reviewer.get(`${ROUNDS}/${roundId}/results/${p.B.orgId}`).expect(200);
      expect(out.body).toMatchObject({ kind: 'ineligible', providerId: p.B.orgId });
      expect(out.body.reasons.map((r: { code: string }) => r.code)).toEqual(['SERVED_TOO_FEW', 'RATINGS_TOO_FEW']);
      await reviewer.get(`${ROUNDS}/${roundId}/results/${MISSING}`).expect(404);
    });

    it('lets a provider read its own explanation and no other (404)', async () => {
      const own = await p.A.get(`${ROUNDS}/${roundId}/results/${p.A.orgId}`).expect(200);
      expect(own.body).toMatchObject({ kind: 'ranked', providerId: p.A.orgId, rank: 1, awardFen: 10_000_000 });
      const ownIneligible = await p.B.get(`${ROUNDS}/${roundId}/results/${p.B.orgId}`).expect(200);
      expect(ownIneligible.body.kind).toBe('ineligible');
      const other = await p.A.get(`${ROUNDS}/${roundId}/results/${p.F.orgId}`).expect(404);
      expect(other.body.code).toBe('NOT_FOUND');
      await p.A.get(`${ROUNDS}/${roundId}/results/${p.B.orgId}`).expect(404);
      await p.A.get(`${ROUNDS}/${MISSING}/results/${p.A.orgId}`).expect(404);
    });

    it('exports an .xlsx whose rows match the results', async () => {
      const res = await finance.get(`${ROUNDS}/${roundId}/export`).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml\.sheet/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="award-round-2025.xlsx"');
      const results = (await reviewer.get(`${ROUNDS}/${roundId}/results`).expect(200)).body;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ExcelJS.Buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名及奖励', '不符合条件', '评选信息']);

      const rankedSheet = workbook.getWorksheet('排名及奖励')!;
      const ranked = rowsOf(rankedSheet);
      expect(ranked).toHaveLength(results.ranked.length + 1); // and a totals row
      results.ranked.forEach(
        (
          r: {
            providerId: string;
            providerName: string;
            rank: number;
            score: number;
            awardFen: number;
            facts: Record<string, number>;
            normalized: Record<string, number>;
            parts: Record<string, number>;
          },
          i: number,
        ) => {
          expect(ranked[i]).toMatchObject({
            排名: r.rank,
            服务机构名称: r.providerName,
            综合得分: r.score,
            服务企业数: r.facts.served,
            评价企业数: r.facts.ratingCount,
            满意度: r.facts.satisfaction,
            成效: r.facts.effectiveness,
            服务企业标准分: r.normalized.served,
            满意度标准分: r.normalized.satisfaction,
            成效标准分: r.normalized.effectiveness,
            服务企业加权分: r.parts.served,
            满意度加权分: r.parts.satisfaction,
            成效加权分: r.parts.effectiveness,
            入池日期: '2025-03-01',
            '奖励金额（元）': r.awardFen / 100,
            机构编号: r.providerId,
          });
        },
      );
      expect(ranked[2]).toMatchObject({ 排名: '合计', '奖励金额（元）': 150_000 });
      const awardColumn = rankedSheet.getRow(1).values as ExcelJS.CellValue[];
      expect(rankedSheet.getColumn(awardColumn.indexOf('奖励金额（元）')).numFmt).toBe('#,##0.00');
      expect(rankedSheet.getCell(2, awardColumn.indexOf('奖励金额（元）')).numFmt).toBe('#,##0.00');

      const ineligible = rowsOf(workbook.getWorksheet('不符合条件')!);
      expect(ineligible).toHaveLength(1);
      expect(ineligible[0]).toMatchObject({
        机构编号: p.B.orgId,
        服务机构名称: results.ineligible[0].providerName,
        服务企业数: 1,
        评价企业数: 1,
        不符合条件原因: results.ineligible[0].reasons.join('；'),
        原因代码: 'SERVED_TOO_FEW, RATINGS_TOO_FEW',
      });

      const about = Object.fromEntries(rowsOf(workbook.getWorksheet('评选信息')!).map((r) => [r['项目'], r['内容']]));
      expect(about).toMatchObject({ 评选年度: 2025, 状态: '已计算', '预算（元）': 150_000, '奖励合计（元）': 150_000 });
      await reviewer.get(`${ROUNDS}/${roundId}/export`).expect(200);
      await admin.get(`${ROUNDS}/${MISSING}/export`).expect(404);
    });
  });
});
