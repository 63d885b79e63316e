import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import chromium from '@sparticuz/chromium';
import { type Browser, type BrowserContext, chromium as playwright, type Page } from 'playwright-core';
import type { Clock } from '@app/shared';
import { createTestApp, type TestApp } from '../../support/app.js';

const require = createRequire(import.meta.url);
const WEB_DIST = path.resolve('apps/web/dist/index.html');
/** Where screenshots go: the README's folder with UPDATE_SCREENSHOTS=1, else a temporary one. */
export const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.resolve('docs/screenshots')
  : path.join(os.tmpdir(), 'srdi-screenshots');

/**
 * A fontconfig file that gives the npm Chromium (@sparticuz/chromium, no system fonts needed) the
 * Noto Sans SC faces of @embedpdf/fonts-sc, so screenshots show Chinese glyphs, not boxes.
 */
function fontsConf(): string {
  const cjk = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const dir = path.join(os.tmpdir(), 'srdi-fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(os.tmpdir(), 'fonts', 'fonts')}</dir>\n  <dir>${cjk}</dir>\n  <cachedir>${path.join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    // --single-process (made for AWS Lambda) makes contexts share localStorage: each signed-in
    // context must keep its own token, so the browser runs with its usual processes.
    args: chromium.args.filter((arg) => arg !== '--single-process'),
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontsConf() },
  });
}

export interface ConsoleRun {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own storage: one signed-in user) at 1366x768, Chinese locale. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A context already signed in as `session` (its token in the console's storage), and a page in it. */
  signedIn(session: { token: string }, viewport?: { width: number; height: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The real API with the built console on a free port of 127.0.0.1, on a fresh database, and a headless Chromium. */
export async function startConsole(options: { clock?: Clock; env?: NodeJS.ProcessEnv } = {}): Promise<ConsoleRun> {
  if (!existsSync(WEB_DIST)) throw new Error('The console is not built: run `npm run build:web` first');
  const t = await createTestApp(options);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const run: ConsoleRun = {
    t,
    baseUrl,
    browser,
    async context(viewport = { width: 1366, height: 768 }) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context;
    },
    async signedIn(session, viewport) {
      const context = await run.context(viewport);
      // Runs in the page: the console keeps its token under this key (apps/web/src/api/client.ts).
      await context.addInitScript(`localStorage.setItem('srdi.accessToken', ${JSON.stringify(session.token)})`);
      return context.newPage();
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
  return run;
}
