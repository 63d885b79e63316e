import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { Marketplace } from '../support/marketplace.js';
import type { TestSession } from '../support/session.js';
import { openProgramme } from '../support/voucher-programs.js';
import { type ConsoleRun, startConsole } from './support/browser.js';

const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));
const PROGRAMME = `${year}年度宁波市专精特新服务券`;
const RETURN_REASON = '证书编号与认定公告不一致，请核对后重新提交';

/**
 * The enterprise's own pages (企业资料, 等级认定, 服务券项目, 我的服务券, 工作台) in a real Chromium:
 * the enterprise edits its profile, claims a tier that a reviewer returns, is refused a voucher
 * without a verified tier, applies once verified and finds the issued voucher with its buckets
 * and the order that holds part of it.
 */
describe('web console: the enterprise’s profile, tier and vouchers', () => {
  let run: ConsoleRun;
  let enterprise: TestSession;
  let reviewer: TestSession;
  let programId: string;

  beforeAll(async () => {
    run = await startConsole();
    const admin = await run.t.api.bureauAdmin();
    reviewer = await run.t.api.bureauUser('reviewer');
    enterprise = await run.t.api.enterprise();
    programId = await openProgramme(admin, {
      name: PROGRAMME,
      year,
      coverageBp: 5000,
      maxFaceValueFen: 500_000,
      perEnterpriseYearCapFen: 1_000_000,
      categories: ['ip', 'digital'],
      tiers: ['srdi', 'little_giant'],
      applyFrom: `${year}-01-01`,
      applyUntil: `${year}-12-31`,
      validFrom: `${year}-01-01`,
      validUntil: `${year}-12-31`,
    });
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  it('edits the profile, claims a tier, applies for a voucher and follows its money', async () => {
    const page = await run.signedIn(enterprise);
    /** Reloads until `shown` is visible: a reload can land while the console is being rebuilt. */
    const reloadUntil = async (shown: Locator) => {
      for (let attempt = 1; ; attempt++) {
        await page.reload();
        try {
          return await shown.waitFor({ timeout: 5_000 });
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    };

    // 企业资料: edit the profile; a malformed phone is refused next to its field.
    await page.goto('/enterprise/profile');
    await page.getByRole('button', { name: '编辑资料' }).click();
    await page.getByLabel('法定代表人').fill('陈建华');
    await page.getByLabel('联系电话').fill('12345');
    await page.getByLabel('所属行业').fill('通用设备制造业');
    await page.getByLabel('员工人数').fill('120');
    await page.getByLabel('年营业收入').fill('5000万-1亿元');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('请填写手机号或固定电话').waitFor();
    await page.getByLabel('联系电话').fill('0574-87654321');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('企业资料已保存').waitFor();
    await page.getByText('0574-87654321').waitFor();
    const profile = (await enterprise.get('/api/v1/enterprises/me').expect(200)).body;
    expect(profile).toMatchObject({
      legalRepresentative: '陈建华',
      contactPhone: '0574-87654321',
      industry: '通用设备制造业',
      employeeCount: 120,
      revenueBand: '5000万-1亿元',
    });

    // 等级认定: claim the provincial SRDI tier; the same certificate twice is refused in Chinese.
    const claimTier = async (certificateNo: string) => {
      await page.getByRole('button', { name: '申请等级认定' }).click();
      await page.getByLabel('认定等级').click();
      await page.locator('.ant-select-item-option', { hasText: '专精特新中小企业（省级）' }).click();
      await page.getByLabel('证书编号').fill(certificateNo);
      await page.getByLabel('认定年度').fill(String(year - 1));
      await page.getByRole('button', { name: '提交申请' }).click();
    };
    await claimTier('ZJ-2024-0007');
    await page.getByText('认定申请已提交，请等待主管部门审核').waitFor();
    await page.getByRole('cell', { name: 'ZJ-2024-0007' }).waitFor();
    await claimTier('ZJ-2024-0007');
    await page.getByRole('dialog').getByText('已有审核中的等级认定申请').waitFor();
    await page.getByRole('button', { name: /取\s*消/ }).click();
    const pending = (await enterprise.get('/api/v1/enterprises/me').expect(200)).body.tierClaims;
    expect(pending).toEqual([
      expect.objectContaining({ tier: 'srdi', certificateNo: 'ZJ-2024-0007', status: 'pending' }),
    ]);

    // The reviewer returns it with a reason; the enterprise reads the reason.
    await reviewer.post(`/api/v1/tier-claims/${pending[0].id}/reject`, { reason: RETURN_REASON }).expect(200);
    await reloadUntil(page.getByText(`退回理由：${RETURN_REASON}`));
    await page.getByText('已退回', { exact: true }).waitFor();
    await run.screenshot(page, 'enterprise-profile');

    // 服务券项目: without a verified tier the application is refused, in Chinese.
    await page.getByRole('link', { name: '服务券项目' }).click();
    await page.getByText(PROGRAMME).waitFor();
    await page.getByText('50%').waitFor();
    const apply = async (yuan: string, purpose: string) => {
      await page.getByRole('button', { name: `申请 ${PROGRAMME}` }).click();
      await page.getByLabel('申请金额（元）').fill(yuan);
      await page.getByLabel('用途说明').fill(purpose);
      await page.getByRole('button', { name: '提交申请' }).click();
    };
    await apply('3000', '发明专利布局与知识产权贯标服务');
    await page.getByRole('dialog').getByText('贵企业的专精特新等级不符合该项目要求').waitFor();
    await run.screenshot(page, 'enterprise-apply-refused');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    expect((await enterprise.get('/api/v1/voucher-applications').expect(200)).body.total).toBe(0);

    // A corrected claim is verified (by the reviewer, through the API); now the application goes through.
    const corrected = await enterprise
      .post('/api/v1/enterprises/me/tier-claims', {
        tier: 'srdi',
        certificateNo: '浙经信企业〔2024〕123号',
        year: year - 1,
      })
      .expect(201);
    await reviewer.post(`/api/v1/tier-claims/${corrected.body.id}/verify`, {}).expect(200);
    await reloadUntil(page.getByRole('button', { name: `申请 ${PROGRAMME}` }));
    await apply('3000', '发明专利布局与知识产权贯标服务');
    await page.getByText('申请已提交，请等待主管部门审核').waitFor();
    await page.getByRole('cell', { name: '发明专利布局与知识产权贯标服务' }).waitFor();
    const applications = (await enterprise.get('/api/v1/voucher-applications').expect(200)).body.items;
    expect(applications).toEqual([
      expect.objectContaining({
        programId,
        requestedFen: 300_000,
        status: 'submitted',
        purpose: '发明专利布局与知识产权贯标服务',
      }),
    ]);

    // The reviewer approves a lower amount; an order (4,500 CNY, 50% covered) then holds 2,250 of it.
    const approved = await reviewer
      .post(`/api/v1/voucher-applications/${applications[0].id}/approve`, { faceValueFen: 250_000 })
      .expect(200);
    const market = new Marketplace(run.t.api, reviewer);
    const listing = await market.listing(await market.provider());
    await enterprise
      .post('/api/v1/orders', {
        listingId: listing.id,
        requirement: '两件发明专利申请',
        voucherId: approved.body.voucherId,
      })
      .expect(201);
    await reloadUntil(page.locator('.ant-table').getByText('已通过', { exact: true }));
    await page.getByText('已发放 ¥2,500.00').waitFor();
    await run.screenshot(page, 'enterprise-programs');

    // 我的服务券: the voucher with its buckets, and its history with the order in the drawer.
    await page.getByRole('link', { name: '查看服务券' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('余额构成').waitFor();
    const bucket = (key: string) => drawer.locator(`[data-bucket="${key}"]`).innerText();
    expect(await bucket('available')).toBe('¥250.00');
    expect(await bucket('held')).toBe('¥2,250.00');
    expect(await bucket('consumed')).toBe('¥0.00');
    await drawer.getByRole('cell', { name: '订单占用', exact: true }).waitFor();
    await drawer.getByRole('link', { name: '发明专利申请代理' }).waitFor();
    await run.screenshot(page, 'enterprise-voucher-detail');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    const voucher = (await enterprise.get('/api/v1/vouchers').expect(200)).body.items[0];
    expect(voucher).toMatchObject({ faceValueFen: 250_000, availableFen: 25_000, heldFen: 225_000 });
    await page.locator('.ant-table').getByText(voucher.code).waitFor();
    await run.screenshot(page, 'enterprise-vouchers');

    // 工作台: the verified tier and the voucher balance.
    await page.getByRole('link', { name: '工作台' }).click();
    await page.getByText('专精特新认定等级').waitFor();
    await page.getByText(`有效期至 ${year + 2}/12/31`).waitFor();
    await page.getByText('¥250.00').first().waitFor();
    await page.mouse.move(800, 700);
    await page.locator('.ant-menu-item-selected', { hasText: '工作台' }).waitFor();
    await page.waitForTimeout(400); // the menu's highlight moves with a transition
    await run.screenshot(page, 'enterprise-home');
  }, 120_000);
});
