import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { AwardsService } from '@app/awards';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { issuedVoucher, openProgramme, verifiedEnterprise } from '../support/voucher-programs.js';
import { type ConsoleRun, startConsole } from './support/browser.js';

/** The calendar year in Asia/Shanghai (the award and programme year). */
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);

/**
 * The provider's console pages (DOMAIN.md §1, 2, 5, 6, 7) in a real Chromium: the pool application
 * (refused while incomplete, returned, fixed, admitted), a listing created and published, a rating
 * replied to, a redemption claim, the award standing with its gaps, and an objection during notice.
 */
describe('web console: the provider', () => {
  let run: ConsoleRun;
  let page: Page;
  let provider: TestSession;
  let reviewer: TestSession;
  let admin: TestSession;
  let listingId: string;

  beforeAll(async () => {
    run = await startConsole();
    admin = await run.t.api.bureauAdmin();
    reviewer = await run.t.api.bureauUser('reviewer');
    provider = await run.t.api.provider();
    page = await run.signedIn(provider);
    // A reload parses the whole console again: give it room on a busy machine.
    page.setDefaultTimeout(20_000);
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  const own = async () => (await provider.get('/api/v1/providers/me').expect(200)).body;
  const button = (name: RegExp) => page.getByRole('button', { name });
  /** Goes to one of the provider's pages through the side menu (no reload). */
  const menu = async (label: string) => {
    await page.getByRole('link', { name: label, exact: true }).click();
    await page.mouse.move(1300, 740); // off the menu, for clean screenshots
  };

  it('fills the pool application, is refused while incomplete, returned, fixed and admitted', async () => {
    await page.goto('/provider');
    await page.getByRole('heading', { name: '入池申请' }).waitFor();
    await page.getByText('请完善机构资料并提交审核').waitFor();

    // Submitting an empty profile: the API refuses, in Chinese, next to the missing fields.
    await button(/提交审核/).click();
    await page.getByText('机构资料不完整，请补全后再提交').waitFor();
    await page.getByText('提交审核前须填写法定代表人').waitFor();
    expect((await own()).status).toBe('draft');

    await page.getByLabel('法定代表人').fill('李明');
    await page.getByLabel('联系人', { exact: true }).fill('赵倩');
    await page.getByLabel('联系电话').fill('13905748888');
    await page.getByLabel('地址', { exact: true }).fill('宁波市鄞州区首南街道');
    await page.getByLabel('机构简介').fill('专注专利申请与知识产权布局，服务宁波制造业中小企业。');
    await page.getByLabel('知识产权').check();
    await button(/添加资质/).click();
    await page.getByLabel('资质类型').fill('专利代理机构执业许可证');
    await page.getByLabel('证书编号').fill('33107');
    await page.getByLabel('发证机关').fill('国家知识产权局');
    await page.getByLabel('有效期至').click();
    await page.getByLabel('有效期至').fill('2028-12-31');
    await page.getByLabel('有效期至').press('Enter');
    await page.getByLabel('员工人数').fill('25');
    await button(/提交审核/).click();
    await page.getByText('正在等待主管部门审核').waitFor();
    const submitted = await own();
    expect(submitted).toMatchObject({
      status: 'submitted',
      legalRepresentative: '李明',
      contactPhone: '13905748888',
      categories: ['ip'],
      staffCount: 25,
      qualifications: [
        { kind: '专利代理机构执业许可证', number: '33107', issuer: '国家知识产权局', validUntil: '2028-12-31' },
      ],
    });

    await reviewer
      .post(`/api/v1/providers/${provider.orgId}/return`, { reason: '请填写营业执照上的完整注册地址' })
      .expect(200);
    await page.reload();
    await page.getByText('退回修改：请填写营业执照上的完整注册地址').waitFor();
    await page.getByLabel('地址', { exact: true }).fill('宁波市鄞州区首南街道天童南路588号');
    await button(/提交审核/).click();
    await page.getByText('正在等待主管部门审核').waitFor();
    expect(await own()).toMatchObject({ status: 'submitted', address: '宁波市鄞州区首南街道天童南路588号' });

    await reviewer.post(`/api/v1/providers/${provider.orgId}/approve`, {}).expect(200);
    await page.reload();
    await page.getByText('可以发布服务、承接订单').waitFor();
    await run.screenshot(page, 'provider-application');
  }, 40_000);

  it('creates a listing in the form and publishes it', async () => {
    await menu('服务管理');
    await button(/新建服务/).click();
    await page.getByRole('heading', { name: '新建服务' }).waitFor();
    await page.getByLabel('服务名称').fill('发明专利申请代理（含检索与撰写）');
    await page.getByLabel('服务类别').click();
    await page.getByTitle('知识产权', { exact: true }).click();
    await page.getByLabel('服务描述').fill('资深专利代理师提供技术交底、查新检索、申请文件撰写与审查意见答复。');
    await page.getByLabel('标签').fill('发明专利');
    await page.getByLabel('标签').press('Enter');
    await page.getByLabel('价格（元）').fill('4500');
    await page.getByLabel('计价单位').fill('件');
    await page.getByLabel('服务区域').click();
    await page.getByTitle('宁波市', { exact: true }).click();
    await page.getByRole('heading', { name: '新建服务' }).click();
    await page.locator('.ant-select-dropdown').last().waitFor({ state: 'hidden' });
    await page.getByLabel('可使用服务券').click();
    await page.locator('#voucherEligible[aria-checked="true"]').waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await run.screenshot(page, 'provider-listing-form');
    await button(/保\s*存/).click();
    await page.getByText('服务已创建（草稿），可在列表中发布').waitFor();

    const row = page.getByRole('row', { name: /发明专利申请代理/ });
    await row.getByText('草稿').waitFor();
    await row.getByRole('button', { name: /发\s*布/ }).click();
    await page.getByText('已发布，企业现在可以搜索到该服务').waitFor();
    await row.getByText('已发布').waitFor();
    const listings = (await provider.get('/api/v1/providers/me/listings').expect(200)).body.items;
    expect(listings).toHaveLength(1);
    expect(listings[0]).toMatchObject({
      status: 'published',
      category: 'ip',
      priceModel: 'fixed',
      priceFen: 450000,
      unit: '件',
      tags: ['发明专利'],
      regionCodes: ['330200'],
      voucherEligible: true,
      srdiSpecial: false,
    });
    listingId = listings[0].id;
    await run.screenshot(page, 'provider-listings');
  }, 30_000);

  it('replies once to a rating', async () => {
    const market = new Marketplace(run.t.api, reviewer);
    const buyer = await run.t.api.enterprise();
    const orderId = await market.completedAndRated(provider, listingId, buyer, [5, 4]);
    await menu('评价管理');
    await page.getByText('共 1 条评价').waitFor();
    await button(/回\s*复/).click();
    await page.getByLabel('回复内容').fill('感谢认可，后续授权进展我们会及时同步。');
    await button(/发布回复/).click();
    await page.getByText('我的回复：').waitFor();
    expect(await button(/回\s*复/).count()).toBe(0);
    await run.screenshot(page, 'provider-ratings');
    const rating = (await provider.get(`/api/v1/orders/${orderId}/rating`).expect(200)).body;
    expect(rating.reply).toBe('感谢认可，后续授权进展我们会及时同步。');
  }, 30_000);

  it('claims the voucher part of a completed voucher order and sees the reviewer’s reason', async () => {
    const dates = { applyFrom: `${YEAR}-01-01`, applyUntil: `${YEAR}-12-31` };
    const programId = await openProgramme(admin, {
      name: `${YEAR}年度宁波市专精特新服务券`,
      year: YEAR,
      ...dates,
      validFrom: dates.applyFrom,
      validUntil: dates.applyUntil,
    });
    const buyer = await verifiedEnterprise(run.t.api, reviewer, 'srdi', YEAR);
    const voucherId = await issuedVoucher(buyer, reviewer, programId, 200_000);
    const order = (
      await buyer.post('/api/v1/orders', { listingId, requirement: '申请两件发明专利', voucherId }).expect(201)
    ).body;
    expect(order.voucherFen).toBe(200_000);
    const step = (who: TestSession, action: string, body = {}) =>
      who.post(`/api/v1/orders/${order.id}/${action}`, body).expect(200);
    await step(provider, 'accept');
    await step(provider, 'payments/offline', { reference: 'BANK-REF-001' });
    await step(provider, 'start');
    await step(provider, 'deliver', { summary: '已提交两件发明专利申请' });
    await step(buyer, 'accept-delivery');

    await menu('服务券兑付');
    await page
      .getByRole('row', { name: /发明专利申请代理/ })
      .getByRole('button', { name: /申请兑付/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('¥2,000.00').waitFor();
    await dialog.getByLabel('发票号码').fill('fp-2026-0001');
    await dialog.getByLabel('合同编号').fill('HT-2026-0312');
    await dialog.getByLabel('服务报告摘要').fill('完成两件发明专利的检索与申请文件撰写，已取得受理通知书。');
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await page.getByText('兑付申请已提交').waitFor();
    await page.getByText('暂无待申请兑付的订单').waitFor();
    const claims = (await provider.get('/api/v1/redemption-claims').expect(200)).body.items;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      orderId: order.id,
      status: 'submitted',
      amountFen: 200_000,
      invoiceNo: 'FP-2026-0001',
      invoiceAmountFen: 450_000,
    });

    await reviewer
      .post(`/api/v1/redemption-claims/${claims[0].id}/reject`, { reason: '发票抬头与合同主体不一致', final: false })
      .expect(200);
    await page.reload();
    await page.getByText('驳回理由：发票抬头与合同主体不一致').waitFor();
    await page.getByText('可更正后重新申请').waitFor();
    await page
      .getByRole('row', { name: /发明专利申请代理/ })
      .getByRole('button', { name: /申请兑付/ })
      .waitFor();
    await run.screenshot(page, 'provider-redemption');
  }, 40_000);

  it('sees its standing with the gaps to eligibility, and objects once during the notice', async () => {
    await menu('年度评选');
    await page.getByText(`暂不符合 ${YEAR} 年度评选条件`).waitFor();
    await page.getByText('服务企业 2 家，还差 1 家达到 3 家').first().waitFor();
    await page.getByText(`${YEAR} 年度评选结果尚未公示`).waitFor();
    await run.screenshot(page, 'provider-standing');

    const round = (await admin.post('/api/v1/award-rounds', { year: YEAR, budgetFen: 300_000_000 }).expect(201)).body;
    await run.t.app.get(AwardsService).compute({ userId: admin.user.id, orgId: admin.orgId }, round.id);
    await admin.post(`/api/v1/award-rounds/${round.id}/publish`).expect(200);

    await page.reload();
    await page.getByText('本机构的评选结果').waitFor();
    await page.getByText('您不符合参评条件').waitFor();
    await page.getByText('暂无异议').waitFor();
    await page.getByLabel('异议理由').fill('本机构 2 家企业的订单已完成，服务企业数计算有误，请核实。');
    await button(/提出异议/).click();
    await page.getByText('异议已提交').waitFor();
    await page.getByText('待答复').waitFor();

    // A second objection while the first is unanswered: refused, in Chinese.
    await page.getByLabel('异议理由').fill('再次提出异议');
    await button(/提出异议/).click();
    await page.getByText('您的上一条异议尚未答复').waitFor();
    await run.screenshot(page, 'provider-award-round');
    const objections = (await provider.get(`/api/v1/award-rounds/${round.id}/objections`).expect(200)).body;
    expect(objections).toHaveLength(1);
    expect(objections[0]).toMatchObject({ status: 'open', providerId: provider.orgId });
  }, 40_000);
});
