import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { AwardsService } from '@app/awards';
import { TEST_PASSWORD } from '../support/factories.js';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { type ConsoleRun, startConsole } from './support/browser.js';

const PROVIDER_A = '宁波知行知识产权代理有限公司';
const PROVIDER_B = '宁波数智转型咨询有限公司';
/** A's 12 patent (ip) listings, cheapest first: 1,000.00 CNY, then 500.00 CNY more each. */
const IP_TITLES = [
  '发明专利申请代理',
  '实用新型专利申请',
  '外观设计专利申请',
  '专利检索与查新',
  '专利无效宣告请求',
  '专利年费托管',
  '专利导航分析',
  '高价值专利培育',
  '专利许可与转让',
  'PCT国际专利申请',
  '专利侵权风险排查',
  '专利布局规划',
];
const REPLY = '感谢认可，我们将持续做好专利服务。';
const year = Number(
  new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);

/**
 * The public pages (issue 13, "Anyone"), logged out, in a real Chromium: home, search with facets,
 * sorts and pages kept in the URL, a listing and its 预约 button, a provider's page, the award list,
 * pages that do not exist, and the home page at a phone's width.
 */
describe('web console: public pages', () => {
  let run: ConsoleRun;
  let a: TestSession;
  let e1: TestSession;
  const ipIds: string[] = [];

  beforeAll(async () => {
    run = await startConsole();
    const api = run.t.api;
    const reviewer = await api.bureauUser('reviewer');
    const m = new Marketplace(api, reviewer);
    a = await api.poolMember(reviewer, { name: PROVIDER_A });
    const b = await api.poolMember(reviewer, {
      name: PROVIDER_B,
      profile: { categories: ['digital', 'tech_innovation'], introduction: '为制造企业提供数字化转型诊断与实施。' },
    });
    for (const [i, title] of IP_TITLES.entries()) {
      const listing = await m.listing(a, { title, priceFen: 100_000 + i * 50_000, srdiSpecial: i === 0 });
      ipIds.push(listing.id);
    }
    await m.listing(a, { title: '专利侵权法律咨询', category: 'legal_tax', priceModel: 'quote', priceFen: null });
    await m.listing(b, {
      title: '研发费用加计扣除与专利辅导',
      category: 'tech_innovation',
      srdiSpecial: true,
      priceModel: 'from',
      priceFen: 300_000,
    });
    await m.listing(b, {
      title: '中小企业数字化转型诊断',
      description: '对标数字化转型成熟度模型，出具诊断报告与改造路线图。',
      category: 'digital',
      tags: ['数字化', '诊断'],
      srdiSpecial: true,
      priceFen: 2_000_000,
      unit: '次',
    });
    // A serves two enterprises (rated 5 and 4, one with a comment and A's reply), B one.
    e1 = await api.enterprise();
    const e2 = await api.enterprise();
    await m.completedAndRated(a, ipIds[0], e1, [5, 5]);
    await m.completedAndRated(a, ipIds[1], e2, [4, 4]);
    await m.completedAndRated(b, (await m.listing(b, { category: 'digital', title: 'MES 系统实施' })).id, e1, [4, 3]);
    const ratings = (await api.request('get', `/api/v1/providers/${a.orgId}/ratings`).expect(200)).body;
    await a.post(`/api/v1/ratings/${ratings.items[0].id}/reply`, { body: REPLY }).expect(200);
    // This year's award round, computed and published (public notice).
    const admin = await api.bureauAdmin();
    const round = await admin
      .post('/api/v1/award-rounds', {
        year,
        budgetFen: 15_000_000,
        config: {
          minServed: 1,
          minRatings: 1,
          admittedBy: '12-31',
          tiers: [
            { fromRank: 1, toRank: 1, amountFen: 10_000_000 },
            { fromRank: 2, toRank: 2, amountFen: 5_000_000 },
          ],
        },
      })
      .expect(201);
    await run.t.app.get(AwardsService).compute({ userId: admin.user.id, orgId: admin.orgId }, round.body.id);
    await admin.post(`/api/v1/award-rounds/${round.body.id}/publish`).expect(200);
  }, 90_000);
  afterAll(async () => {
    await run?.close();
  });

  const cards = (page: Page) => page.locator('.listing-card');
  /** A logged-out page; waits allow for the console's first load on a busy machine. */
  const open = async (viewport?: { width: number; height: number }) => {
    const page = await (await run.context(viewport)).newPage();
    page.setDefaultTimeout(20_000);
    return page;
  };

  it('home: search 专利, filter by a facet, sort, paginate, open a listing and press 预约 (log in, come back)', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByRole('listitem').filter({ hasText: '知识产权' }).getByText('12 项服务').waitFor();
    const pool = (await run.t.api.request('get', '/api/v1/providers?pageSize=1').expect(200)).body.total;
    expect(pool).toBe(2);
    expect(await page.getByLabel('资源池规模').innerText()).toMatch(new RegExp(`${pool}\\s*/ 100 家（目标）`));
    await page.getByRole('link', { name: '中小企业数字化转型诊断' }).waitFor();
    await page.getByText(`${year} 年度评选结果`).waitFor();
    await run.screenshot(page, 'public-home');

    await page.getByLabel('搜索服务产品').fill('专利');
    await page.getByLabel('搜索服务产品').press('Enter');
    await page.waitForURL(/\/search\?q=%E4%B8%93%E5%88%A9$/);
    await page.getByText(/共 15 项服务/).waitFor();
    expect(await page.locator('mark').first().innerText()).toBe('专利');
    const categories = page.getByRole('group', { name: '服务类别' });
    expect(await categories.innerText()).toMatch(/知识产权\s*12/);

    await categories.getByText('知识产权').click();
    await page.getByText(/共 12 项服务/).waitFor();
    expect(new URL(page.url()).searchParams.get('category')).toBe('ip');
    await categories.getByText(/技术创新\s*1/).waitFor(); // the other categories still counted, one click away
    await page.getByText('价格从低到高').click();
    await page.waitForURL(/sort=price_asc/);
    await cards(page).first().filter({ hasText: IP_TITLES[0] }).waitFor();
    expect(await cards(page).first().innerText()).toContain('¥1,000.00 / 件');
    expect(await cards(page).count()).toBe(10);
    await run.screenshot(page, 'public-search');

    await page.getByTitle('2', { exact: true }).click();
    await page.waitForURL(/page=2/);
    await cards(page).first().filter({ hasText: IP_TITLES[10] }).waitFor();
    expect(await cards(page).count()).toBe(2);
    await page.reload();
    await cards(page).first().filter({ hasText: IP_TITLES[10] }).waitFor();
    await page.goBack();
    await cards(page).first().filter({ hasText: IP_TITLES[0] }).waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();

    await cards(page).first().getByRole('link', { name: IP_TITLES[0] }).click();
    await page.waitForURL(`**/listings/${ipIds[0]}`);
    await page.getByRole('heading', { name: IP_TITLES[0] }).waitFor();
    await page.getByText('4.5 分').waitFor(); // the provider's rating, from its public page data
    const text = await page.locator('main').innerText();
    for (const words of [
      '固定价',
      '¥1,000.00 / 件',
      '约 30 天',
      '宁波市',
      '可使用服务券',
      '专精特新企业专属优惠',
      PROVIDER_A,
    ])
      expect(text).toContain(words);
    await run.screenshot(page, 'public-listing');

    await page.getByRole('button', { name: /预\s*约/ }).click();
    await page.waitForURL(/\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/enterprise/book/${ipIds[0]}`);
    await page.getByLabel('邮箱').fill(e1.user.email);
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page
      .getByRole('main')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    await page.waitForURL(`**/enterprise/book/${ipIds[0]}`);
    // The npm Chromium runs as one process: its contexts share localStorage. The other pages are seen logged out.
    await page.evaluate('localStorage.clear()');
  }, 60_000);

  it('search: a refusal of the API in Chinese, and an empty answer', async () => {
    const page = await open();
    await page.goto('/search?category=no_such');
    await page.getByText('填写的内容有误，请按提示修改').waitFor();
    await page.getByRole('button', { name: '清除搜索条件' }).click();
    await page.getByText(/共 16 项服务/).waitFor();
    await page.goto('/search?q=区块链溯源');
    await page.getByText('没有找到与“区块链溯源”相关的服务').waitFor();
  });

  it("a provider's page: profile, published listings, ratings with distribution and replies", async () => {
    const page = await open();
    await page.goto(`/providers/${a.orgId}`);
    await page.getByRole('heading', { name: PROVIDER_A }).waitFor();
    await page.getByText('服务产品（13）').waitFor();
    await page.getByText('服务评价（2）').waitFor();
    await page.getByText(REPLY).waitFor();
    expect(await page.getByLabel('评分分布').innerText()).toMatch(/5 星\s*1 条[\s\S]*4 星\s*1 条[\s\S]*1 星\s*0 条/);
    expect(await page.getByRole('link', { name: '专利侵权法律咨询' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'MES 系统实施' }).count()).toBe(0);
    await run.screenshot(page, 'public-provider');
  });

  it('the award list: ranked providers under public notice; an unpublished year refused in Chinese', async () => {
    const page = await open();
    await page.goto('/awards');
    await page.getByText(`${year} 年度优质服务机构评选结果`).waitFor();
    await page.getByText('公示中').first().waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(new RegExp(`^1\\s+${PROVIDER_A}\\s+[\\d.]+\\s+¥100,000.00\\s+2 家`));
    expect(await rows.nth(1).innerText()).toMatch(new RegExp(`^2\\s+${PROVIDER_B}\\s+[\\d.]+\\s+¥50,000.00\\s+1 家`));
    await page.getByText(/公示期至 \d{4}\/\d{2}\/\d{2}/).waitFor();
    await run.screenshot(page, 'public-awards');

    await page.goto(`/awards/${year - 7}`);
    await page.getByText('该年度评选结果尚未公示').waitFor();
    await page.getByRole('link', { name: '查看最近公示的评选结果' }).click();
    await page.getByText(`${year} 年度优质服务机构评选结果`).waitFor();
  });

  it('pages that do not exist answer in Chinese', async () => {
    const page = await open();
    await page.goto('/no-such-page');
    await page.getByText('页面不存在', { exact: true }).waitFor();
    await page.goto(`/listings/${randomUUID()}`);
    await page.getByText('该服务不存在或已下架').waitFor();
    await page.goto(`/providers/${randomUUID()}`);
    await page.getByText('该服务机构不存在或已不在资源池中').waitFor();
  });

  it("works at a phone's width", async () => {
    const page = await open({ width: 390, height: 844 });
    await page.goto('/');
    await page.getByRole('listitem').filter({ hasText: '知识产权' }).getByText('12 项服务').waitFor();
    await run.screenshot(page, 'public-home-phone');
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto('/search?q=专利');
    await page.getByText(/共 15 项服务/).waitFor();
    await page.getByRole('button', { name: /筛\s*选/ }).click();
    await page.getByRole('dialog').getByRole('group', { name: '服务类别' }).getByText('知识产权').click();
    await page.getByText(/共 12 项服务/).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await run.screenshot(page, 'public-search-phone');
  }, 45_000);
});
