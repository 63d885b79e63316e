import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { AwardComputeJobs } from '@app/awards';
import { FixedClock, shanghaiDate } from '@app/shared';
import { newUscc, TEST_PASSWORD, uniqueEmail } from '../support/factories.js';
import type { TestSession } from '../support/session.js';
import { type ConsoleRun, startConsole } from './support/browser.js';
import { button, confirmPop, drawer, fillIpRating, modal, ok, toast } from './support/ui.js';

/** The award year: the marketplace runs in it, the round for it is computed in January after it. */
const Y = 2025;
const PROGRAMME = `${Y}年度宁波市专精特新服务券`;
const LISTING = '发明专利申请代理（含检索与撰写）';
const PROVIDER = '宁波启明知识产权代理有限公司';
const ENTERPRISE = '宁波恒力精密传动有限公司';

/**
 * Issue 13 "Done when", through the console only, every actor in a browser of its own, on a fixed
 * clock that the browsers share (so "today" in a page is the API's today):
 * a provider registers, applies and is admitted; it publishes a voucher-eligible 专利 listing; an
 * admin opens a voucher programme; an enterprise registers, has its tier verified, applies and is
 * issued a voucher; it finds the listing from the home page, books it with the voucher, pays the
 * co-pay by bank transfer, is served, accepts and rates; the provider claims the voucher part,
 * a reviewer approves, finance settles it; in January after the year an admin computes and
 * publishes the award round and the public list shows the provider. Refusals shown in Chinese on
 * the way: an incomplete pool application, a booking without a requirement, starting before the
 * co-pay arrived, marking a batch paid without a bank reference, finalising during the notice.
 */
