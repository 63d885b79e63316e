import type { Locator, Page } from 'playwright-core';
import type request from 'supertest';

/** The body of an API call made beside the browser, failing the test on any other status. */
export async function ok<T = Record<string, unknown>>(test: request.Test, status = 200): Promise<T> {
  const res = await test;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

export const button = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('button', { name });
/** The open antd dialog and drawer (closed ones stay in the page, hidden). */
export const modal = (page: Page) => page.locator('.ant-modal-container').filter({ visible: true });
export const drawer = (page: Page) => page.locator('.ant-drawer-section').filter({ visible: true });
/** Waits for an antd message (toast) with exactly this text. */
export const toast = (page: Page, text: string) =>
  page.locator('.ant-message').getByText(text, { exact: true }).waitFor();
/** Confirms the open Popconfirm (its OK button reads "确 定" unless named). */
export const confirmPop = (page: Page, name: string | RegExp = /确\s*定/) =>
  page.locator('.ant-popconfirm').filter({ visible: true }).getByRole('button', { name }).click();

/**
 * On an order's rating page: five stars overall, for professionalism and effectiveness, four for
 * timeliness and value, the comment, and 3 patents filed (the outcome of the IP category).
 */
export async function fillIpRating(page: Page): Promise<void> {
  const stars = (label: string) => page.locator('.ant-form-item').filter({ hasText: label }).getByRole('radio');
  await stars('总体满意度').nth(4).click();
  await stars('专业能力').nth(4).click();
  await stars('响应及时').nth(3).click();
  await stars('服务成效').nth(4).click();
  await stars('性价比').nth(3).click();
  await page.getByLabel('评价内容').fill('撰写质量高，沟通及时，三件发明专利均已受理。');
  await page.getByLabel('专利申请数（件）').fill('3');
}
