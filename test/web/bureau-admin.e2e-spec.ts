import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { AwardComputeJobs } from '@app/awards';
import { FixedClock } from '@app/shared';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { issuedVoucher, verifiedEnterprise } from '../support/voucher-programs.js';
import { newUscc } from '../support/factories.js';
import { type ConsoleRun, startConsole } from './support/browser.js';
import { button, modal, toast } from './support/ui.js';

const HOUR = 3600 * 1000;

/**
 * The bureau admin's pages in a real Chromium: a voucher programme created through the form, the
 * statistics dashboard with its charts, an award round configured, computed (the queued job run here,
 * as no worker runs in tests), explained, published, an objection answered, finalising refused during
 * the notice, the results exported, and the audit log filtered by the round.
 * World (2025, minServed 2, minRatings 2): providers 甲 and 丙 eligible, 乙 served by one enterprise only.
 */
describe('web console: bureau admin (programmes, dashboard, awards, audit)', () => {
  let run: ConsoleRun;
  let admin: TestSession;
  let page: Page;
  const clock = new FixedClock(new Date('2025-03-01T02:00:00Z'));
  const p: Record<'A' | 'B' | 'F', TestSession> = {} as never;
  let roundId: string;
  let reviewer: TestSession;
  let voucherListing: string;

  beforeAll(async () => {
    run = await startConsole({ clock });
    const api = run.t.api;
    admin = await api.bureauAdmin();
    reviewer = await api.bureauUser('reviewer');
    const m = new Marketplace(api, reviewer);
    const names = { A: '甲知识产权代理有限公司', B: '乙数字科技有限公司', F: '丙管理咨询有限公司' };
    for (const k of ['A', 'B', 'F'] as const) p[k] = await api.poolMember(reviewer, { name: names[k] });
    const [e1, e2] = [await api.enterprise(), await api.enterprise()];
    const listing: Record<string, string> = {};
    for (const k of ['A', 'B', 'F'] as const) listing[k] = (await m.listing(p[k])).id;
    voucherListing = (await m.listing(p.A, { title: '企业知识产权管理体系贯标', priceFen: 10_000_000 })).id;
    clock.set(new Date('2025-04-01T02:00:00Z'));
    const plan: Array<['A' | 'B' | 'F', TestSession, [number, number]]> = [
      ['A', e1, [5, 5]],
      ['A', e2, [5, 4]],
      ['F', e1, [4, 3]],
      ['F', e2, [4, 4]],
      ['B', e1, [3, 3]],
    ];
    for (const [provider, buyer, rating] of plan) {
      clock.advance(HOUR);
      await m.completedAndRated(p[provider], listing[provider], buyer, rating);
    }
    clock.set(new Date('2026-01-10T02:00:00Z')); // 10:00 in Shanghai
    page = await run.signedIn(admin);
    page.setDefaultTimeout(30_000); // the first screenshot waits for the CJK fonts
  }, 120_000);
  /** Opens a console page and waits for its title (diagnosing a blank page). */
  async function open(path: string, title: string) {
    // A console rebuilt meanwhile (`vite build` empties dist first) answers 404 for a moment: try again.
    for (let tries = 0; (await page.goto(path))?.status() === 404 && tries < 10; tries++)
      await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      await page.getByRole('heading', { name: title, level: 3 }).waitFor();
    } catch (error) {
      await run.screenshot(page, 'debug-bureau-admin');
      console.error(page.url(), (await page.content()).slice(0, 2000));
      throw error;
    }
  }

  afterAll(async () => {
    await run?.close();
  });

  it('creates a voucher programme through the form (a missing field refused first), opens it and checks its ledger', async () => {
    await open('/bureau/voucher-programs', '服务券项目');
    await page.getByRole('button', { name: '新建项目' }).click();
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByText('请输入项目名称（100 字以内）').waitFor();
    await page.getByText('请至少选择一个服务类别').waitFor();

    await page.getByLabel('项目名称').fill('2026年度宁波市专精特新服务券');
    await page.getByLabel('年度', { exact: true }).fill('2026');
    await page.getByLabel('总预算（元）').fill('200000');
    await page.getByLabel('补贴比例（%）').fill('40');
    await page.getByLabel('单张面额上限（元）').fill('50000');
    await page.getByLabel('每家企业年度上限（元）').fill('100000');
    await page.getByLabel('专精特新中小企业（省级）', { exact: true }).check();
    await page.getByLabel('专精特新“小巨人”企业', { exact: true }).check();
    await page.getByLabel('知识产权', { exact: true }).check();
    await page.getByLabel('数字化转型', { exact: true }).check();
    for (const [field, day] of [
      ['申请开始日期', '2026-01-01'],
      ['申请截止日期', '2026-10-31'],
      ['有效期开始日期', '2026-01-01'],
      ['有效期截止日期', '2026-12-31'],
    ]) {
      await page.getByLabel(field).fill(day);
      await page.getByLabel(field).press('Enter');
    }
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByText('已创建服务券项目：2026年度宁波市专精特新服务券').waitFor();

    const list = (await admin.get('/api/v1/voucher-programs').expect(200)).body;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      status: 'draft',
      year: 2026,
      budgetFen: 20_000_000,
      coverageBp: 4000,
      maxFaceValueFen: 5_000_000,
      perEnterpriseYearCapFen: 10_000_000,
      categories: ['ip', 'digital'],
      tiers: ['srdi', 'little_giant'],
      applyFrom: '2026-01-01',
      applyUntil: '2026-10-31',
      validUntil: '2026-12-31',
      remainingFen: 20_000_000,
    });

    await page.getByRole('button', { name: '开放申请' }).click();
    await page.getByRole('button', { name: /^开\s*放$/ }).click();
    await page.getByText('项目已开放申请').waitFor();
    expect((await admin.get(`/api/v1/voucher-programs/${list.items[0].id}`).expect(200)).body.status).toBe('open');

    await page
      .getByRole('button', { name: /展开行|Expand row/ })
      .first()
      .click();
    await page.getByRole('button', { name: '核对台账' }).click();
    await page.getByText(/台账核对一致/).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await run.screenshot(page, 'bureau-programs');
  }, 90_000);

  it('shows the statistics dashboard with its charts', async () => {
    // Money moves in the programme (through the API): a voucher used on a ¥100,000 order, its claim approved.
    const programId = (await admin.get('/api/v1/voucher-programs').expect(200)).body.items[0].id;
    const buyer = await verifiedEnterprise(run.t.api, reviewer, 'srdi', 2025);
    const voucherId = await issuedVoucher(buyer, reviewer, programId, 5_000_000);
    const requirement = '建立知识产权管理体系并通过贯标认证';
    const order = (
      await buyer.post('/api/v1/orders', { listingId: voucherListing, requirement, voucherId }).expect(201)
    ).body;
    const step = (who: TestSession, action: string, body?: object) =>
      who.post(`/api/v1/orders/${order.id}/${action}`, body).expect(200);
    await step(p.A, 'accept');
    await step(p.A, 'payments/offline', { reference: 'BANK-REF-001' });
    await step(p.A, 'start');
    await step(p.A, 'deliver', { summary: '已交付' });
    await step(buyer, 'accept-delivery');
    const claim = await p.A.post('/api/v1/redemption-claims', {
      orderId: order.id,
      invoiceNo: 'INV-2026-0001',
      invoiceAmountFen: 10_000_000,
      contractNo: 'HT-2026-001',
      reportSummary: '已完成知识产权管理体系贯标',
    }).expect(201);
    await reviewer.post(`/api/v1/redemption-claims/${claim.body.id}/approve`).expect(200);
    // A matchmaking demand answered by a proposal.
    const demand = await buyer
      .post('/api/v1/demands', {
        title: '海外商标注册与专利布局',
        description: '主力产品进入东南亚市场，需要商标注册与专利布局。',
        category: 'ip',
        regionCode: '330212',
        deadline: '2027-12-31',
        visibility: 'pool',
      })
      .expect(201);
    await buyer.post(`/api/v1/demands/${demand.body.id}/publish`).expect(200);
    await p.A.post(`/api/v1/demands/${demand.body.id}/proposals`, {
      priceFen: 6_800_000,
      deliveryDays: 60,
      note: '商标近似检索后分批递交',
    }).expect(201);

    await open('/bureau/dashboard', '统计概览');
    await page.getByText('各服务类别入池机构（对照目标 100 家）').waitFor();
    await page.getByText('距目标还差 97 家').waitFor();
    await page.getByText('目标 100 家', { exact: true }).waitFor();
    await page.locator('.recharts-surface').nth(2).waitFor();
    expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(3);
    await page.getByText('5 条评价').waitFor();
    await page.getByRole('cell', { name: '¥40,000.00' }).first().waitFor(); // used and redeemed: 40% of ¥100,000
    await page.getByText('供需对接需求（已发布 1 条，成功对接 0 条）').waitFor();
    await page.getByText(/对接活动（0 场/).waitFor();
    await run.screenshot(page, 'bureau-dashboard');
    await page.getByText('供需对接需求（已发布 1 条，成功对接 0 条）').scrollIntoViewIfNeeded();
    await run.screenshot(page, 'bureau-dashboard-matchmaking');
  }, 90_000);

  it('adds a bureau user (an email already registered refused first)', async () => {
    await open('/bureau/users', '工作人员');
    await page.getByRole('button', { name: '新建工作人员' }).click();
    await page.getByLabel('姓名').fill('李审核');
    await page.getByLabel('登录邮箱').fill(admin.user.email);
    await page.getByLabel('初始密码').fill('correct-horse-battery');
    await page.getByLabel('审核', { exact: true }).check();
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByText('该邮箱已注册').waitFor();
    await page.getByLabel('登录邮箱').fill('li.shenhe@example.com');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByText('已创建工作人员：李审核').waitFor();
    await page.getByRole('cell', { name: 'li.shenhe@example.com' }).waitFor();
    const users = (await admin.get('/api/v1/bureau/users').expect(200)).body as Array<Record<string, unknown>>;
    expect(users.find((u) => u.email === 'li.shenhe@example.com')).toMatchObject({
      name: '李审核',
      roles: ['reviewer'],
    });
  }, 90_000);

  it('deactivates a squatter’s account from the USCC contests page; its token is refused at once', async () => {
    const api = run.t.api;
    const uscc = newUscc();
    const squatter = await api.provider({ org: { uscc, name: '抢注信息咨询有限公司' } });
    await api.provider({ org: { uscc, name: '宁波真实检测技术有限公司' } });
    await open('/bureau/uscc-contests', '信用代码争议');
    const card = page.locator('.ant-card').filter({ hasText: uscc });
    await card.getByText('待核验').waitFor();
    const row = card.getByRole('row').filter({ hasText: '抢注信息咨询有限公司' });
    await button(row, /停\s*用/).click();
    await modal(page).getByLabel('停用理由').fill('营业执照核验不符，冒用他人信用代码');
    await button(modal(page), /停\s*用/).click();
    await toast(page, `已停用 ${squatter.user.name} 的账号`);
    await row.getByText('已停用').waitFor();
    await run.screenshot(page, 'bureau-uscc-contests');
    expect((await squatter.get('/api/v1/me').expect(401)).body.code).toBe('ACCOUNT_DEACTIVATED');
  }, 90_000);

  it('configures an award round (tiers above the budget refused first) and computes it', async () => {
    await open('/bureau/awards', '优质服务机构评选');
    await page.getByRole('button', { name: '新建评选' }).click();
    await page.getByLabel('评选年度').fill('2025');
    await page.getByLabel('奖励预算（元）').fill('1000000');
    await page.getByLabel('最少服务企业数').fill('2');
    await page.getByLabel('最少评价企业数').fill('2');
    await page.getByRole('button', { name: '创建评选' }).click();
    await page.getByText('奖励总额超过评选预算').waitFor();
    expect((await admin.get('/api/v1/award-rounds').expect(200)).body.total).toBe(0);

    await page.getByLabel('奖励预算（元）').fill('3000000');
    await page.getByRole('button', { name: '创建评选' }).click();
    await page.getByText('2025 年度优质服务机构评选').first().waitFor();
    roundId = /\/bureau\/awards\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;
    expect(roundId).toBeDefined();
    const created = (await admin.get(`/api/v1/award-rounds/${roundId}`).expect(200)).body;
    expect(created).toMatchObject({ status: 'draft', budgetFen: 300_000_000 });
    expect(created.config).toMatchObject({ minServed: 2, minRatings: 2, minOrderFen: 100_000, admittedBy: '06-30' });

    await page.getByRole('button', { name: /^计\s*算$/ }).click();
    await page.getByText('排队等待计算').waitFor();
    expect((await admin.get(`/api/v1/award-rounds/${roundId}`).expect(200)).body.jobStatus).toBe('queued');
    // No worker runs in tests: run the queued job here, as the worker would.
    await run.t.app
      .get(AwardComputeJobs)
      .runComputeJob({ data: { roundId, actor: { userId: admin.user.id, orgId: admin.orgId } } });
    await page.getByRole('tab', { name: '排名（2）' }).waitFor();
    await page.getByRole('cell', { name: '甲知识产权代理有限公司' }).first().waitFor();
    await page.getByRole('tab', { name: '不符合条件（1）' }).waitFor();
    const results = (await admin.get(`/api/v1/award-rounds/${roundId}/results`).expect(200)).body;
    expect(results.ranked.map((r: { providerId: string }) => r.providerId)).toEqual([p.A.orgId, p.F.orgId]);
    await page.getByText('¥500,000.00').first().waitFor();
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, 440); // the results in view
    await run.screenshot(page, 'bureau-award-round');
  }, 90_000);

  it('opens a provider’s explanation', async () => {
    await page.getByRole('button', { name: '查看甲知识产权代理有限公司的评分说明' }).click();
    const drawer = page.locator('.ant-drawer-content-wrapper');
    await drawer.getByText('评分说明 · 甲知识产权代理有限公司').waitFor();
    await drawer.getByText(/您在 2 家符合条件的服务机构中排名第 1 名/).waitFor();
    await drawer.getByText('得分构成').waitFor();
    await run.screenshot(page, 'bureau-award-explanation');
    await drawer.locator('.ant-drawer-close').click();
    await page.getByRole('tab', { name: '不符合条件（1）' }).click();
    await page.getByText('服务企业 1 家，少于 2 家').waitFor();
  }, 90_000);

  it('publishes, answers an objection, is refused finalising during the notice, and exports', async () => {
    await page.getByRole('button', { name: '公示结果' }).click();
    await page.getByRole('button', { name: /^公\s*示$/ }).click();
    await page.getByText('评选结果已公示，参评机构已收到通知').waitFor();
    await page.getByText('2026/01/17（共 7 天）').waitFor();
    expect((await admin.get(`/api/v1/award-rounds/${roundId}`).expect(200)).body.status).toBe('published');

    const objection = await p.B.post(`/api/v1/award-rounds/${roundId}/objections`, {
      reason: '我单位 2025 年还服务了另一家企业，未计入',
    }).expect(201);
    await page.reload();
    await page.getByText('我单位 2025 年还服务了另一家企业，未计入').waitFor();
    await page.getByRole('button', { name: /^答\s*复$/ }).click();
    await page.getByLabel('不采纳（维持公示结果）').check();
    await page.getByLabel('答复理由').fill('经核实，另一家企业的订单成交价低于计入标准');
    await page.getByRole('button', { name: '提交答复' }).click();
    await page.getByText('已答复异议（不采纳）').waitFor();
    await page.getByRole('cell', { name: /经核实，另一家企业的订单成交价低于计入标准/ }).waitFor();
    const [answered] = (await admin.get(`/api/v1/award-rounds/${roundId}/objections`).expect(200)).body;
    expect(answered).toMatchObject({ id: objection.body.id, status: 'dismissed' });

    await page.getByRole('button', { name: /^定\s*稿$/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^定\s*稿$/ })
      .click();
    await page.getByText('公示期尚未结束').waitFor();
    expect((await admin.get(`/api/v1/award-rounds/${roundId}`).expect(200)).body.status).toBe('published');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  }, 90_000);

  it('reads the audit log filtered by the round', async () => {
    await open('/bureau/audit', '操作记录');
    await page.getByLabel('对象类型').fill('优质机构评选');
    await page.getByLabel('对象类型').press('Enter');
    await page.getByLabel('对象编号').fill(roundId);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('共 5 条').waitFor();
    for (const action of ['创建', '计算评选', '公示评选', '不采纳异议', '提出异议'])
      await page.getByRole('cell', { name: action, exact: true }).waitFor();
    await page.getByText('状态：已计算 → 公示中').waitFor();
    const events = (await admin.get(`/api/v1/audit-events?entityType=award_round&entityId=${roundId}`).expect(200))
      .body;
    expect(events.total).toBe(5);
    await run.screenshot(page, 'bureau-audit');
  }, 90_000);
});
