import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { issuedVoucher, openProgramme, verifiedEnterprise } from '../support/voucher-programs.js';
import { type ConsoleRun, startConsole } from './support/browser.js';
import { button, confirmPop, fillIpRating } from './support/ui.js';

/** This year in Asia/Shanghai: the programme is valid all year, so the browser and the API agree on "today". */
const YEAR = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));

const dialog = (page: Page) => page.getByRole('dialog');
/** A message of the order's thread. */
const threadMessage = (page: Page, text: string) => page.locator('.order-message').filter({ hasText: text });

describe('web console: orders and booking, enterprise and provider', () => {
  let run: ConsoleRun;
  let m: Marketplace;
  let provider: TestSession;
  let enterprise: TestSession;
  let fixedListing: string;
  let quoteListing: string;
  let voucherCode: string;
  /** The enterprise's and the provider's signed-in pages, kept across the tests. */
  let ent: Page;
  let prov: Page;

  beforeAll(async () => {
    run = await startConsole();
    const api = run.t.api;
    const reviewer = await api.bureauUser('reviewer');
    const admin = await api.bureauAdmin();
    m = new Marketplace(api, reviewer);
    provider = await m.provider();
    fixedListing = (await m.listing(provider, { title: '发明专利申请代理', priceFen: 450000 })).id;
    quoteListing = (await m.listing(provider, { title: '专利布局规划咨询', priceModel: 'quote', priceFen: null })).id;
    enterprise = await verifiedEnterprise(api, reviewer);
    const programId = await openProgramme(admin, {
      name: `${YEAR}年度宁波市专精特新服务券`,
      year: YEAR,
      coverageBp: 5000,
      applyFrom: `${YEAR}-01-01`,
      applyUntil: `${YEAR}-12-31`,
      validFrom: `${YEAR}-01-01`,
      validUntil: `${YEAR}-12-31`,
    });
    // Face 2,000.00: half of 4,500.00 is 2,250.00, so the voucher part is capped by the balance.
    const voucherId = await issuedVoucher(enterprise, reviewer, programId, 200000);
    voucherCode = (await enterprise.get(`/api/v1/vouchers/${voucherId}`).expect(200)).body.code;
    ent = await run.signedIn(enterprise);
    prov = await run.signedIn(provider);
    // Other suites may load the machine at the same time: a slower answer is not a failure.
    for (const page of [ent, prov]) page.setDefaultTimeout(20_000);
    await Promise.all([ent.goto('/enterprise/orders'), prov.goto('/provider/orders')]);
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  /** A screenshot of the page from its top, without the passing toasts. */
  const shot = async (page: Page, name: string) => {
    await page.mouse.move(1360, 760);
    await page.waitForTimeout(300); // a hovered star's tooltip fades out
    await page.evaluate('window.scrollTo(0, 0)');
    const hide = await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
    await run.screenshot(page, name);
    await hide.evaluate((node) => node.remove());
  };
  /** Opens an order again through the console's menu and list (its detail is fetched afresh). */
  const reopen = async (page: Page, menu: string, id: string) => {
    await page.getByRole('menuitem', { name: menu }).click();
    await button(page, /刷\s*新/).click();
    await page.locator(`a[href$="/orders/${id}"]`).first().click();
    await page.waitForURL(`**/orders/${id}`);
  };
  const orderOf = async (id: string) => (await enterprise.get(`/api/v1/orders/${id}`).expect(200)).body;

  it('books a fixed-price listing with a voucher, pays by bank transfer, is served, accepts and rates', async () => {
    // Booking: the voucher part and co-pay are shown before committing.
    await ent.goto(`/enterprise/book/${fixedListing}`);
    await ent.getByText('发明专利申请代理').first().waitFor();
    await ent.getByLabel('需求说明').fill('公司有3项新型传动结构需要申请发明专利，希望月底前提交。');
    await ent.getByLabel('使用服务券').click();
    await ent.locator('.ant-select-item-option').filter({ hasText: voucherCode }).click();
    await ent.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await ent.getByText('¥2,000.00', { exact: true }).waitFor();
    await ent.getByText('¥2,500.00', { exact: true }).waitFor();
    await shot(ent, 'orders-book');
    await button(ent, '确认并提交预约').click();
    await ent.waitForURL(/\/enterprise\/orders\/[0-9a-f-]{36}$/);
    const id = ent.url().split('/').pop()!;
    await ent.locator('.ant-tag').filter({ hasText: '请求中' }).first().waitFor();
    expect(await orderOf(id)).toMatchObject({ status: 'requested', voucherFen: 200000, copayFen: 250000 });

    // A reason is required to cancel: refused in Chinese, nothing sent.
    await button(ent, '取消预约').click();
    await button(dialog(ent), '确认取消').click();
    await dialog(ent).getByText('请填写取消理由').waitFor();
    await button(dialog(ent), /返\s*回/).click();
    expect((await orderOf(id)).status).toBe('requested');

    // The provider finds it in its incoming orders and accepts it at the listed price.
    await button(prov, /刷\s*新/).click();
    await prov.getByRole('link', { name: '发明专利申请代理' }).first().click();
    await prov.waitForURL(`**/provider/orders/${id}`);
    await button(prov, '接受预约').click();
    await confirmPop(prov);
    await prov.locator('.ant-tag').filter({ hasText: '已确认' }).first().waitFor();
    // Starting before the co-pay arrived is refused by the API, in Chinese.
    await button(prov, '开始服务').click();
    await confirmPop(prov);
    await prov.getByText('企业自付部分尚未支付').waitFor();
    expect((await orderOf(id)).status).toBe('confirmed');

    // The enterprise sees how to pay: bank transfer to the provider, the amount, the order number.
    await reopen(ent, '我的预约', id);
    await ent.getByText('待支付 ¥2,500.00', { exact: false }).waitFor();
    await ent.getByText('转账附言（订单编号）').waitFor();
    await ent.locator('.ant-descriptions-item-content').filter({ hasText: id }).first().waitFor();
    // No Stripe here: the card button answers in Chinese and bank transfer stays the way.
    await button(ent, '银行卡支付').click();
    await confirmPop(ent);
    await ent.getByText('暂不支持银行卡支付，请使用银行转账').waitFor();
    // Messages both ways.
    await ent.getByLabel('留言').fill('请问贵司的收款账户是？');
    await button(ent, '发送留言').click();
    await threadMessage(ent, '请问贵司的收款账户是？').waitFor();
    await shot(ent, 'orders-enterprise-detail');

    await reopen(prov, '预约订单', id);
    await threadMessage(prov, '请问贵司的收款账户是？').waitFor();
    await prov.getByLabel('留言').fill('工商银行宁波鄞州支行 3901 0000 0000 1234');
    await button(prov, '发送留言').click();
    await threadMessage(prov, '工商银行宁波鄞州支行 3901 0000 0000 1234').waitFor();

    // The provider records the transfer, starts and delivers.
    await button(prov, '登记银行转账').click();
    await dialog(prov).getByLabel('银行转账流水号').fill('ICBC-20261122-0001');
    await button(dialog(prov), /确\s*定/).click();
    await prov.getByText('企业自付部分 ¥2,500.00 已到账（银行转账）').waitFor();
    await button(prov, '开始服务').click();
    await confirmPop(prov);
    await prov.locator('.ant-tag').filter({ hasText: '进行中' }).first().waitFor();
    await button(prov, '提交交付').click();
    await dialog(prov).getByLabel('交付说明').fill('已提交3件发明专利申请，取得受理通知书，附检索报告。');
    await button(dialog(prov), /确\s*定/).click();
    await prov.locator('.ant-tag').filter({ hasText: '已交付' }).first().waitFor();
    await shot(prov, 'orders-provider-detail');
    expect(await orderOf(id)).toMatchObject({ status: 'delivered', paidFen: 250000 });

    // The enterprise sees the reply, accepts the delivery and rates with outcomes.
    await reopen(ent, '我的预约', id);
    await threadMessage(ent, '工商银行宁波鄞州支行 3901 0000 0000 1234').waitFor();
    await button(ent, '确认验收').click();
    await confirmPop(ent);
    await ent.locator('.ant-tag').filter({ hasText: '已完成' }).first().waitFor();
    await button(ent, '评价本次服务').click();
    await ent.waitForURL(`**/enterprise/orders/${id}/rate`);
    await fillIpRating(ent);
    await ent.getByLabel('专利授权数（件）').fill('1');
    await shot(ent, 'orders-rate');
    await button(ent, '提交评价').click();
    await ent.waitForURL(`**/enterprise/orders/${id}`);
    await ent.getByText('我的评价').waitFor();
    await ent.getByText(/修改评价/).waitFor();
    const rating = (await enterprise.get(`/api/v1/orders/${id}/rating`).expect(200)).body;
    expect(rating).toMatchObject({
      overall: 5,
      professionalism: 5,
      timeliness: 4,
      effectiveness: 5,
      value: 4,
      outcomes: { patentsFiled: 3, patentsGranted: 1 },
    });
    expect(await orderOf(id)).toMatchObject({ status: 'completed', voucherFen: 200000 });

    // The provider sees the rating.
    await reopen(prov, '预约订单', id);
    await prov.getByText('企业评价').waitFor();
    await prov.getByText('撰写质量高，沟通及时，三件发明专利均已受理。', { exact: false }).waitFor();
  }, 90_000);

  it('books a quote-priced listing; the provider quotes; a changed quote is refused, the new one confirmed', async () => {
    await ent.goto(`/enterprise/book/${quoteListing}`);
    await ent.getByText('该服务价格面议').waitFor();
    await ent.getByLabel('需求说明').fill('希望围绕核心产品做一次专利布局规划。');
    await button(ent, '确认并提交预约').click();
    await ent.waitForURL(/\/enterprise\/orders\/[0-9a-f-]{36}$/);
    const id = ent.url().split('/').pop()!;

    await reopen(prov, '预约订单', id);
    await button(prov, /^报\s*价$/).click();
    await dialog(prov).getByLabel('报价金额（元）').fill('6800');
    await button(dialog(prov), '发送报价').click();
    // Under load a dialog's click is now and then lost (the journey counts them): press it again.
    await dialog(prov)
      .waitFor({ state: 'hidden', timeout: 8_000 })
      .catch(() => button(dialog(prov), '发送报价').click());
    await prov.locator('.ant-tag').filter({ hasText: '已报价' }).first().waitFor();
    expect((await orderOf(id)).quotedPriceFen).toBe(680000);

    // The enterprise sees 6,800.00; meanwhile the provider revises it: confirming what it saw is refused.
    await reopen(ent, '我的预约', id);
    await ent.getByText('服务机构已报价').waitFor();
    await ent.getByText('¥6,800.00').first().waitFor();
    await provider.post(`/api/v1/orders/${id}/quote`, { priceFen: 700000 }).expect(200);
    await button(ent, '确认报价').click();
    await confirmPop(ent);
    await ent.getByText('报价已变更，请确认最新报价').first().waitFor();
    expect((await orderOf(id)).status).toBe('quoted');
    // The page now shows the new quote; confirming it goes through. (The thread may show the new
    // quote before the order refreshes: wait for the confirmation to name it, which is the price sent.)
    await button(ent, '确认报价').click();
    await ent.locator('.ant-popconfirm').getByText('确认按 ¥7,000.00 成交？').waitFor();
    await confirmPop(ent);
    await ent.locator('.ant-tag').filter({ hasText: '已确认' }).first().waitFor();
    expect(await orderOf(id)).toMatchObject({ status: 'confirmed', agreedPriceFen: 700000, copayFen: 700000 });

    // The enterprise's list, by status tab.
    await ent.getByRole('menuitem', { name: '我的预约' }).click();
    await ent.getByRole('link', { name: '专利布局规划咨询' }).waitFor();
    await ent.getByRole('link', { name: '发明专利申请代理' }).waitFor();
    await shot(ent, 'orders-enterprise-list');
    await ent.getByRole('tab', { name: '已完成' }).click();
    await ent.waitForURL('**/enterprise/orders?status=completed');
    await ent.getByRole('link', { name: '专利布局规划咨询' }).waitFor({ state: 'detached' });
    expect(await ent.getByRole('link', { name: '发明专利申请代理' }).count()).toBe(1);
  }, 90_000);
});
