import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { FixedClock } from '@app/shared';
import { createTestApp, type TestApp } from './support/app.js';
import { Marketplace } from './support/marketplace.js';
import type { TestSession } from './support/session.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Claim = { id: string; orderId: string; providerId: string; amountFen: number; status: string } & Record<
  string,
  unknown
>;
type VoucherOrder = { id: string; provider: TestSession; enterprise: TestSession; voucherFen: number };

async function ok<T = Record<string, unknown>>(test: request.Test | Promise<request.Response>, status = 200) {
  const res = await test;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The binary body of a download (supertest buffers only text by default). */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
/** The downloaded .xlsx, opened. */
async function workbookOf(res: request.Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body as ExcelJS.Buffer);
  return workbook;
}

/**
 * 兑付 Redemption claims (rule 6) and settlement batches (rule 7) through HTTP, on orders paid in part
 * by real vouchers: programme, verified tier, application, approval, order to completion.
 */
describe('redemption claims and settlement batches', () => {
  let t: TestApp;
  let m: Marketplace;
  let admin: TestSession;
  let reviewer: TestSession;
  let finance: TestSession;
  let programId: string;
  const clock = new FixedClock(new Date('2026-01-05T02:00:00Z'));

  const program = async (name: string) => {
    const created = await ok<{ id: string }>(
      admin.post('/api/v1/voucher-programs', {
        name,
        year: 2026,
        budgetFen: 100_000_000,
        coverageBp: 5000,
        maxFaceValueFen: 1_000_000,
        perEnterpriseYearCapFen: 5_000_000,
        categories: ['ip', 'legal_tax'],
        tiers: ['srdi'],
        applyFrom: '2026-01-01',
        applyUntil: '2026-12-31',
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
      }),
      201,
    );
    await ok(admin.post(`/api/v1/voucher-programs/${created.id}/open`));
    return created.id;
  };

  /** An enterprise with a verified srdi tier. */
  const enterprise = async (org: Record<string, string> = {}) => {
    const e = await t.api.enterprise({ org });
    const claim = await ok<{ id: string }>(
      e.post('/api/v1/enterprises/me/tier-claims', { tier: 'srdi', certificateNo: `ZJ-${rand()}`, year: 2025 }),
      201,
    );
    await ok(reviewer.post(`/api/v1/tier-claims/${claim.id}/verify`, {}));
    return e;
  };

  /** A voucher issued to the enterprise by approving its application; then `after` passes (an hour). */
  const voucher = async (
    e: TestSession,
    faceValueFen = 1_000_000,
    options: { program?: string; after?: number } = {},
  ) => {
    const pid = options.program ?? programId;
    const application = await ok<{ id: string }>(
      e.post(`/api/v1/voucher-programs/${pid}/applications`, { requestedFen: faceValueFen, purpose: '专利布局服务' }),
      201,
    );
    const approved = await ok<{ voucherId: string }>(
      reviewer.post(`/api/v1/voucher-applications/${application.id}/approve`, {}),
    );
    clock.advance(options.after ?? HOUR);
    return approved.voucherId;
  };

  /**
   * An order of `listing` paid in part by `voucherId`, driven to `until` (completed by default): the
   * provider accepts (or quotes `quoteFen` and the enterprise confirms), the co-pay is paid by bank
   * transfer, the service starts, `deliverAfter` passes, delivery, acceptance.
   */
  const voucherOrder = async (
    options: {
      provider?: TestSession;
      enterprise?: TestSession;
      voucherId?: string;
      listing?: Record<string, unknown>;
      quoteFen?: number;
      deliverAfter?: number;
      until?: 'confirmed' | 'delivered' | 'completed';
    } = {},
  ): Promise<VoucherOrder> => {
    const provider = options.provider ?? (await m.provider());
    const e = options.enterprise ?? (await enterprise());
    const voucherId = options.voucherId ?? (await voucher(e));
    const listing = await m.listing(provider, options.listing ?? {});
    const order = await ok<{ id: string }>(
      e.post('/api/v1/orders', { listingId: listing.id, requirement: '申请两件发明专利', voucherId }),
      201,
    );
    const path = (action: string) => `/api/v1/orders/${order.id}/${action}`;
    if (options.quoteFen) {
      await ok(provider.post(path('quote'), { priceFen: options.quoteFen }));
      await ok(e.post(path('confirm'), { priceFen: options.quoteFen }));
    } else {
      await ok(provider.post(path('accept')));
    }
    const confirmed = await ok<{ voucherFen: number; copayFen: number }>(e.get(`/api/v1/orders/${order.id}`));
    expect(confirmed.voucherFen).toBeGreaterThan(0);
    if (options.until !== 'confirmed') {
      if (confirmed.copayFen > 0) await ok(provider.post(path('payments/offline'), { reference: `BANK-${rand()}` }));
      await ok(provider.post(path('start')));
      clock.advance(options.deliverAfter ?? 2 * DAY);
      await ok(provider.post(path('deliver'), { summary: '已提交专利申请并取得受理通知书' }));
      if (options.until !== 'delivered') await ok(e.post(path('accept-delivery')));
    }
    return { id: order.id, provider, enterprise: e, voucherFen: confirmed.voucherFen };
  };

  const rand = () => randomBytes(4).toString('hex').toUpperCase();
  const claimBody = (orderId: string, overrides: Record<string, unknown> = {}) => ({
    orderId,
    invoiceNo: `FP${rand()}${rand()}`,
    invoiceAmountFen: 450000,
    contractNo: `HT-2026-${rand()}`,
    reportSummary: '完成两件发明专利的技术交底、检索与申请文件撰写，已取得受理通知书。',
    ...overrides,
  });
  const claim = (o: VoucherOrder, overrides: Record<string, unknown> = {}) =>
    o.provider.post('/api/v1/redemption-claims', claimBody(o.id, overrides));
  const submitted = async (o: VoucherOrder, overrides: Record<string, unknown> = {}) =>
    ok<Claim>(claim(o, overrides), 201);
  const approved = async (o: VoucherOrder) => {
    const c = await submitted(o);
    return ok<Claim>(reviewer.post(`/api/v1/redemption-claims/${c.id}/approve`));
  };
  const asReviewer = async (id: string) => ok<Claim>(reviewer.get(`/api/v1/redemption-claims/${id}`));
  const download = (path: string, as: TestSession = finance) => as.get(path).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await t.api.bureauAdmin();
    reviewer = await t.api.bureauUser('reviewer');
    finance = await t.api.bureauUser('finance');
    m = new Marketplace(t.api, reviewer);
    programId = await program('2026年度专精特新服务券');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a claim (rule 6)', () => {
    it('claims the consumed voucher part of a completed order; the reviewer sees the risk flags, the provider not', async () => {
      const o = await voucherOrder();
      const c = await submitted(o, { invoiceNo: ` fp-${rand()} ` });
      expect(c).toMatchObject({
        orderId: o.id,
        providerId: o.provider.orgId,
        enterpriseId: o.enterprise.orgId,
        amountFen: 225000,
        invoiceAmountFen: 450000,
        status: 'submitted',
        reason: null,
        final: false,
        batchId: null,
      });
      expect(c.amountFen).toBe(o.voucherFen);
      expect(c.invoiceNo).toMatch(/^FP-[0-9A-F]{8}$/);
      expect(c).not.toHaveProperty('riskFlags');
      const own = await ok<{ items: Claim[] }>(o.provider.get('/api/v1/redemption-claims'));
      expect(own.items.map((i) => i.id)).toEqual([c.id]);
      expect(own.items[0]).not.toHaveProperty('riskFlags');
      const queue = await ok<{ items: Claim[] }>(
        reviewer.get('/api/v1/redemption-claims?status=submitted&pageSize=100'),
      );
      expect(queue.items.find((i) => i.id === c.id)).toMatchObject({ riskFlags: [], providerName: expect.any(String) });
      const audit = await ok<{ items: Array<{ action: string; actorId: string }> }>(
        admin.get(`/api/v1/audit-events?entityType=redemption_claim&entityId=${c.id}`),
      );
      expect(audit.items).toEqual([expect.objectContaining({ action: 'submit', actorId: o.provider.user.id })]);
    });

    it('refuses an order not completed yet, an order without a voucher part, and an invoice below the agreed price', async () => {
      const delivered = await voucherOrder({ until: 'delivered' });
      expect((await claim(delivered).expect(409)).body.code).toBe('CLAIM_ORDER_NOT_COMPLETED');
      const confirmed = await voucherOrder({ until: 'confirmed' });
      expect((await claim(confirmed).expect(409)).body.code).toBe('CLAIM_ORDER_NOT_COMPLETED');

      const plain = await m.orderIn('completed');
      const res = await plain.provider.post('/api/v1/redemption-claims', claimBody(plain.id)).expect(409);
      expect(res.body.code).toBe('CLAIM_NO_VOUCHER_PART');

      const o = await voucherOrder();
      const below = await claim(o, { invoiceAmountFen: 449999 }).expect(400);
      expect(below.body).toMatchObject({
        code: 'INVOICE_AMOUNT_BELOW_PRICE',
        details: [{ field: 'invoiceAmountFen' }],
      });
      await claim(o, { invoiceAmountFen: 450000 }).expect(201);
      const list = await ok<{ total: number }>(reviewer.get(`/api/v1/redemption-claims?orderId=${o.id}`));
      expect(list.total).toBe(1);
    });

    it("refuses another provider's order and unknown orders as 404, and bad input as 400", async () => {
      const o = await voucherOrder();
      const other = await m.provider();
      const res = await other.post('/api/v1/redemption-claims', claimBody(o.id)).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      await o.provider.post('/api/v1/redemption-claims', claimBody('00000000-0000-4000-8000-000000000001')).expect(404);
      for (const change of [
        { orderId: 'nope' },
        { invoiceNo: '' },
        { invoiceNo: '发票1' },
        { invoiceNo: 'A'.repeat(51) },
        { invoiceAmountFen: 1.5 },
        { invoiceAmountFen: '450000' },
        { contractNo: '   ' },
        { reportSummary: '' },
        { extra: true },
      ]) {
        const bad = await o.provider.post('/api/v1/redemption-claims', claimBody(o.id, change)).expect(400);
        expect(bad.body.code).toBe('VALIDATION_FAILED');
      }
      expect((await ok<{ total: number }>(reviewer.get(`/api/v1/redemption-claims?orderId=${o.id}`))).total).toBe(0);
    });

    it('refuses a used invoice number (any case, spaces), also when two claims race with it', async () => {
      const [a, b] = [await voucherOrder(), await voucherOrder()];
      const invoiceNo = `FP${rand()}`;
      await submitted(a, { invoiceNo });
      const again = await claim(b, { invoiceNo: ` ${invoiceNo.toLowerCase()} ` }).expect(409);
      expect(again.body).toMatchObject({ code: 'DUPLICATE_INVOICE' });
      for (let round = 0; round < 3; round++) {
        const [x, y] = [await voucherOrder(), await voucherOrder()];
        const shared = `FP-RACE-${rand()}`;
        const answers = await Promise.all([claim(x, { invoiceNo: shared }), claim(y, { invoiceNo: shared })]);
        expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
        expect(answers.find((r) => r.status === 409)!.body.code).toBe('DUPLICATE_INVOICE');
      }
    });

    it('keeps one live claim per order, also when two race', async () => {
      const o = await voucherOrder();
      const answers = await Promise.all([claim(o), claim(o), claim(o)]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      for (const r of answers.filter((a) => a.status === 409)) expect(r.body.code).toBe('CLAIM_EXISTS');
      expect((await claim(o).expect(409)).body.code).toBe('CLAIM_EXISTS');
    });

    it('after a correctable rejection one new claim; after a final rejection none: the amount is forfeited', async () => {
      const o = await voucherOrder();
      const first = await submitted(o);
      const reject = (id: string, body: Record<string, unknown>) =>
        reviewer.post(`/api/v1/redemption-claims/${id}/reject`, body);
      expect((await reject(first.id, { final: false }).expect(400)).body.code).toBe('REASON_REQUIRED');
      expect((await reject(first.id, { reason: '  ', final: false }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await reject(first.id, { reason: '发票抬头有误' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      const corrected = await ok<Claim>(reject(first.id, { reason: '发票抬头有误，请更正后重新提交', final: false }));
      expect(corrected).toMatchObject({ status: 'rejected', final: false, reason: '发票抬头有误，请更正后重新提交' });
      // Decided once: neither approved nor rejected again.
      expect((await reviewer.post(`/api/v1/redemption-claims/${first.id}/approve`).expect(409)).body.code).toBe(
        'INVALID_STATE',
      );
      expect((await reject(first.id, { reason: '再次驳回', final: true }).expect(409)).body.code).toBe('INVALID_STATE');
      // An invoice number is used once, even by a rejected claim: the corrected claim carries a new invoice.
      expect((await claim(o, { invoiceNo: first.invoiceNo }).expect(409)).body.code).toBe('DUPLICATE_INVOICE');
      const second = await submitted(o);
      expect((await claim(o).expect(409)).body.code).toBe('CLAIM_EXISTS');
      const forfeited = await ok<Claim>(reject(second.id, { reason: '合同与服务报告系伪造', final: true }));
      expect(forfeited).toMatchObject({ status: 'rejected', final: true });
      expect((await claim(o).expect(409)).body.code).toBe('CLAIM_FORFEITED');
      const own = await ok<{ items: Claim[] }>(o.provider.get(`/api/v1/redemption-claims?orderId=${o.id}`));
      expect(own.items.map((c) => [c.status, c.final, c.reason])).toEqual([
        ['rejected', true, '合同与服务报告系伪造'],
        ['rejected', false, '发票抬头有误，请更正后重新提交'],
      ]);
      const audit = await ok<{ items: Array<{ action: string; reason: string; after: Record<string, unknown> }> }>(
        admin.get(`/api/v1/audit-events?entityType=redemption_claim&entityId=${second.id}`),
      );
      expect(audit.items[0]).toMatchObject({
        action: 'reject',
        reason: '合同与服务报告系伪造',
        after: { status: 'rejected', final: true, forfeitedFen: 225000 },
      });
    });

    it('a provider suspended or removed after the work was completed still claims: work done is paid', async () => {
      for (const action of ['suspend', 'remove']) {
        const o = await voucherOrder();
        await ok(reviewer.post(`/api/v1/providers/${o.provider.orgId}/${action}`, { reason: '年度复核不合格' }));
        const c = await submitted(o);
        await ok(reviewer.post(`/api/v1/redemption-claims/${c.id}/approve`));
      }
    });

    it('answers a repeated submission with the same Idempotency-Key with the first answer', async () => {
      const o = await voucherOrder();
      const body = claimBody(o.id);
      const send = () =>
        o.provider.request('post', '/api/v1/redemption-claims').set('Idempotency-Key', `k-${o.id}`).send(body);
      const first = await ok<Claim>(send(), 201);
      const again = await ok<Claim>(send(), 201);
      expect(again.id).toBe(first.id);
    });
  });

  describe('risk flags shown to the reviewer', () => {
    it('shared USCC, legal representative and phone; a price above the listing; full face value soon after issue; quick delivery', async () => {
      const provider = await m.provider(); // legal representative 王磊, phone 13805741234 (newProviderProfile)
      const e = await enterprise({ uscc: provider.user.organisation.uscc! });
      await ok(e.patch('/api/v1/enterprises/me', { legalRepresentative: '王磊', contactPhone: '13805741234' }));
      const voucherId = await voucher(e, 225000, { after: 2 * DAY + 5 * HOUR });
      const o = await voucherOrder({
        provider,
        enterprise: e,
        voucherId,
        listing: { priceModel: 'from', priceFen: 300000 },
        quoteFen: 450000,
        deliverAfter: 5 * HOUR,
      });
      const c = await submitted(o);
      const flags = (await asReviewer(c.id)).riskFlags as Array<{ code: string; detail: string }>;
      expect(flags.map((f) => f.code)).toEqual([
        'SHARED_USCC',
        'SHARED_LEGAL_REPRESENTATIVE',
        'SHARED_CONTACT_PHONE',
        'PRICE_ABOVE_LISTING',
        'FULL_VOUCHER_SOON_AFTER_ISSUE',
        'QUICK_DELIVERY',
      ]);
      const detail = Object.fromEntries(flags.map((f) => [f.code, f.detail]));
      expect(detail.SHARED_USCC).toContain(provider.user.organisation.uscc!);
      expect(detail.SHARED_LEGAL_REPRESENTATIVE).toContain('王磊');
      expect(detail.PRICE_ABOVE_LISTING).toContain('4500.00 CNY is 1500.00 CNY above the listing');
      expect(detail.FULL_VOUCHER_SOON_AFTER_ISSUE).toContain('2 days 5 hours after the voucher was issued');
      expect(detail.QUICK_DELIVERY).toBe('Delivered 5 hours after the order was confirmed');
      // Flags are hints, not refusals: the reviewer may still approve.
      await ok(reviewer.post(`/api/v1/redemption-claims/${c.id}/approve`));
      expect(await ok<Claim>(o.provider.get(`/api/v1/redemption-claims/${c.id}`))).not.toHaveProperty('riskFlags');
    });

    it('more than 3 voucher orders of the same pair in the year', async () => {
      const provider = await m.provider();
      const e = await enterprise();
      const voucherId = await voucher(e);
      const codes: string[][] = [];
      for (let i = 0; i < 4; i++) {
        const o = await voucherOrder({ provider, enterprise: e, voucherId });
        codes.push(
          ((await asReviewer((await submitted(o)).id)).riskFlags as Array<{ code: string }>).map((f) => f.code),
        );
      }
      expect(codes).toEqual([[], [], [], ['FREQUENT_PAIR']]);
    });
  });

  describe('settlement batches (rule 7)', () => {
    it('batches approved claims only: submitted, rejected, batched and unknown claims are refused with nothing written', async () => {
      const ok1 = await approved(await voucherOrder());
      const pending = await submitted(await voucherOrder());
      const rejected = await submitted(await voucherOrder());
      await ok(reviewer.post(`/api/v1/redemption-claims/${rejected.id}/reject`, { reason: '材料不全', final: false }));
      const unknown = '00000000-0000-4000-8000-0000000000aa';
      for (const id of [pending.id, rejected.id, unknown]) {
        const res = await finance.post('/api/v1/settlement-batches', { claimIds: [ok1.id, id] }).expect(409);
        expect(res.body).toMatchObject({ code: 'CLAIMS_NOT_APPROVED', details: { claims: [{ id }] } });
      }
      expect((await asReviewer(ok1.id)).status).toBe('approved');
      await finance.post('/api/v1/settlement-batches', { claimIds: [] }).expect(400);
      await finance.post('/api/v1/settlement-batches', { claimIds: [ok1.id, ok1.id] }).expect(400);
      await finance.post('/api/v1/settlement-batches', { claimIds: ['nope'] }).expect(400);
      const batch = await ok<{ id: string }>(finance.post('/api/v1/settlement-batches', { claimIds: [ok1.id] }), 201);
      const twice = await finance.post('/api/v1/settlement-batches', { claimIds: [ok1.id] }).expect(409);
      expect(twice.body.details.claims).toEqual([{ id: ok1.id, status: 'batched' }]);
      expect((await asReviewer(ok1.id)).batchId).toBe(batch.id);
    });

    it('a claim named by two batches at once goes into one of them', async () => {
      for (let round = 0; round < 3; round++) {
        const shared = await approved(await voucherOrder());
        const mine = await approved(await voucherOrder());
        const answers = await Promise.all([
          finance.post('/api/v1/settlement-batches', { claimIds: [shared.id] }),
          finance.post('/api/v1/settlement-batches', { claimIds: [mine.id, shared.id] }),
        ]);
        expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
        const winner = answers.find((r) => r.status === 201)!.body;
        expect((await asReviewer(shared.id)).batchId).toBe(winner.id);
        const loser = answers.find((r) => r.status === 409)!.body;
        expect(loser.code).toBe('CLAIMS_NOT_APPROVED');
        if (winner.claimCount === 1) expect((await asReviewer(mine.id)).status).toBe('approved');
      }
    });

    it('exports the batch for the treasury, is paid once with a bank reference, and the provider sees what was paid', async () => {
      const provider = await m.provider();
      const orders = [
        await voucherOrder({ provider }),
        await voucherOrder({ provider, listing: { priceFen: 123457 } }),
        await voucherOrder(),
      ];
      const claims = [];
      for (const o of orders) claims.push(await approved(o));
      const total = claims.reduce((sum, c) => sum + c.amountFen, 0);
      expect(claims.map((c) => c.amountFen)).toEqual([225000, 61728, 225000]);
      const batch = await ok<{ id: string; totalFen: number; claimCount: number; status: string; claims: Claim[] }>(
        finance.post('/api/v1/settlement-batches', { claimIds: claims.map((c) => c.id) }),
        201,
      );
      expect(batch).toMatchObject({ status: 'created', totalFen: total, claimCount: 3, bankReference: null });
      expect(batch.claims.map((c) => c.status)).toEqual(['batched', 'batched', 'batched']);
      expect(await ok(finance.get(`/api/v1/settlement-batches/${batch.id}`))).toMatchObject({
        id: batch.id,
        totalFen: total,
      });

      const file = await download(`/api/v1/settlement-batches/${batch.id}/export`).expect(200);
      expect(file.headers['content-type']).toBe(XLSX);
      expect(file.headers['content-disposition']).toMatch(
        /^attachment; filename="settlement-batch-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.xlsx"$/,
      );
      const workbook = await workbookOf(file);
      const sheet = workbook.worksheets[0];
      const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
      const cells = rows.map((r) => Array.from(r.slice(1), (v) => (v === undefined || v === null ? '' : String(v))));
      expect(cells[0]).toEqual([
        '序号',
        '服务机构名称',
        '统一社会信用代码',
        '收款银行账号',
        '订单编号',
        '发票号码',
        '兑付金额（元）',
        '兑付申请编号',
      ]);
      expect(cells).toHaveLength(1 + 3 + 1);
      const lines = cells.slice(1, 4);
      expect(lines.map((l) => [l[4], l[5], l[6], l[7]])).toEqual(
        claims.map((c) => [c.orderId, c.invoiceNo, String(c.amountFen / 100), c.id]),
      );
      // Numbers the treasury can sum, shown in yuan with two decimals.
      expect(sheet.getCell('G2').numFmt).toBe('#,##0.00');
      expect(typeof sheet.getCell('G2').value).toBe('number');
      expect(lines.map((l) => l[3])).toEqual(['', '', '']); // no bank accounts are kept by the product yet
      expect(lines[0].slice(1, 3)).toEqual([provider.user.organisation.name, provider.user.organisation.uscc]);
      const toFen = (yuan: string) => Math.round(Number(yuan) * 100);
      const totals = cells[4];
      expect(totals[0]).toBe('合计');
      expect(toFen(totals[6])).toBe(lines.reduce((sum, l) => sum + toFen(l[6]), 0));
      expect(toFen(totals[6])).toBe(total);

      await finance.post(`/api/v1/settlement-batches/${batch.id}/mark-paid`, {}).expect(400);
      await finance.post(`/api/v1/settlement-batches/${batch.id}/mark-paid`, { bankReference: ' ' }).expect(400);
      const paid = await ok<{ status: string; bankReference: string; paidAt: string; claims: Claim[] }>(
        finance.post(`/api/v1/settlement-batches/${batch.id}/mark-paid`, { bankReference: 'ICBC-20260415-000123' }),
      );
      expect(paid).toMatchObject({ status: 'paid', bankReference: 'ICBC-20260415-000123', paidAt: expect.any(String) });
      expect(paid.claims.map((c) => c.status)).toEqual(['paid', 'paid', 'paid']);
      const again = await finance
        .post(`/api/v1/settlement-batches/${batch.id}/mark-paid`, { bankReference: 'X-2' })
        .expect(409);
      expect(again.body.code).toBe('INVALID_STATE');
      expect(await ok(finance.get(`/api/v1/settlement-batches/${batch.id}`))).toMatchObject({
        bankReference: 'ICBC-20260415-000123',
      });

      const own = await ok<{ items: Claim[]; total: number }>(provider.get('/api/v1/redemption-claims?status=paid'));
      expect(own.items.map((c) => [c.id, c.amountFen, c.status, c.bankReference, c.paidAt]).sort()).toEqual(
        claims
          .slice(0, 2)
          .map((c) => [c.id, c.amountFen, 'paid', 'ICBC-20260415-000123', paid.paidAt])
          .sort(),
      );
      const history = await ok<{ history: Array<{ kind: string; amountFen: number }> }>(
        orders[0].enterprise.get(`/api/v1/vouchers/${claims[0].voucherId}`),
      );
      expect(history.history.map((h) => h.kind)).toEqual(['issue', 'hold', 'consume', 'redeem', 'pay']);
      const audit = await ok<{ items: Array<{ action: string }> }>(
        admin.get(`/api/v1/audit-events?entityType=settlement_batch&entityId=${batch.id}`),
      );
      expect(audit.items.map((a) => a.action)).toEqual(['mark_paid', 'create']);
      const reExport = await download(`/api/v1/settlement-batches/${batch.id}/export`).expect(200);
      const paidBook = await workbookOf(reExport);
      expect(JSON.stringify(paidBook.getWorksheet('批次信息')!.getSheetValues())).toContain('ICBC-20260415-000123');
    });

    it('programme figures: redeemed = approved, batched and paid claims; paid = paid claims; the ledger agrees', async () => {
      const pid = await program('2026年度服务券（兑付核对）');
      const provider = await m.provider();
      const e = await enterprise();
      const voucherId = await voucher(e, 1_000_000, { program: pid });
      const order = (listing: Record<string, unknown>) => voucherOrder({ provider, enterprise: e, voucherId, listing });
      const [a, b, c, d] = [
        await order({ priceFen: 200000 }),
        await order({ priceFen: 300000 }),
        await order({ priceFen: 400000 }),
        await order({ priceFen: 100001 }),
      ];
      const paidClaim = await submitted(a, { invoiceAmountFen: 200000 });
      await ok(reviewer.post(`/api/v1/redemption-claims/${paidClaim.id}/approve`));
      const approvedClaim = await submitted(b, { invoiceAmountFen: 300000 });
      await ok(reviewer.post(`/api/v1/redemption-claims/${approvedClaim.id}/approve`));
      const forfeited = await submitted(c, { invoiceAmountFen: 400000 });
      await ok(reviewer.post(`/api/v1/redemption-claims/${forfeited.id}/reject`, { reason: '虚假材料', final: true }));
      await submitted(d, { invoiceAmountFen: 100001 });
      const batch = await ok<{ id: string }>(
        finance.post('/api/v1/settlement-batches', { claimIds: [paidClaim.id] }),
        201,
      );
      await ok(finance.post(`/api/v1/settlement-batches/${batch.id}/mark-paid`, { bankReference: 'CCB-0001' }));

      const figures = await ok(admin.get(`/api/v1/voucher-programs/${pid}`));
      expect(figures).toMatchObject({
        committedFen: 1_000_000,
        heldFen: 0,
        consumedFen: 100000 + 150000 + 200000 + 50000,
        redeemedFen: 100000 + 150000,
        paidFen: 100000,
      });
      for (const id of [pid, programId]) {
        expect(await ok(admin.get(`/api/v1/voucher-programs/${id}/ledger-check`))).toMatchObject({
          ok: true,
          differences: [],
        });
      }
      const main = await ok<{ redeemedFen: number; paidFen: number }>(
        admin.get(`/api/v1/voucher-programs/${programId}`),
      );
      const all = await ok<{ items: Claim[]; total: number }>(
        reviewer.get(`/api/v1/redemption-claims?programId=${programId}&pageSize=100`),
      );
      expect(all.total).toBe(all.items.length);
      const sum = (statuses: string[]) =>
        all.items.filter((c) => statuses.includes(c.status)).reduce((s, c) => s + c.amountFen, 0);
      expect([main.redeemedFen, main.paidFen]).toEqual([sum(['approved', 'batched', 'paid']), sum(['paid'])]);
      expect(main.paidFen).toBeGreaterThan(0);
    });
  });

  describe('who may do what', () => {
    it('each role gets its answer, and others 401, 403 or 404', async () => {
      const o = await voucherOrder();
      const c = await submitted(o);
      const otherProvider = await m.provider();
      const e = o.enterprise;
      const anonymous = (method: 'get' | 'post', path: string) => t.api.request(method, path).send({});

      // Submitting: the provider of the order only.
      for (const s of [e, reviewer, finance, admin])
        await s.post('/api/v1/redemption-claims', claimBody(o.id)).expect(403);
      await otherProvider.post('/api/v1/redemption-claims', claimBody(o.id)).expect(404);
      await anonymous('post', '/api/v1/redemption-claims').expect(401);

      // Reading claims: its provider (without flags) and the bureau (with them); no enterprise.
      await e.get('/api/v1/redemption-claims').expect(403);
      await e.get(`/api/v1/redemption-claims/${c.id}`).expect(403);
      await otherProvider.get(`/api/v1/redemption-claims/${c.id}`).expect(404);
      expect((await ok<{ items: Claim[] }>(otherProvider.get('/api/v1/redemption-claims'))).items).toEqual([]);
      for (const s of [reviewer, finance, admin]) {
        expect(await ok(s.get(`/api/v1/redemption-claims/${c.id}`))).toHaveProperty('riskFlags');
      }
      await anonymous('get', '/api/v1/redemption-claims').expect(401);
      await reviewer.get('/api/v1/redemption-claims/not-a-uuid').expect(404);
      await reviewer.get('/api/v1/redemption-claims?status=maybe').expect(400);

      // Deciding: reviewers only.
      for (const s of [o.provider, otherProvider, e, finance, admin]) {
        await s.post(`/api/v1/redemption-claims/${c.id}/approve`).expect(403);
        await s.post(`/api/v1/redemption-claims/${c.id}/reject`, { reason: '不符', final: false }).expect(403);
      }
      await reviewer.post('/api/v1/redemption-claims/00000000-0000-4000-8000-0000000000bb/approve').expect(404);
      await ok(reviewer.post(`/api/v1/redemption-claims/${c.id}/approve`));

      // Settlement: finance only.
      for (const s of [o.provider, e, reviewer, admin]) {
        await s.post('/api/v1/settlement-batches', { claimIds: [c.id] }).expect(403);
      }
      const batch = await ok<{ id: string }>(finance.post('/api/v1/settlement-batches', { claimIds: [c.id] }), 201);
      for (const s of [o.provider, e, reviewer, admin]) {
        await s.get('/api/v1/settlement-batches').expect(403);
        await s.get(`/api/v1/settlement-batches/${batch.id}`).expect(403);
        await s.get(`/api/v1/settlement-batches/${batch.id}/export`).expect(403);
        await s.post(`/api/v1/settlement-batches/${batch.id}/mark-paid`, { bankReference: 'X' }).expect(403);
      }
      await anonymous('get', `/api/v1/settlement-batches/${batch.id}/export`).expect(401);
      const missing = '00000000-0000-4000-8000-0000000000cc';
      await finance.get(`/api/v1/settlement-batches/${missing}`).expect(404);
      await download(`/api/v1/settlement-batches/${missing}/export`).expect(404);
      await finance.post(`/api/v1/settlement-batches/${missing}/mark-paid`, { bankReference: 'X' }).expect(404);
      const listed = await ok<{ items: Array<{ id: string }> }>(
        finance.get('/api/v1/settlement-batches?status=created'),
      );
      expect(listed.items.map((b) => b.id)).toContain(batch.id);
      await finance.get('/api/v1/settlement-batches?status=maybe').expect(400);
    });
  });
});
