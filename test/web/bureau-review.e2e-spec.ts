import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { newProviderProfile } from '../support/factories.js';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { openProgramme, verifiedEnterprise } from '../support/voucher-programs.js';
import { type ConsoleRun, startConsole } from './support/browser.js';
import { button, drawer, modal, ok, toast } from './support/ui.js';

/** This year in Asia/Shanghai: the programme is valid all year, so the browser and the API agree on "today". */
const YEAR = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));

/** A screenshot once the drawer or dialog has finished sliding in. */
const screenshot = async (run: ConsoleRun, page: Page, name: string) => {
  await page.waitForTimeout(400);
  await run.screenshot(page, name);
};

describe('web console: the bureau reviewers’ queues and finance’s settlement', () => {
  let run: ConsoleRun;
  let reviewer: TestSession;
  let finance: TestSession;
  let m: Marketplace;
  let programId: string;

  /** A voucher for `enterprise` of `faceValueFen`, applied for and approved through the API. */
  const voucher = async (enterprise: TestSession, faceValueFen: number) => {
    const application = await ok<{ id: string }>(
      enterprise.post(`/api/v1/voucher-programs/${programId}/applications`, {
        requestedFen: faceValueFen,
        purpose: '专利布局服务',
      }),
      201,
    );
    const approved = await ok<{ voucherId: string }>(
      reviewer.post(`/api/v1/voucher-applications/${application.id}/approve`, {}),
    );
    return approved.voucherId;
  };

  /** A completed voucher order of a 4,500.00 listing (the voucher part its full face 2,250.00) and its claim. */
  const claimedOrder = async (provider: TestSession, enterprise: TestSession, invoiceNo: string) => {
    const voucherId = await voucher(enterprise, 225000);
    const listing = await m.listing(provider);
    const order = await ok<{ id: string }>(
      enterprise.post('/api/v1/orders', { listingId: listing.id, requirement: '申请两件发明专利', voucherId }),
      201,
    );
    const path = (action: string) => `/api/v1/orders/${order.id}/${action}`;
    await ok(provider.post(path('accept')));
    await ok(provider.post(path('payments/offline'), { reference: `BANK-${invoiceNo}` }));
    await ok(provider.post(path('start')));
    await ok(provider.post(path('deliver'), { summary: '已提交专利申请并取得受理通知书' }));
    await ok(enterprise.post(path('accept-delivery')));
    const claim = await ok<{ id: string }>(
      provider.post('/api/v1/redemption-claims', {
        orderId: order.id,
        invoiceNo,
        invoiceAmountFen: 450000,
        contractNo: `HT-${YEAR}-${invoiceNo}`,
        reportSummary: '完成两件发明专利的技术交底、检索与申请文件撰写，已取得受理通知书。',
      }),
      201,
    );
    return { orderId: order.id, claimId: claim.id };
  };

  /** A page signed in as `session`; waits are generous, the machine may be busy with other browsers. */
  const signedIn = async (session: TestSession) => {
    const page = await run.signedIn(session);
    page.setDefaultTimeout(30_000);
    return page;
  };

  beforeAll(async () => {
    run = await startConsole();
    const api = run.t.api;
    const admin = await api.bureauAdmin();
    reviewer = await api.bureauUser('reviewer');
    finance = await api.bureauUser('finance');
    m = new Marketplace(api, reviewer);
    programId = await openProgramme(admin, {
      name: `${YEAR}年度宁波市专精特新服务券`,
      year: YEAR,
      maxFaceValueFen: 1_000_000,
      categories: ['ip', 'legal_tax'],
      tiers: ['srdi'],
      applyFrom: `${YEAR}-01-01`,
      applyUntil: `${YEAR}-12-31`,
      validFrom: `${YEAR}-01-01`,
      validUntil: `${YEAR}-12-31`,
    });
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  it('admits a provider: an expired qualification fails a check, approval without a reason is refused, returned, then approved', async () => {
    const provider = await run.t.api.provider();
    const name = provider.user.organisation.name;
    const expired = {
      kind: '专利代理机构执业许可证',
      number: '33107',
      issuer: '国家知识产权局',
      validUntil: '2020-12-31',
    };
    await ok(provider.patch('/api/v1/providers/me', newProviderProfile({ qualifications: [expired] })));
    await ok(provider.post('/api/v1/providers/me/submit'));

    const page = await signedIn(reviewer);
    await page.goto('/bureau/applications');
    const row = page.locator('.ant-table-row').filter({ hasText: name });
    await row.getByText('1 项未通过').waitFor();
    await screenshot(run, page, 'bureau-applications');
    await row.click();
    const checks = drawer(page).locator('.ant-list-item');
    await checks.filter({ hasText: '资质证书均在有效期内' }).getByText('未通过').waitFor();
    await checks.filter({ hasText: '统一社会信用代码有效' }).getByText('通过', { exact: true }).waitFor();
    await drawer(page).getByText('已过期：专利代理机构执业许可证（33107，有效期至 2020/12/31）').waitFor();
    await screenshot(run, page, 'bureau-application-detail');

    // A failed check: approving needs a reason, refused without one (nothing sent).
    await button(drawer(page), '批准入池').click();
    await modal(page).getByText('有 1 项准入检查未通过：资质证书均在有效期内').waitFor();
    await button(modal(page), '批准入池').click();
    await modal(page).getByText('请填写批准理由').waitFor();
    await button(modal(page), /取\s*消/).click();
    expect((await ok<{ items: Array<{ id: string }> }>(reviewer.get('/api/v1/pool/applications'))).items).toEqual([
      expect.objectContaining({ id: provider.orgId, status: 'submitted' }),
    ]);

    // Returned with a reason: the provider sees it.
    await button(drawer(page), '退回修改').click();
    await button(modal(page), '退回修改').click();
    await modal(page).getByText('请填写退回理由').waitFor();
    await page.getByLabel('退回理由').fill('专利代理机构执业许可证已过期，请上传有效期内的证书');
    await button(modal(page), '退回修改').click();
    await toast(page, '已退回');
    await drawer(page).getByText('专利代理机构执业许可证已过期，请上传有效期内的证书').waitFor();
    const returned = await ok<{ status: string; lastDecision: { action: string; reason: string } }>(
      provider.get('/api/v1/providers/me'),
    );
    expect(returned).toMatchObject({
      status: 'returned',
      lastDecision: { action: 'returned', reason: '专利代理机构执业许可证已过期，请上传有效期内的证书' },
    });

    // Corrected and submitted again: every check passes and the reviewer admits it.
    await ok(
      provider.patch('/api/v1/providers/me', { qualifications: [{ ...expired, validUntil: `${YEAR + 3}-12-31` }] }),
    );
    await ok(provider.post('/api/v1/providers/me/submit'));
    await page.reload();
    await row.getByText('全部通过').waitFor();
    await row.click();
    await button(drawer(page), '批准入池').click();
    await modal(page).getByText('准入检查全部通过', { exact: false }).waitFor();
    await button(modal(page), '批准入池').click();
    await toast(page, '已批准入池');
    expect((await ok<{ status: string }>(provider.get('/api/v1/providers/me'))).status).toBe('approved');
  }, 90_000);

  it('verifies a tier claim, and approves a voucher application once lowered to the programme’s maximum', async () => {
    const enterprise = await run.t.api.enterprise();
    const name = enterprise.user.organisation.name;
    const claim = await ok<{ id: string }>(
      enterprise.post('/api/v1/enterprises/me/tier-claims', {
        tier: 'srdi',
        certificateNo: '浙经信企业〔2025〕88号',
        year: 2025,
      }),
      201,
    );
    const page = await signedIn(reviewer);
    await page.goto('/bureau/tier-claims');
    await page.locator('.ant-table-row').filter({ hasText: name }).click();
    await drawer(page).getByText('浙经信企业〔2025〕88号').waitFor();
    await button(drawer(page), '认定通过').click();
    await button(modal(page), '认定通过').click();
    await toast(page, '已认定');
    const claims = await ok<{ tierClaims: Array<{ id: string; status: string; validUntil: string }> }>(
      enterprise.get('/api/v1/enterprises/me'),
    );
    expect(claims.tierClaims).toEqual([
      expect.objectContaining({ id: claim.id, status: 'verified', validUntil: '2028-12-31' }),
    ]);

    // 15,000.00 asked for; the programme's maximum face value is 10,000.00.
    const application = await ok<{ id: string }>(
      enterprise.post(`/api/v1/voucher-programs/${programId}/applications`, {
        requestedFen: 1_500_000,
        purpose: '申请专利布局与数字化诊断服务',
      }),
      201,
    );
    await page.goto('/bureau/voucher-applications');
    const row = page.locator('.ant-table-row').filter({ hasText: name });
    await row.getByText('¥15,000.00').waitFor();
    await row.click();
    await drawer(page).getByText('¥10,000.00').first().waitFor();
    await button(drawer(page), '批准发券').click();
    await button(modal(page), '批准并发券').click();
    await modal(page).getByText('超过服务券单张面额上限').waitFor();
    await page.getByLabel('发券面额（元）').fill('10000');
    await button(modal(page), '批准并发券').click();
    await toast(page, '已批准，服务券已发放');
    const vouchers = await ok<{ items: Array<{ faceValueFen: number; availableFen: number }> }>(
      enterprise.get('/api/v1/vouchers'),
    );
    expect(vouchers.items).toEqual([expect.objectContaining({ faceValueFen: 1_000_000, availableFen: 1_000_000 })]);
    const applications = await ok<{ items: Array<{ id: string; status: string }> }>(
      enterprise.get('/api/v1/voucher-applications'),
    );
    expect(applications.items).toEqual([expect.objectContaining({ id: application.id, status: 'approved' })]);
  }, 90_000);

  it('approves a redemption claim shown with its risk flags, hides a rating; finance batches, exports and pays', async () => {
    // Related parties: the same legal representative and phone; the full voucher used at once; delivered at once.
    const provider = await m.provider(); // legal representative 王磊, phone 13805741234
    const enterprise = await verifiedEnterprise(run.t.api, reviewer, 'srdi', 2025);
    await ok(enterprise.patch('/api/v1/enterprises/me', { legalRepresentative: '王磊', contactPhone: '13805741234' }));
    const first = await claimedOrder(provider, enterprise, `FP${YEAR}0001`);
    const second = await claimedOrder(provider, enterprise, `FP${YEAR}0002`);
    await ok(reviewer.post(`/api/v1/redemption-claims/${second.claimId}/approve`));
    await ok(
      enterprise.post(`/api/v1/orders/${first.orderId}/rating`, {
        overall: 1,
        professionalism: 1,
        timeliness: 1,
        effectiveness: 1,
        value: 1,
        comment: '加微信领取更多优惠，代办各类资质，价格从优',
      }),
      201,
    );

    const page = await signedIn(reviewer);
    await page.goto('/bureau/redemption-claims');
    const row = page.locator('.ant-table-row').filter({ hasText: `FP${YEAR}0001` });
    for (const flag of ['法定代表人相同', '联系电话相同', '发券后短期内用满面额', '交付过快'])
      await row.getByText(flag).waitFor();
    await row.click();
    await drawer(page).getByText('企业与服务机构的法定代表人均为 王磊').waitFor();
    await drawer(page)
      .getByText(/^订单确认后 (不到1分钟|\d+分钟) 即交付$/)
      .waitFor();
    await drawer(page).getByText('¥2,250.00').first().waitFor();
    await screenshot(run, page, 'bureau-redemption');
    await button(drawer(page), '审核通过').click();
    await modal(page).getByText('该申请有 4 项风险提示', { exact: false }).waitFor();
    await button(modal(page), '审核通过').click();
    await toast(page, '兑付申请已通过');
    const approved = await ok<{ status: string; riskFlags: Array<{ code: string }> }>(
      reviewer.get(`/api/v1/redemption-claims/${first.claimId}`),
    );
    expect(approved.status).toBe('approved');
    expect(approved.riskFlags.map((f) => f.code)).toEqual([
      'SHARED_LEGAL_REPRESENTATIVE',
      'SHARED_CONTACT_PHONE',
      'FULL_VOUCHER_SOON_AFTER_ISSUE',
      'QUICK_DELIVERY',
    ]);

    // A rating hidden with a reason.
    await page.goto('/bureau/ratings');
    const rated = page.locator('.ant-table-row').filter({ hasText: '加微信领取更多优惠' });
    await rated.getByText('公开', { exact: true }).waitFor();
    await screenshot(run, page, 'bureau-ratings');
    await button(rated, /隐\s*藏/).click();
    await page.getByLabel('隐藏理由').fill('评价内容为与服务无关的广告信息');
    await button(modal(page), /隐\s*藏/).click();
    await toast(page, '评价已隐藏');
    await rated.getByText('已隐藏').waitFor();
    expect(await ok(reviewer.get(`/api/v1/orders/${first.orderId}/rating`))).toMatchObject({
      hidden: true,
      hiddenReason: '评价内容为与服务无关的广告信息',
    });

    // The reviewer has no settlement menu.
    await page.getByRole('menuitem', { name: /评价管理/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /兑付结算/ }).count()).toBe(0);

    // Finance: both approved claims into one batch, the .xlsx downloaded, marked paid.
    const fin = await signedIn(finance);
    await fin.goto('/bureau/settlement');
    expect(await fin.getByRole('menuitem', { name: /入池审核/ }).count()).toBe(0);
    const pending = fin.locator('.ant-card').filter({ hasText: '待结算的兑付申请' });
    await pending.getByText(`FP${YEAR}0001`, { exact: true }).waitFor();
    await pending.locator('.ant-table-thead .ant-checkbox-input').check();
    await pending.getByText('已选 2 笔，合计 ¥4,500.00').waitFor();
    await screenshot(run, fin, 'bureau-settlement');
    await button(pending, '生成结算批次').click();
    await button(modal(fin), '生成批次').click();
    await toast(fin, '结算批次已生成');
    await drawer(fin).getByText('¥4,500.00').first().waitFor();
    const batches = await ok<{ items: Array<{ id: string; status: string; totalFen: number; claimCount: number }> }>(
      finance.get('/api/v1/settlement-batches'),
    );
    expect(batches.items).toEqual([expect.objectContaining({ status: 'created', totalFen: 450000, claimCount: 2 })]);
    const batchId = batches.items[0].id;

    const [file] = await Promise.all([fin.waitForEvent('download'), button(drawer(fin), '下载清单').click()]);
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^settlement-batch-\\d{4}-\\d{2}-\\d{2}-${batchId.slice(0, 8)}\\.xlsx$`),
    );

    await button(drawer(fin), '标记已付款').click();
    // The dialog's form must be there before its button is pressed (under load it renders late).
    await fin.getByLabel('银行流水号').waitFor();
    await button(modal(fin), '确认已付款').click();
    await modal(fin).getByText('请填写银行流水号').waitFor();
    await fin.getByLabel('银行流水号').fill('ICBC-20260415-000123');
    await button(modal(fin), '确认已付款').click();
    await toast(fin, '已标记为已付款');
    expect(await ok(finance.get(`/api/v1/settlement-batches/${batchId}`))).toMatchObject({
      status: 'paid',
      bankReference: 'ICBC-20260415-000123',
    });
    expect((await ok<{ status: string }>(provider.get(`/api/v1/redemption-claims/${first.claimId}`))).status).toBe(
      'paid',
    );
  }, 150_000);

  it('resolves a dispute with a reason, and takes a listing down with a reason', async () => {
    const { id: orderId } = await m.orderIn('disputed');
    const page = await signedIn(reviewer);
    await page.goto('/bureau/disputes');
    await page.locator('.ant-table-row').first().click();
    await drawer(page).getByText('争议理由：交付不完整', { exact: true }).waitFor();
    await button(drawer(page), '裁定取消').click();
    await button(modal(page), '裁定取消').click();
    await modal(page).getByText('请填写裁定理由').waitFor();
    await page.getByLabel('裁定理由').fill('服务机构未能提供交付材料，按取消处理并退还自付款');
    await button(modal(page), '裁定取消').click();
    await toast(page, '已裁定');
    const order = await ok<{ status: string; voucherFen: number }>(reviewer.get(`/api/v1/orders/${orderId}`));
    expect(order.status).toBe('cancelled');

    const provider = await m.provider();
    const listing = await m.listing(provider, { title: '高新技术企业认定包过服务' });
    await page.goto('/bureau/listings');
    await page.getByLabel('搜索服务产品').fill('高新技术企业认定');
    await page.getByLabel('搜索服务产品').press('Enter');
    const row = page.locator('.ant-table-row').filter({ hasText: '高新技术企业认定包过服务' });
    await button(row, /下\s*架/).click();
    await page.getByLabel('下架理由').fill('“包过”属于夸大宣传，请修改后联系主管部门');
    await button(modal(page), '强制下架').click();
    await toast(page, '已下架');
    await row.waitFor({ state: 'detached' });
    expect(await ok(provider.get(`/api/v1/listings/${listing.id}`))).toMatchObject({
      status: 'taken_down',
      lastDecision: { reason: '“包过”属于夸大宣传，请修改后联系主管部门' },
    });
  }, 90_000);
});
