import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { type ConsoleRun, startConsole } from './support/browser.js';
import { button, drawer, modal } from './support/ui.js';

/** A day `days` after today in Asia/Shanghai (YYYY-MM-DD): demands' deadlines are days there. */
const shanghaiDay = (days: number) =>
  new Date(Date.now() + 8 * 3600 * 1000 + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

const TITLE = '汽车零部件企业MES系统选型与数字化诊断';
const PROVIDER_A = '宁波甬数智造数字科技有限公司';
const PROVIDER_B = '宁波东钱湖工业互联网研究院有限公司';

describe('web console: matchmaking, a demand posted, answered by two providers, compared and accepted', () => {
  let run: ConsoleRun;
  let m: Marketplace;
  let enterprise: TestSession;
  let providerA: TestSession;
  let providerB: TestSession;
  let listingA: string;
  let ent: Page;
  let prov: Page;

  beforeAll(async () => {
    run = await startConsole();
    const api = run.t.api;
    m = new Marketplace(api, await api.bureauUser('reviewer'));
    const digital = { categories: ['digital'] };
    providerA = await api.poolMember(m.reviewer, { name: PROVIDER_A, profile: digital });
    providerB = await api.poolMember(m.reviewer, { name: PROVIDER_B, profile: digital });
    listingA = (
      await m.listing(providerA, {
        title: 'MES系统选型与实施咨询',
        description: '面向离散制造企业的数字化诊断、MES系统选型、实施监理与上线辅导。',
        category: 'digital',
        tags: ['MES', '数字化诊断'],
        priceModel: 'from',
        priceFen: 5_000_000,
        unit: '项',
      })
    ).id;
    await m.listing(providerB, {
      title: '工业互联网平台建设咨询',
      description: '工业互联网平台规划、设备联网与数据采集方案。',
      category: 'digital',
      tags: ['工业互联网'],
      priceModel: 'quote',
      priceFen: null,
    });
    enterprise = await api.enterprise();
    // Two other open demands of the category, so that the hall lists more than the one under test.
    const other = await api.enterprise();
    for (const [title, description] of [
      ['注塑车间设备联网与数据采集', '20台注塑机联网，采集能耗与稼动率数据，接入现有ERP。'],
      ['中小企业上云评估与方案设计', '希望评估财务、进销存系统上云的成本与安全方案。'],
    ]) {
      const created = await other
        .post('/api/v1/demands', {
          title,
          description,
          category: 'digital',
          regionCode: '330206',
          budgetMaxFen: 8_000_000,
          deadline: shanghaiDay(20),
          voucherIntended: false,
          visibility: 'pool',
        })
        .expect(201);
      await other.post(`/api/v1/demands/${created.body.id}/publish`).expect(200);
    }
    // Taller than the default: the comparison of the proposals is seen whole in its screenshot.
    ent = await run.signedIn(enterprise, { width: 1366, height: 900 });
    prov = await run.signedIn(providerA);
    // Other suites may load the machine at the same time: a slower answer is not a failure.
    for (const page of [ent, prov]) page.setDefaultTimeout(20_000);
  }, 90_000);
  afterAll(async () => {
    await run?.close();
  });

  /** A screenshot of the page from its top, without the passing toasts. */
  const shot = async (page: Page, name: string) => {
    await page.mouse.move(1360, 760);
    await page.evaluate('window.scrollTo(0, 0)');
    const hide = await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
    await run.screenshot(page, name);
    await hide.evaluate((node) => node.remove());
  };
  /** Picks an option of the antd Select labelled `label`. */
  const choose = async (page: Page, label: string, option: string) => {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    await page.locator('.ant-select-dropdown').filter({ visible: true }).waitFor({ state: 'hidden' });
  };

  it('posts and publishes through the form; a provider finds it by a Chinese word, proposes; the enterprise compares and accepts', async () => {
    // The enterprise posts the demand through the form and publishes it.
    await ent.goto('/enterprise/demands');
    await ent.getByRole('menuitem', { name: '我的需求' }).waitFor();
    await button(ent, '发布需求').click();
    await ent.waitForURL('**/enterprise/demands/new');
    await ent.getByLabel('需求标题').fill(TITLE);
    await choose(ent, '服务类别', '数字化转型');
    await ent
      .getByLabel('需求描述')
      .fill('年产值约2亿元的汽车零部件企业，计划明年上线MES系统，希望先做一次数字化诊断并给出选型建议。');
    await choose(ent, '所在地区', '鄞州区');
    await ent.getByLabel('预算下限（元）').fill('50000');
    await ent.getByLabel('预算上限（元）').fill('150000');
    const deadline = shanghaiDay(30);
    await ent.getByLabel('截止日期').click();
    await ent.getByLabel('截止日期').fill(deadline);
    await ent.getByLabel('截止日期').press('Enter');
    await ent.getByLabel('是否计划使用服务券').click();
    await ent.getByText('只有该服务类别的入池服务机构和主管部门能看到此需求。').waitFor();
    await shot(ent, 'matchmaking-demand-form');
    await button(ent, '保存并发布').click();
    await ent.waitForURL(/\/enterprise\/demands\/[0-9a-f-]{36}$/);
    const demandId = ent.url().split('/').pop()!;
    await ent.locator('.ant-tag').filter({ hasText: '征集中' }).first().waitFor();
    const posted = (await enterprise.get(`/api/v1/demands/${demandId}`).expect(200)).body;
    expect(posted).toMatchObject({
      title: TITLE,
      category: 'digital',
      regionCode: '330212',
      budgetMinFen: 5_000_000,
      budgetMaxFen: 15_000_000,
      deadline,
      voucherIntended: true,
      visibility: 'pool',
      status: 'open',
    });
    // The suggested providers: both serve the category in the region; A's listing matches the demand's words.
    await ent.getByRole('link', { name: PROVIDER_A }).first().waitFor();
    await ent.getByRole('link', { name: PROVIDER_B }).first().waitFor();

    // Provider A finds it in the demand hall by a Chinese word and proposes.
    await prov.goto('/provider/demands');
    await prov.getByRole('link', { name: TITLE }).waitFor();
    await prov.getByLabel('搜索需求').fill('数字化诊断');
    await prov.getByLabel('搜索需求').press('Enter');
    await prov.waitForURL(/[?&]q=/);
    await prov.getByRole('link', { name: '注塑车间设备联网与数据采集' }).waitFor({ state: 'detached' });
    await prov.getByRole('link', { name: TITLE }).click();
    await prov.waitForURL(`**/provider/demands/${demandId}`);
    await prov.getByLabel('报价（元）').fill('98000');
    await prov.getByLabel('交付周期（天）').fill('45');
    await prov
      .getByLabel('方案说明')
      .fill('两周现场诊断，输出数字化诊断报告与MES选型建议，含三家供应商比选与实施路线图。');
    await choose(prov, '关联服务（选填）', 'MES系统选型与实施咨询');
    await shot(prov, 'matchmaking-provider-propose');
    await button(prov, '提交方案').click();
    await prov.getByText('方案已提交，等待企业决定；企业决定前可以修改或撤回。').waitFor();
    const [proposalA] = (await providerA.get(`/api/v1/demands/${demandId}/proposals`).expect(200)).body.items;
    expect(proposalA).toMatchObject({
      priceFen: 9_800_000,
      deliveryDays: 45,
      listingId: listingA,
      status: 'submitted',
    });

    // The hall now says it proposed (the search cleared: the other demands are listed too).
    await prov.getByRole('menuitem', { name: '需求大厅' }).click();
    await prov.getByRole('link', { name: '中小企业上云评估与方案设计' }).waitFor();
    const row = prov.locator('tr').filter({ has: prov.getByRole('link', { name: TITLE }) });
    await row.locator('.ant-tag').filter({ hasText: '待决定' }).waitFor();
    await row.getByText(enterprise.user.organisation.name).waitFor();
    await shot(prov, 'matchmaking-provider-hall');

    // Provider B proposes through the API: cheaper, slower.
    const proposalB = (
      await providerB
        .post(`/api/v1/demands/${demandId}/proposals`, {
          priceFen: 8_600_000,
          deliveryDays: 60,
          note: '设备联网与工业互联网平台评估在前，MES选型在后，分两期实施。',
        })
        .expect(201)
    ).body;

    // The enterprise sees two proposals in its list and compares them side by side.
    await ent.getByRole('menuitem', { name: '我的需求' }).click();
    await ent.getByRole('link', { name: TITLE }).click();
    await ent.waitForURL(`**/enterprise/demands/${demandId}`);
    const table = ent.locator('.proposal-comparison');
    await table.getByRole('columnheader', { name: PROVIDER_A }).waitFor();
    await table.getByRole('columnheader', { name: PROVIDER_B }).waitFor();
    await table.getByText('¥98,000.00').waitFor();
    await table.getByText('¥86,000.00').waitFor();
    await table.getByText('最低报价').waitFor();
    await table.getByText('最快交付').waitFor();
    await table.getByRole('link', { name: 'MES系统选型与实施咨询' }).waitFor();
    await ent.getByText('方案对比（2 份）').waitFor();
    await shot(ent, 'matchmaking-enterprise-compare');

    // It accepts A's proposal (no voucher) and lands on the quoted order.
    await button(ent, `采纳「${PROVIDER_A}」的方案`).click();
    await modal(ent).getByText('采纳后将按该方案报价生成订单', { exact: false }).waitFor();
    await button(modal(ent), '确认采纳').click();
    await ent.waitForURL(/\/enterprise\/orders\/[0-9a-f-]{36}$/);
    const orderId = ent.url().split('/').pop()!;
    await ent.locator('.ant-tag').filter({ hasText: '已报价' }).first().waitFor();
    const order = (await enterprise.get(`/api/v1/orders/${orderId}`).expect(200)).body;
    expect(order).toMatchObject({ status: 'quoted', quotedPriceFen: 9_800_000, providerId: providerA.orgId });
    expect((await enterprise.get(`/api/v1/demands/${demandId}`).expect(200)).body).toMatchObject({
      status: 'matched',
      acceptedProposalId: proposalA.id,
      orderId,
    });
    const [declined] = (await providerB.get(`/api/v1/demands/${demandId}/proposals`).expect(200)).body.items;
    expect(declined).toMatchObject({ id: proposalB.id, status: 'declined' });

    // Provider A sees 已采纳 in the hall (matched demands) and the order from the demand.
    await prov.getByLabel('需求状态').click();
    await prov.locator('.ant-select-item-option').filter({ hasText: '已对接' }).click();
    await prov.waitForURL(/status=matched/);
    const matchedRow = prov.locator('tr').filter({ has: prov.getByRole('link', { name: TITLE }) });
    await matchedRow.locator('.ant-tag').filter({ hasText: '已采纳' }).waitFor();
    await prov.getByRole('link', { name: TITLE }).click();
    await prov.getByText('您的方案已被采纳，订单已生成').waitFor();
    await shot(prov, 'matchmaking-provider-accepted');
    await prov.getByRole('link', { name: '查看订单' }).click();
    await prov.waitForURL(`**/provider/orders/${orderId}`);
    await prov.locator('.ant-tag').filter({ hasText: '已报价' }).first().waitFor();

    // The bureau sees the matched demand with both proposals.
    const bureau = await run.signedIn(m.reviewer);
    bureau.setDefaultTimeout(20_000);
    await bureau.goto('/bureau/demands');
    await bureau.getByRole('menuitem', { name: '供需对接' }).waitFor();
    await bureau.getByText('已对接', { exact: true }).click();
    await bureau.getByRole('cell', { name: TITLE }).click();
    const details = drawer(bureau);
    await details.getByRole('cell', { name: PROVIDER_A }).waitFor();
    await details.getByRole('cell', { name: PROVIDER_B }).waitFor();
    await details.locator('.ant-tag').filter({ hasText: '已采纳' }).waitFor();
    await details.locator('.ant-tag').filter({ hasText: '未采纳' }).waitFor();
    await shot(bureau, 'matchmaking-bureau');
  }, 150_000);

  it('saves a draft (no provider sees it), edits it, and closes it with a reason', async () => {
    await ent.goto('/enterprise/demands/new');
    await ent.getByLabel('需求标题').fill('车间能耗监测草稿');
    await choose(ent, '服务类别', '数字化转型');
    await ent.getByLabel('需求描述').fill('希望为两条产线加装能耗监测。');
    await choose(ent, '所在地区', '鄞州区');
    await ent.getByLabel('截止日期').click();
    await ent.getByLabel('截止日期').fill(shanghaiDay(15));
    await ent.getByLabel('截止日期').press('Enter');
    await button(ent, '保存草稿').click();
    await ent.waitForURL(/\/enterprise\/demands\/[0-9a-f-]{36}$/);
    const id = ent.url().split('/').pop()!;
    await ent.locator('.ant-tag').filter({ hasText: '草稿' }).first().waitFor();
    expect((await enterprise.get(`/api/v1/demands/${id}`).expect(200)).body.status).toBe('draft');
    // A draft is the enterprise's alone: the provider does not find it.
    await providerA.get(`/api/v1/demands/${id}`).expect(404);

    await button(ent, '编辑').click();
    await ent.waitForURL(`**/enterprise/demands/${id}/edit`);
    await ent.getByLabel('需求标题').fill('两条产线能耗在线监测');
    await button(ent, '保存草稿').click();
    await ent.waitForURL(`**/enterprise/demands/${id}`);
    await ent.getByText('两条产线能耗在线监测').first().waitFor();

    await button(ent, '关闭需求').click();
    await modal(ent).getByLabel('关闭理由（选填）').fill('已由集团统一采购');
    await button(modal(ent), '关闭需求').click();
    await ent.getByText('理由：已由集团统一采购').waitFor();
    expect((await enterprise.get(`/api/v1/demands/${id}`).expect(200)).body).toMatchObject({
      title: '两条产线能耗在线监测',
      status: 'closed',
      closeReason: '已由集团统一采购',
    });
  }, 90_000);
});