describe('web console: the whole journey, from registration to the published awards', () => {
  let run: ConsoleRun;
  const clock = new FixedClock(new Date(`${Y}-03-03T01:00:00Z`)); // 09:00 in Shanghai
  /** Every browser context opened, so that moving the API's clock moves theirs too. */
  const contexts: BrowserContext[] = [];
  /** Every actor's page, to photograph when a stage fails. */
  const named = new Map<string, Page>();

  let admin: TestSession;
  let reviewer: TestSession;
  let finance: TestSession;
  let provider: TestSession;
  let enterprise: TestSession;
  /** The actors' pages, kept across the stages. */
  let prov: Page;
  let ent: Page;
  let rev: Page;
  let adm: Page;
  let listingId: string;
  let voucherCode: string;
  let orderId: string;
  let claimId: string;
  let programId: string;

  /** A page in `context` on the shared clock; waits are generous, the machine may be busy. */
  const pageIn = async (who: string, context: BrowserContext) => {
    await context.clock.install({ time: clock.now() });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    named.set(who, page);
    return page;
  };
  const signedIn = async (who: string, session: TestSession) => {
    const page = await run.signedIn(session);
    await page.context().clock.install({ time: clock.now() });
    contexts.push(page.context());
    page.setDefaultTimeout(30_000);
    named.set(who, page);
    return page;
  };
  /** Buttons that had to be clicked twice (reported at the end: a dialog that ignored a click). */
  const lostClicks: string[] = [];
  /** Presses a dialog's button and waits for the dialog to close (once more if the first click was lost). */
  const submit = async (page: Page, name: string | RegExp) => {
    await button(modal(page), name).click();
    try {
      await modal(page).waitFor({ state: 'hidden', timeout: 8_000 });
    } catch {
      lostClicks.push(String(name));
      await button(modal(page), name).click();
      await modal(page).waitFor({ state: 'hidden' });
    }
  };
  /** Moves the API's clock and every browser's to `at` (the browsers' time then flows on from there). */
  const moveTo = async (at: Date) => {
    clock.set(at);
    for (const c of contexts) await c.clock.setSystemTime(at);
  };
  /** A screenshot (journey-<name>.png) of the page from its top or from `at`, without the passing toasts. */
  const shot = async (page: Page, name: string, at?: Locator) => {
    await page.mouse.move(1360, 760);
    if (at) await at.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    else await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(400); // drawers and dialogs finish sliding in
    const hide = await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
    await run.screenshot(page, `journey-${name}`);
    await hide.evaluate((node) => node.remove());
  };
  const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: label }).click();
  const orderOf = (id: string) =>
    ok<{ status: string; voucherFen: number; copayFen: number; paidFen: number; agreedPriceFen: number }>(
      enterprise.get(`/api/v1/orders/${id}`),
    );
  /** Registers an organisation through the register page; its browser stays signed in. */
  const register = async (kind: 'enterprise' | 'provider', org: string, person: string, email: string) => {
    const page = await pageIn(kind, await run.context());
    await page.goto('/register');
    await page.getByText(kind === 'provider' ? '服务机构（提供服务）' : '企业（找服务）').click();
    await page.getByLabel('单位名称').fill(org);
    await page.getByLabel('统一社会信用代码').fill(newUscc('330212'));
    // Under load an option clicked while the list is still sliding in can be missed: pick, check, retry.
    for (let attempt = 1; ; attempt++) {
      await page.getByLabel('所在区县').click();
      await page.getByTitle('鄞州区', { exact: true }).click();
      await page.waitForTimeout(300);
      if (!(await page.getByText('请选择', { exact: true }).isVisible())) break;
      if (attempt === 3) throw new Error('the region was not picked');
      await page.keyboard.press('Escape');
    }
    await page.getByLabel('联系人姓名').fill(person);
    await page.getByLabel('登录邮箱').fill(email);
    await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
    await page
      .getByRole('main')
      .getByRole('button', { name: /注\s*册/ })
      .click();
    await page.waitForURL(`**/${kind}/**`);
    return { page, session: await run.t.api.login(email) };
  };

  let failed: string | null = null;
  /**
   * One stage of the journey: it needs the ones before it, so it stops at once after a failure;
   * a failure leaves a screenshot of every actor's page (debug-journey-*.png).
   */
  const stage = (name: string, body: () => Promise<void>, timeout: number) =>
    it(
      name,
      async () => {
        if (failed) throw new Error(`not run: stage "${failed}" failed`);
        try {
          await body();
        } catch (error) {
          failed = name;
          for (const [who, page] of named) await run.screenshot(page, `debug-journey-${who}`).catch(() => undefined);
          throw error;
        }
      },
      timeout,
    );

  beforeAll(async () => {
    run = await startConsole({ clock });
    admin = await run.t.api.bureauAdmin();
    reviewer = await run.t.api.bureauUser('reviewer');
    finance = await run.t.api.bureauUser('finance');
    rev = await signedIn('reviewer', reviewer);
    adm = await signedIn('admin', admin);
  }, 60_000);
  afterAll(async () => {
    if (lostClicks.length) console.error(`dialog buttons clicked twice: ${lostClicks.join(', ')}`);
    await run?.close();
  });

  stage(
    '1. a provider registers, is refused while incomplete, applies with a qualification and is admitted',
    async () => {
      ({ page: prov, session: provider } = await register('provider', PROVIDER, '李明', uniqueEmail('provider')));
      await prov.getByRole('heading', { name: '入池申请' }).waitFor();
      await prov.getByText('请完善机构资料并提交审核').waitFor();

      // Refusal 1: submitting the empty profile, in Chinese, next to the missing fields.
      await button(prov, /提交审核/).click();
      await prov.getByText('机构资料不完整，请补全后再提交').waitFor();
      await prov.getByText('提交审核前须填写法定代表人').waitFor();
      expect((await ok<{ status: string }>(provider.get('/api/v1/providers/me'))).status).toBe('draft');

      await prov.getByLabel('法定代表人').fill('李明');
      await prov.getByLabel('联系人', { exact: true }).fill('赵倩');
      await prov.getByLabel('联系电话').fill('13905748888');
      await prov.getByLabel('地址', { exact: true }).fill('宁波市鄞州区首南街道天童南路588号');
      await prov.getByLabel('机构简介').fill('专注专利申请与知识产权布局，服务宁波制造业中小企业十余年。');
      await prov.getByLabel('知识产权').check();
      await button(prov, /添加资质/).click();
      await prov.getByLabel('资质类型').fill('专利代理机构执业许可证');
      await prov.getByLabel('证书编号').fill('33107');
      await prov.getByLabel('发证机关').fill('国家知识产权局');
      await prov.getByLabel('有效期至').click();
      await prov.getByLabel('有效期至').fill('2028-12-31');
      await prov.getByLabel('有效期至').press('Enter');
      await prov.getByLabel('员工人数').fill('25');
      await button(prov, /提交审核/).click();
      await prov.getByText('正在等待主管部门审核').waitFor();
      expect(await ok(provider.get('/api/v1/providers/me'))).toMatchObject({
        status: 'submitted',
        name: PROVIDER,
        legalRepresentative: '李明',
        categories: ['ip'],
        qualifications: [{ kind: '专利代理机构执业许可证', number: '33107', validUntil: '2028-12-31' }],
      });

      // The reviewer admits it in 入池审核: every admission check passes.
      await rev.goto('/bureau/applications');
      const row = rev.locator('.ant-table-row').filter({ hasText: PROVIDER });
      await row.getByText('全部通过').waitFor();
      await row.click();
      await drawer(rev).getByText('共 1 项资质，均在有效期内').waitFor();
      await shot(rev, 'admission');
      await button(drawer(rev), '批准入池').click();
      await modal(rev).getByText('准入检查全部通过', { exact: false }).waitFor();
      await submit(rev, '批准入池');
      await toast(rev, '已批准入池');
      expect(await ok(provider.get('/api/v1/providers/me'))).toMatchObject({
        status: 'approved',
        lastDecision: { action: 'approved' },
      });
      await prov.reload();
      await prov.getByText('可以发布服务、承接订单').waitFor();
    },
    90_000,
  );

  stage(
    '2. the provider creates and publishes a voucher-eligible fixed-price 专利 listing',
    async () => {
      await prov.getByRole('link', { name: '服务管理', exact: true }).click();
      await button(prov, /新建服务/).click();
      await prov.getByRole('heading', { name: '新建服务' }).waitFor();
      await prov.getByLabel('服务名称').fill(LISTING);
      await prov.getByLabel('服务类别').click();
      await prov.getByTitle('知识产权', { exact: true }).click();
      await prov
        .getByLabel('服务描述')
        .fill('资深专利代理师提供技术交底、查新检索、申请文件撰写与审查意见答复，跟踪至授权。');
      await prov.getByLabel('标签').fill('发明专利');
      await prov.getByLabel('标签').press('Enter');
      await prov.getByLabel('价格（元）').fill('4500');
      await prov.getByLabel('计价单位').fill('件');
      await prov.getByLabel('服务区域').click();
      await prov.getByTitle('宁波市', { exact: true }).click();
      await prov.getByRole('heading', { name: '新建服务' }).click();
      await prov.locator('.ant-select-dropdown').last().waitFor({ state: 'hidden' });
      await prov.getByLabel('可使用服务券').click();
      await prov.locator('#voucherEligible[aria-checked="true"]').waitFor();
      await button(prov, /保\s*存/).click();
      // A click lost under load (see `submit`) is pressed again, but only if no draft was created.
      const created = prov.getByText('服务已创建（草稿），可在列表中发布');
      await created.waitFor({ timeout: 8_000 }).catch(async () => {
        const mine = await ok<{ items: unknown[] }>(provider.get('/api/v1/providers/me/listings'));
        if (mine.items.length > 0) return;
        lostClicks.push('保存');
        await button(prov, /保\s*存/).click();
        await created.waitFor();
      });
      const row = prov.getByRole('row', { name: new RegExp(LISTING.slice(0, 6)) });
      await row.getByText('草稿').waitFor();
      await row.getByRole('button', { name: /发\s*布/ }).click();
      await prov.getByText('已发布，企业现在可以搜索到该服务').waitFor();
      await row.getByText('已发布').waitFor();
      await shot(prov, 'listing');
      const listings = (
        await ok<{ items: Array<Record<string, unknown> & { id: string }> }>(
          provider.get('/api/v1/providers/me/listings'),
        )
      ).items;
      expect(listings).toEqual([
        expect.objectContaining({
          title: LISTING,
          status: 'published',
          category: 'ip',
          priceModel: 'fixed',
          priceFen: 450_000,
          voucherEligible: true,
        }),
      ]);
      listingId = listings[0].id;
    },
    60_000,
  );

  stage(
    '3. an admin opens a voucher programme; the enterprise registers, is verified, applies; a reviewer issues the voucher',
    async () => {
      // The admin creates the programme in the bureau console and opens it.
      await adm.goto('/bureau/voucher-programs');
      await adm.getByRole('heading', { name: '服务券项目', level: 3 }).waitFor();
      await button(adm, '新建项目').click();
      await adm.getByLabel('项目名称').fill(PROGRAMME);
      await adm.getByLabel('年度', { exact: true }).fill(String(Y));
      await adm.getByLabel('总预算（元）').fill('200000');
      await adm.getByLabel('补贴比例（%）').fill('40');
      await adm.getByLabel('单张面额上限（元）').fill('50000');
      await adm.getByLabel('每家企业年度上限（元）').fill('100000');
      await adm.getByLabel('专精特新中小企业（省级）', { exact: true }).check();
      await adm.getByLabel('知识产权', { exact: true }).check();
      for (const [field, day] of [
        ['申请开始日期', `${Y}-01-01`],
        ['申请截止日期', `${Y}-12-31`],
        ['有效期开始日期', `${Y}-01-01`],
        ['有效期截止日期', `${Y}-12-31`],
      ]) {
        await adm.getByLabel(field).fill(day);
        await adm.getByLabel(field).press('Enter');
      }
      await button(adm, /创\s*建/).click();
      await adm.getByText(`已创建服务券项目：${PROGRAMME}`).waitFor();
      await button(adm, '开放申请').click();
      await button(adm, /^开\s*放$/).click();
      await adm.getByText('项目已开放申请').waitFor();
      const programmes = (
        await ok<{ items: Array<Record<string, unknown> & { id: string }> }>(admin.get('/api/v1/voucher-programs'))
      ).items;
      expect(programmes).toEqual([
        expect.objectContaining({
          name: PROGRAMME,
          status: 'open',
          year: Y,
          budgetFen: 20_000_000,
          coverageBp: 4000,
          categories: ['ip'],
          tiers: ['srdi'],
        }),
      ]);
      programId = programmes[0].id;

      // The enterprise registers through the register page and claims its SRDI tier; a reviewer verifies it.
      ({ page: ent, session: enterprise } = await register(
        'enterprise',
        ENTERPRISE,
        '陈静',
        uniqueEmail('enterprise'),
      ));
      await ent.goto('/enterprise/profile');
      await button(ent, '申请等级认定').click();
      await ent.getByLabel('认定等级').click();
      await ent.locator('.ant-select-item-option', { hasText: '专精特新中小企业（省级）' }).click();
      await ent.getByLabel('证书编号').fill('浙经信企业〔2024〕123号');
      await ent.getByLabel('认定年度').fill(String(Y - 1));
      await button(ent, '提交申请').click();
      await ent.getByText('认定申请已提交，请等待主管部门审核').waitFor();

      await rev.goto('/bureau/tier-claims');
      await rev.locator('.ant-table-row').filter({ hasText: ENTERPRISE }).click();
      await drawer(rev).getByText('浙经信企业〔2024〕123号').waitFor();
      await button(drawer(rev), '认定通过').click();
      await submit(rev, '认定通过');
      await toast(rev, '已认定');
      expect((await ok<{ tierClaims: unknown[] }>(enterprise.get('/api/v1/enterprises/me'))).tierClaims).toEqual([
        expect.objectContaining({ tier: 'srdi', status: 'verified', validUntil: `${Y + 2}-12-31` }),
      ]);

      // It applies for 5,000.00 in its console; the reviewer approves in 服务券申请.
      await ent.getByRole('link', { name: '服务券项目', exact: true }).click();
      await button(ent, `申请 ${PROGRAMME}`).click();
      await ent.getByLabel('申请金额（元）').fill('5000');
      await ent.getByLabel('用途说明').fill('3项发明专利申请与知识产权布局');
      await button(ent, '提交申请').click();
      await ent.getByText('申请已提交，请等待主管部门审核').waitFor();
      const [application] = (
        await ok<{ items: Array<Record<string, unknown> & { id: string }> }>(
          enterprise.get('/api/v1/voucher-applications'),
        )
      ).items;
      expect(application).toMatchObject({ programId, requestedFen: 500_000, status: 'submitted' });

      await rev.goto('/bureau/voucher-applications');
      const row = rev.locator('.ant-table-row').filter({ hasText: ENTERPRISE });
      await row.getByText('¥5,000.00').waitFor();
      await row.click();
      await button(drawer(rev), '批准发券').click();
      await submit(rev, '批准并发券');
      await toast(rev, '已批准，服务券已发放');
      const vouchers = (
        await ok<{ items: Array<Record<string, unknown> & { code: string }> }>(enterprise.get('/api/v1/vouchers'))
      ).items;
      expect(vouchers).toEqual([
        expect.objectContaining({ programId, faceValueFen: 500_000, availableFen: 500_000, status: 'active' }),
      ]);
      voucherCode = vouchers[0].code;
      expect((await ok<{ items: unknown[] }>(enterprise.get('/api/v1/voucher-applications'))).items).toEqual([
        expect.objectContaining({ id: application.id, status: 'approved' }),
      ]);
    },
    120_000,
  );

  stage(
    '4. the enterprise finds the listing from the home page, books it with the voucher, pays, is served, accepts and rates',
    async () => {
      await moveTo(new Date(`${Y}-03-10T02:00:00Z`));
      await ent.goto('/');
      await ent.getByLabel('搜索服务产品').fill('专利');
      await ent.getByLabel('搜索服务产品').press('Enter');
      await ent.waitForURL(/\/search\?q=/);
      const card = ent.locator('.listing-card').filter({ hasText: LISTING });
      await card.getByText(PROVIDER).waitFor();
      await shot(ent, 'search');
      await card.getByRole('link', { name: LISTING }).click();
      await ent.waitForURL(`**/listings/${listingId}`);
      await ent.getByRole('heading', { name: LISTING }).waitFor();
      await ent.getByText('可使用服务券').first().waitFor();
      await button(ent, /预\s*约/).click();
      await ent.waitForURL(`**/enterprise/book/${listingId}`);

      // Refusal 2: no requirement, nothing sent.
      await button(ent, '确认并提交预约').click();
      await ent.getByText('请填写需求说明').waitFor();
      expect((await ok<{ total: number }>(enterprise.get('/api/v1/orders'))).total).toBe(0);

      // The voucher part (40% of 4,500.00) and the co-pay are shown before committing.
      await ent.getByLabel('需求说明').fill('公司有3项新型传动结构需要申请发明专利，希望月底前提交。');
      await ent.getByLabel('使用服务券').click();
      await ent.locator('.ant-select-item-option').filter({ hasText: voucherCode }).click();
      await ent.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
      await ent.getByText('¥1,800.00', { exact: true }).waitFor();
      await ent.getByText('¥2,700.00', { exact: true }).waitFor();
      await shot(ent, 'book');
      await button(ent, '确认并提交预约').click();
      await ent.waitForURL(/\/enterprise\/orders\/[0-9a-f-]{36}$/);
      orderId = ent.url().split('/').pop() as string;
      await ent.locator('.ant-tag').filter({ hasText: '请求中' }).first().waitFor();
      expect(await orderOf(orderId)).toMatchObject({
        status: 'requested',
        voucherFen: 180_000,
        copayFen: 270_000,
      });
      expect((await ok<{ items: unknown[] }>(enterprise.get('/api/v1/vouchers'))).items).toEqual([
        expect.objectContaining({ availableFen: 320_000, heldFen: 180_000 }),
      ]);

      // The provider accepts it from its incoming orders.
      await menu(prov, '预约订单');
      await prov.getByRole('link', { name: LISTING }).first().click();
      await prov.waitForURL(`**/provider/orders/${orderId}`);
      await button(prov, '接受预约').click();
      await confirmPop(prov);
      await prov.locator('.ant-tag').filter({ hasText: '已确认' }).first().waitFor();
      // Refusal 3: starting before the co-pay arrived, refused by the API in Chinese.
      await button(prov, '开始服务').click();
      await confirmPop(prov);
      await prov.getByText('企业自付部分尚未支付').waitFor();
      expect(await orderOf(orderId)).toMatchObject({ status: 'confirmed', agreedPriceFen: 450_000, paidFen: 0 });

      // The enterprise sees how to pay: a bank transfer of the co-pay, the order number as reference.
      await ent.reload();
      await ent.getByText('待支付 ¥2,700.00', { exact: false }).waitFor();
      await ent.getByText('转账附言（订单编号）').waitFor();
      await ent.locator('.ant-descriptions-item-content').filter({ hasText: orderId }).first().waitFor();
      await shot(ent, 'pay-by-transfer');

      // The provider records the transfer and starts; two weeks later it delivers.
      await button(prov, '登记银行转账').click();
      await modal(prov).getByLabel('银行转账流水号').fill('ICBC-20250311-0001');
      await submit(prov, /确\s*定/);
      await prov.getByText('企业自付部分 ¥2,700.00 已到账（银行转账）').waitFor();
      await button(prov, '开始服务').click();
      await confirmPop(prov);
      await prov.locator('.ant-tag').filter({ hasText: '进行中' }).first().waitFor();
      expect(await orderOf(orderId)).toMatchObject({ status: 'in_progress', paidFen: 270_000 });

      await moveTo(new Date(`${Y}-03-24T02:00:00Z`));
      await button(prov, '提交交付').click();
      await modal(prov).getByLabel('交付说明').fill('已提交3件发明专利申请，取得受理通知书，附检索报告。');
      await submit(prov, /确\s*定/);
      await prov.locator('.ant-tag').filter({ hasText: '已交付' }).first().waitFor();
      expect((await orderOf(orderId)).status).toBe('delivered');

      // The enterprise accepts the delivery and rates it, with the patents filed.
      await moveTo(new Date(`${Y}-03-25T02:00:00Z`));
      await ent.reload();
      await button(ent, '确认验收').click();
      await confirmPop(ent);
      await ent.locator('.ant-tag').filter({ hasText: '已完成' }).first().waitFor();
      await button(ent, '评价本次服务').click();
      await ent.waitForURL(`**/enterprise/orders/${orderId}/rate`);
      await fillIpRating(ent);
      await button(ent, '提交评价').click();
      await ent.waitForURL(`**/enterprise/orders/${orderId}`);
      await ent.getByText('我的评价').waitFor();
      await shot(ent, 'order-completed');
      expect(await orderOf(orderId)).toMatchObject({ status: 'completed', voucherFen: 180_000 });
      expect(await ok(enterprise.get(`/api/v1/orders/${orderId}/rating`))).toMatchObject({
        overall: 5,
        effectiveness: 5,
        outcomes: { patentsFiled: 3 },
      });
      const [voucher] = (await ok<{ items: Array<Record<string, number>> }>(enterprise.get('/api/v1/vouchers'))).items;
      expect(voucher).toMatchObject({ faceValueFen: 500_000, availableFen: 320_000, heldFen: 0, consumedFen: 180_000 });
    },
    150_000,
  );

  stage(
    '5. the provider claims the voucher part; a reviewer approves; finance settles and pays; the provider sees it paid',
    async () => {
      await moveTo(new Date(`${Y}-04-01T02:00:00Z`));
      await prov.getByRole('link', { name: '服务券兑付', exact: true }).click();
      await prov
        .getByRole('row', { name: new RegExp(LISTING.slice(0, 6)) })
        .getByRole('button', { name: /申请兑付/ })
        .click();
      const dialog = prov.getByRole('dialog');
      await dialog.getByText('¥1,800.00').first().waitFor();
      await dialog.getByLabel('发票号码').fill(`FP${Y}0401`);
      await dialog.getByLabel('合同编号').fill(`HT-${Y}-0310`);
      await dialog.getByLabel('服务报告摘要').fill('完成3件发明专利的检索与申请文件撰写，已取得受理通知书。');
      await dialog.getByRole('button', { name: /提交申请/ }).click();
      await prov.getByText('兑付申请已提交').waitFor();
      const [claim] = (
        await ok<{ items: Array<Record<string, unknown> & { id: string }> }>(provider.get('/api/v1/redemption-claims'))
      ).items;
      expect(claim).toMatchObject({ orderId, status: 'submitted', amountFen: 180_000, invoiceAmountFen: 450_000 });
      claimId = claim.id;

      // The reviewer approves it in 兑付审核: no risk flags.
      await rev.goto('/bureau/redemption-claims');
      const row = rev.locator('.ant-table-row').filter({ hasText: `FP${Y}0401` });
      await row.click();
      await drawer(rev).getByText('未发现风险提示').waitFor();
      await drawer(rev).getByText('¥1,800.00').first().waitFor();
      await shot(rev, 'redemption-review');
      await button(drawer(rev), '审核通过').click();
      await submit(rev, '审核通过');
      await toast(rev, '兑付申请已通过');
      expect(await ok(reviewer.get(`/api/v1/redemption-claims/${claimId}`))).toMatchObject({
        status: 'approved',
        riskFlags: [],
      });

      // Finance logs in through the login page, builds a batch, downloads its .xlsx and marks it paid.
      const fin = await pageIn('finance', await run.context());
      await fin.goto('/login');
      await fin.getByLabel('邮箱').fill(finance.user.email);
      await fin.getByLabel('密码').fill(TEST_PASSWORD);
      await fin
        .getByRole('main')
        .getByRole('button', { name: /登\s*录/ })
        .click();
      await fin.waitForURL('**/bureau/**');
      await menu(fin, '兑付结算');
      const pending = fin.locator('.ant-card').filter({ hasText: '待结算的兑付申请' });
      await pending.getByText(`FP${Y}0401`, { exact: true }).waitFor();
      await pending.locator('.ant-table-thead .ant-checkbox-input').check();
      await pending.getByText('已选 1 笔，合计 ¥1,800.00').waitFor();
      await button(pending, '生成结算批次').click();
      await submit(fin, '生成批次');
      await toast(fin, '结算批次已生成');
      const [batch] = (
        await ok<{ items: Array<Record<string, unknown> & { id: string }> }>(finance.get('/api/v1/settlement-batches'))
      ).items;
      expect(batch).toMatchObject({ status: 'created', totalFen: 180_000, claimCount: 1 });
      const [file] = await Promise.all([fin.waitForEvent('download'), button(drawer(fin), '下载清单').click()]);
      // The batch's day is its creation's (stamped by the database, not the API's clock).
      const day = shanghaiDate(new Date(batch.createdAt as string));
      expect(file.suggestedFilename()).toBe(`settlement-batch-${day}-${batch.id.slice(0, 8)}.xlsx`);
      await shot(fin, 'settlement');

      // Refusal 4: marking it paid without the bank reference.
      await button(drawer(fin), '标记已付款').click();
      await button(modal(fin), '确认已付款').click();
      await modal(fin).getByText('请填写银行流水号').waitFor();
      expect((await ok<{ status: string }>(finance.get(`/api/v1/settlement-batches/${batch.id}`))).status).toBe(
        'created',
      );
      await fin.getByLabel('银行流水号').fill('ICBC-20250401-000123');
      await submit(fin, '确认已付款');
      await toast(fin, '已标记为已付款');
      expect(await ok(finance.get(`/api/v1/settlement-batches/${batch.id}`))).toMatchObject({
        status: 'paid',
        bankReference: 'ICBC-20250401-000123',
      });

      // The provider sees the claim paid.
      await prov.reload();
      await prov.getByText('已支付', { exact: true }).first().waitFor();
      await prov.getByText(/支付 ¥1,800\.00，银行流水号 ICBC-20250401-000123/).waitFor();
      await shot(prov, 'redemption-paid');
      expect((await ok<{ status: string }>(provider.get(`/api/v1/redemption-claims/${claimId}`))).status).toBe('paid');
      const ledger = await run.t.dataSource.query(
        `SELECT l.kind, l.amount_fen::int AS "amountFen" FROM voucher_ledger l
         JOIN voucher v ON v.id = l.voucher_id WHERE v.code = $1 ORDER BY l.id`,
        [voucherCode],
      );
      expect(ledger).toEqual([
        { kind: 'issue', amountFen: 500_000 },
        { kind: 'hold', amountFen: 180_000 },
        { kind: 'consume', amountFen: 180_000 },
        { kind: 'redeem', amountFen: 180_000 },
        { kind: 'pay', amountFen: 180_000 },
      ]);
      expect(await ok(admin.get(`/api/v1/voucher-programs/${programId}/ledger-check`))).toMatchObject({
        ok: true,
        differences: [],
      });
      expect(await ok(admin.get(`/api/v1/voucher-programs/${programId}`))).toMatchObject({
        committedFen: 500_000,
        consumedFen: 180_000,
        redeemedFen: 180_000,
        paidFen: 180_000,
        remainingFen: 19_500_000,
      });
    },
    150_000,
  );

  stage(
    '6. in January after the year an admin computes and publishes the award round; the public list shows it',
    async () => {
      await moveTo(new Date(`${Y + 1}-01-10T02:00:00Z`)); // 10:00 in Shanghai
      await adm.getByRole('link', { name: '优质机构评选', exact: true }).click();
      await button(adm, '新建评选').click();
      await adm.getByLabel('评选年度').fill(String(Y));
      await adm.getByLabel('奖励预算（元）').fill('3000000');
      // One provider and one enterprise in this journey: one served and rated enterprise is enough.
      await adm.getByLabel('最少服务企业数').fill('1');
      await adm.getByLabel('最少评价企业数').fill('1');
      await button(adm, '创建评选').click();
      await adm.getByText(`${Y} 年度优质服务机构评选`).first().waitFor();
      const roundId = /\/bureau\/awards\/([0-9a-f-]{36})/.exec(adm.url())?.[1] as string;
      expect(await ok(admin.get(`/api/v1/award-rounds/${roundId}`))).toMatchObject({
        year: Y,
        status: 'draft',
        budgetFen: 300_000_000,
        config: { minServed: 1, minRatings: 1 },
      });

      await button(adm, /^计\s*算$/).click();
      await adm.getByText('排队等待计算').waitFor();
      // No worker runs in tests: run the queued job here, as the worker would.
      await run.t.app
        .get(AwardComputeJobs)
        .runComputeJob({ data: { roundId, actor: { userId: admin.user.id, orgId: admin.orgId } } });
      await adm.getByRole('tab', { name: '排名（1）' }).waitFor();
      await adm.getByRole('cell', { name: PROVIDER }).first().waitFor();
      await adm.getByText('¥500,000.00').first().waitFor();
      const results = await ok<{ ranked: Array<Record<string, unknown>>; ineligible: unknown[] }>(
        admin.get(`/api/v1/award-rounds/${roundId}/results`),
      );
      expect(results.ineligible).toEqual([]);
      expect(results.ranked).toEqual([
        expect.objectContaining({
          providerId: provider.orgId,
          rank: 1,
          awardFen: 50_000_000,
          facts: expect.objectContaining({ served: 1, ratingCount: 1 }),
        }),
      ]);
      await shot(adm, 'award-results', adm.getByText('评选结果', { exact: true }));

      await button(adm, '公示结果').click();
      await button(adm, /^公\s*示$/).click();
      await adm.getByText('评选结果已公示，参评机构已收到通知').waitFor();
      // Refusal 5: finalising during the public notice.
      await button(adm, /^定\s*稿$/).click();
      await confirmPop(adm, /^定\s*稿$/);
      await adm.getByText('公示期尚未结束').waitFor();
      expect(await ok(admin.get(`/api/v1/award-rounds/${roundId}`))).toMatchObject({ status: 'published' });
      await shot(adm, 'award-published');

      // The provider reads its result in its console (年度评选, the award year chosen).
      await prov.getByRole('link', { name: '年度评选', exact: true }).click();
      await prov.getByLabel('年度').click();
      await prov.getByTitle(`${Y} 年`, { exact: true }).click();
      await prov.getByText(`${Y} 年度评选结果`).waitFor();
      await prov.getByText('本机构的评选结果').waitFor();
      await prov.getByText(/您在 1 家符合条件的服务机构中排名第 1 名/).waitFor();
      await prov
        .getByRole('row', { name: new RegExp(PROVIDER) })
        .getByText('¥500,000.00')
        .waitFor();
      await shot(prov, 'provider-award', prov.getByText(`${Y} 年度评选结果`));

      // Anyone sees the list, logged out.
      const visitor = await pageIn('visitor', await run.context());
      await visitor.goto('/awards');
      await visitor.getByText(`${Y} 年度优质服务机构评选结果`).waitFor();
      await visitor.getByText('公示中').first().waitFor();
      const rows = visitor.locator('.ant-table-tbody tr.ant-table-row');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().innerText()).toMatch(new RegExp(`^1\\s+${PROVIDER}\\s+[\\d.]+\\s+¥500,000.00`));
      await shot(visitor, 'public-awards');
      expect(await ok(run.t.api.request('get', `/api/v1/awards/${Y}`))).toMatchObject({
        year: Y,
        status: 'published',
        ranked: [expect.objectContaining({ providerId: provider.orgId, rank: 1, awardFen: 50_000_000 })],
      });
    },
    90_000,
  );
});
