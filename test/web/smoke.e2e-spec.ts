import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ConsoleRun, startConsole } from './support/browser.js';

describe('web console: served by the API, in a real Chromium', () => {
  let run: ConsoleRun;
  beforeAll(async () => {
    run = await startConsole();
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  it('serves the console with its title and registers an enterprise through the form', async () => {
    const page = await (await run.context()).newPage();
    await page.goto('/register');
    expect(await page.title()).toBe('专精特新服务资源池');
    await page.getByLabel('统一社会信用代码').fill('91330212MA2H7Q3R4');
    await page.getByText('应为 18 位，当前 17 位').waitFor();
    await run.screenshot(page, 'register');
  });
});
