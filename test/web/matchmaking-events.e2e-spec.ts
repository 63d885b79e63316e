import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { FixedClock } from '@app/shared';
import type { TestSession } from '../support/session.js';
import { type ConsoleRun, startConsole } from './support/browser.js';
import { button, modal, ok, toast } from './support/ui.js';

const TITLE = '专精特新企业知识产权服务对接会';
const NAMES = {
  E1: '宁波甬芯微电子有限公司',
  E2: '宁波海天精密传动有限公司',
  P1: '甬城知识产权代理有限公司',
  P2: '宁波数智科技服务有限公司',
};

/**
 * Matchmaking events (对接活动, DOMAIN.md §9) in a real Chromium: the admin creates an event in the
 * form; an enterprise and a pool provider register in their consoles (an applicant provider is
 * refused with a clear message; another pair registers through the API); the admin schedules a
 * meeting in the grid, tries one that clashes for the enterprise and sees who is busy, schedules
 * the other enterprise instead; once the meeting has started (the server's fixed clock advanced)
 * records it as held; the enterprise sees its meeting on its own event page.
 */
describe('web console: matchmaking events (bureau grid, registering, own meetings)', () => {
  let run: ConsoleRun;
  let admin: TestSession;
  let e1: TestSession;
  let e2: TestSession;
  let p1: TestSession;
  let p2: TestSession;
  let applicant: TestSession;
  let bureau: Page;
  let eventId: string;
  // 2026-12-01 10:00 in Shanghai: the event (15 December, 09:00-12:00) lies ahead.
  const clock = new FixedClock(new Date('2026-12-01T02:00:00Z'));

  beforeAll(async () => {
    run = await startConsole({ clock });
    const api = run.t.api;
    admin = await api.bureauAdmin();
    const reviewer = await api.bureauUser('reviewer');
    e1 = await api.enterprise({ org: { name: NAMES.E1 } });
    e2 = await api.enterprise({ org: { name: NAMES.E2 } });
    p1 = await api.poolMember(reviewer, { name: NAMES.P1 });
    p2 = await api.poolMember(reviewer, { name: NAMES.P2 });
    applicant = await api.provider();
    bureau = await run.signedIn(admin, { width: 1366, height: 900 });
    bureau.setDefaultTimeout(30_000); // the first screenshot waits for the CJK fonts
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  /** Opens a console page and waits for its title (diagnosing a blank page). */
  async function open(page: Page, path: string, title: string | RegExp) {
    // A console rebuilt meanwhile (`vite build` empties dist first) answers 404 for a moment: try again.
    for (let tries = 0; (await page.goto(path))?.status() === 404 && tries < 10; tries++)
      await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      await page.getByRole('heading', { name: title, level: 3 }).waitFor();
    } catch (error) {
      await run.screenshot(page, 'debug-matchmaking-events');
      console.error(page.url(), (await page.content()).slice(0, 2000));
      throw error;
    }
  }

  /** Picks an option of the open antd Select (by its visible text) and waits for the list to close. */
  async function pick(page: Page, label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: option }).click();
    await page.locator('.ant-select-dropdown').last().waitFor({ state: 'hidden' });
  }

  const grid = () => bureau.locator('table').filter({ has: bureau.getByRole('columnheader', { name: '时间' }) });

  it('creates an event through the form (a missing field refused first)', async () => {
    await open(bureau, '/bureau/events', '对接活动');
    await bureau.getByText('暂无即将举行的活动').waitFor();
    await button(bureau, '新建活动').click();
    await button(bureau, '创建活动').click();
    await bureau.getByText('请输入活动名称（100 字以内）').waitFor();
    await bureau.getByText('请选择活动的开始和结束时间').waitFor();

    await bureau.getByLabel('活动名称').fill(TITLE);
    await bureau.getByLabel('活动介绍').fill('面向专精特新中小企业的专利布局与知识产权服务一对一洽谈。');
    const range = bureau.locator('.ant-picker-range');
    await range.locator('input').first().click();
    await range.locator('input').first().fill('2026-12-15 09:00');
    await range.locator('input').first().press('Enter');
    await range.locator('input').nth(1).fill('2026-12-15 12:00');
    await range.locator('input').nth(1).press('Enter');
    await bureau.getByLabel('活动地点').fill('宁波市鄞州区科技大厦 3 楼会议室');
    await bureau.getByLabel('服务类别').click();
    await bureau.locator('.ant-select-item-option').filter({ hasText: '知识产权' }).click();
    await bureau.locator('.ant-select-item-option').filter({ hasText: '数字化转型' }).click();
    await bureau.keyboard.press('Escape');
    await bureau.getByLabel('企业名额').fill('2');
    await bureau.getByLabel('服务机构名额').fill('5');
    await run.screenshot(bureau, 'bureau-event-form');
    await button(bureau, '创建活动').click();

    await toast(bureau, `已创建对接活动：${TITLE}`);
    await bureau.getByRole('heading', { name: new RegExp(TITLE), level: 3 }).waitFor();
    eventId = /\/bureau\/events\/([0-9a-f-]{36})/.exec(bureau.url())?.[1] as string;
    expect(eventId).toBeDefined();
    const created = await ok(admin.get(`/api/v1/matchmaking-events/${eventId}`));
    expect(created).toMatchObject({
      title: TITLE,
      status: 'upcoming',
      startsAt: '2026-12-15T01:00:00.000Z',
      endsAt: '2026-12-15T04:00:00.000Z',
      place: '宁波市鄞州区科技大厦 3 楼会议室',
      online: false,
      categories: ['ip', 'digital'],
      enterpriseCapacity: 2,
      providerCapacity: 5,
    });
    await bureau.getByText('2026/12/15 09:00 – 12:00（北京时间）').waitFor();
  }, 90_000);

  it('anyone sees the upcoming event on the public page', async () => {
    const anonymous = await (await run.context()).newPage();
    await open(anonymous, '/events', '对接活动');
    const card = anonymous.locator('.ant-card').filter({ hasText: TITLE });
    await card.getByText('2026/12/15 09:00 – 12:00（北京时间）').waitFor();
    await card.getByText('0 / 2（剩余 2）').waitFor();
    await run.screenshot(anonymous, 'public-events');
    await button(card, '登录后报名').click();
    await anonymous.waitForURL('**/login');
  }, 60_000);

  it('an enterprise and a pool provider register in their consoles; an applicant is told why not', async () => {
    const enterprise = await run.signedIn(e1);
    await open(enterprise, '/enterprise/events', '对接活动');
    await enterprise.getByText('企业名额剩余 2 个').waitFor();
    await button(enterprise, `报名 ${TITLE}`).click();
    await toast(enterprise, `报名成功：${TITLE}`);
    await enterprise.getByText('已报名', { exact: true }).waitFor();
    await enterprise.getByText('企业名额剩余 1 个').waitFor();
    await run.screenshot(enterprise, 'enterprise-events');

    const outsider = await run.signedIn(applicant);
    await open(outsider, '/provider/events', '对接活动');
    await button(outsider, `报名 ${TITLE}`).click();
    await outsider.getByText('服务机构尚未入池或已被暂停').waitFor();
    await outsider.getByText(/通过入池审核的服务机构才能报名对接活动/).waitFor();

    const provider = await run.signedIn(p1);
    await open(provider, `/provider/events/${eventId}`, new RegExp(TITLE));
    await provider.getByText('报名后，主管部门会在此为您安排一对一洽谈').waitFor();
    await button(provider, `报名 ${TITLE}`).click();
    await toast(provider, `报名成功：${TITLE}`);
    await provider.getByText('主管部门尚未为您安排洽谈，安排后会通知您').waitFor();

    // The other pair through the API; the enterprises' places are then taken.
    await ok(e2.post(`/api/v1/matchmaking-events/${eventId}/registrations`), 201);
    await ok(p2.post(`/api/v1/matchmaking-events/${eventId}/registrations`), 201);
    const late = await run.signedIn(await run.t.api.enterprise());
    await open(late, '/enterprise/events', '对接活动');
    await late.getByText('名额已满', { exact: true }).waitFor();
    expect(await late.getByRole('button', { name: `报名 ${TITLE}` }).count()).toBe(0);
  }, 90_000);

  it('schedules meetings in the grid; a clash names the busy party', async () => {
    await open(bureau, `/bureau/events/${eventId}`, new RegExp(TITLE));
    await grid().getByRole('columnheader', { name: NAMES.P1 }).waitFor();
    await grid().getByRole('columnheader', { name: NAMES.P2 }).waitFor();

    await button(grid(), `安排洽谈：${NAMES.P1} 09:00`).click();
    const dialog = modal(bureau);
    await dialog.getByText(NAMES.P1).waitFor(); // the provider of the column, chosen
    await pick(bureau, '企业', NAMES.E1);
    await button(dialog, '安排洽谈').click();
    await toast(bureau, `已安排洽谈：${NAMES.E1} 与 ${NAMES.P1}，09:00 开始`);
    await button(grid(), `洽谈：${NAMES.E1} 与 ${NAMES.P1} 09:00`).waitFor();

    // The same enterprise at 09:15 with the other provider: refused, naming the enterprise and its meeting.
    await button(grid(), `安排洽谈：${NAMES.P2} 09:00`).click();
    await pick(bureau, '企业', NAMES.E1);
    await pick(bureau, '开始时间（北京时间）', '09:15');
    await button(modal(bureau), '安排洽谈').click();
    await modal(bureau).getByText(`时间冲突：企业「${NAMES.E1}」在该时段已有洽谈安排`).waitFor();
    await modal(bureau)
      .getByText(`企业「${NAMES.E1}」在 09:00–09:30 已与「${NAMES.P1}」安排洽谈，请换一个时间。`)
      .waitFor();
    await run.screenshot(bureau, 'bureau-event-conflict');
    await pick(bureau, '企业', NAMES.E2);
    await button(modal(bureau), '安排洽谈').click();
    await toast(bureau, `已安排洽谈：${NAMES.E2} 与 ${NAMES.P2}，09:15 开始`);
    await button(grid(), `洽谈：${NAMES.E2} 与 ${NAMES.P2} 09:15`).waitFor();

    const event = await ok<{ meetings: Array<Record<string, unknown>> }>(
      admin.get(`/api/v1/matchmaking-events/${eventId}`),
    );
    expect(event.meetings).toHaveLength(2);
    expect(event.meetings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          enterpriseId: e1.orgId,
          providerId: p1.orgId,
          startsAt: '2026-12-15T01:00:00.000Z',
          minutes: 30,
        }),
        expect.objectContaining({
          enterpriseId: e2.orgId,
          providerId: p2.orgId,
          startsAt: '2026-12-15T01:15:00.000Z',
          minutes: 30,
        }),
      ]),
    );
    await bureau.mouse.move(1300, 880);
    await run.screenshot(bureau, 'bureau-event-grid');
    // One more through the API (an hour long): the grid shows it across two rows after a reload.
    const body = { enterpriseId: e2.orgId, providerId: p1.orgId, startsAt: '2026-12-15T10:00:00+08:00', minutes: 60 };
    await ok(admin.post(`/api/v1/matchmaking-events/${eventId}/meetings`, body), 201);
  }, 90_000);

  it('records the outcome once the meeting has started', async () => {
    // Before the event the outcome is not taken yet.
    await button(grid(), `洽谈：${NAMES.E1} 与 ${NAMES.P1} 09:00`).click();
    await modal(bureau).getByText('洽谈开始后才能登记结果').waitFor();
    await button(modal(bureau), /^关\s闭$/).click();
    await modal(bureau).waitFor({ state: 'hidden' });

    clock.set(new Date('2026-12-15T01:40:00Z')); // 09:40 in Shanghai: the event is on
    await open(bureau, `/bureau/events/${eventId}`, new RegExp(TITLE));
    await bureau.getByText('进行中', { exact: true }).waitFor();
    await button(grid(), `洽谈：${NAMES.E1} 与 ${NAMES.P1} 09:00`).click();
    await modal(bureau).getByLabel('已举行').check();
    await modal(bureau).getByLabel('洽谈纪要（选填）').fill('双方就专利布局达成初步合作意向，约定下周提交报价。');
    await button(modal(bureau), '保存结果').click();
    await toast(bureau, '已登记：洽谈已举行');
    await grid().getByText('09:00–09:30 · 已举行').waitFor();
    const event = await ok<{ figures: Record<string, unknown>; meetings: Array<Record<string, unknown>> }>(
      admin.get(`/api/v1/matchmaking-events/${eventId}`),
    );
    expect(event.figures).toMatchObject({ meetings: 3, meetingsHeld: 1 });
    // The 10:00 meeting has not started yet at 09:40 (the server's clock): its outcome is not taken.
    await button(grid(), `洽谈：${NAMES.E2} 与 ${NAMES.P1} 10:00`).click();
    await modal(bureau).getByText('洽谈开始后才能登记结果').waitFor();
    await button(modal(bureau), /^关\s闭$/).click();
    await modal(bureau).waitFor({ state: 'hidden' });
    expect(event.meetings.find((m) => m.enterpriseId === e1.orgId)).toMatchObject({
      status: 'held',
      held: true,
      outcomeNote: '双方就专利布局达成初步合作意向，约定下周提交报价。',
    });
    await bureau.mouse.move(1300, 880);
    await run.screenshot(bureau, 'bureau-event');
    await bureau.mouse.wheel(0, 800); // the meetings and the registrations
    await bureau.getByText('报名服务机构（2）').waitFor();
    await run.screenshot(bureau, 'bureau-event-records');
    await open(bureau, '/bureau/events', '对接活动');
    const row = bureau.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('进行中').waitFor();
    await row.getByRole('cell', { name: '2 / 2' }).waitFor();
    await run.screenshot(bureau, 'bureau-events');
  }, 90_000);

  it('the enterprise sees its meeting (time, counterpart, place) on its event page', async () => {
    const enterprise = await run.signedIn(e1);
    await open(enterprise, `/enterprise/events/${eventId}`, new RegExp(TITLE));
    const row = enterprise.getByRole('row').filter({ hasText: NAMES.P1 });
    await row.getByText('12/15 09:00–09:30（30 分钟）').waitFor();
    await row.getByText('宁波市鄞州区科技大厦 3 楼会议室').waitFor();
    await row.getByText('已举行').waitFor();
    expect(await enterprise.getByText(NAMES.P2).count()).toBe(0); // the other pair's meeting is not its own
    await run.screenshot(enterprise, 'enterprise-event');
  }, 90_000);
});
