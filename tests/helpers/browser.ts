import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser the e2e tests drive. No browser is a failure that says how to get one, never a silent skip. */
export function chromiumPath(): string {
  const found = candidates.find((p): p is string => Boolean(p) && fs.existsSync(p as string));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with `apt-get update && apt-get install -y chromium` ' +
        '(Debian), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export interface Browser {
  context: BrowserContext;
  /** Uncaught page errors and console errors (expected HTTP refusals aside); a test asserts it is empty. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      // The browser itself logs every 4xx answer; the app's deliberate refusals (401, 403, 409) are not errors.
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(`console: ${msg.text()}`);
    });
  });
  return {
    context,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in page, as a person would, starting from no session. */
export async function signInThroughPage(browser: Browser, baseUrl: string, page: Page, email: string, password: string): Promise<void> {
  // Leave the app first: with its cookie gone, a page still open would redirect itself to the sign-in page
  // at the same moment as the goto below, and one navigation would interrupt the other.
  await page.goto('about:blank');
  await browser.context.clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/**
 * Signs out through the header's button, as a person would. Signing out ends in a full load of the sign-in page,
 * so the test waits for that load: until it comes, the old page is still there and the next navigation would race it.
 * (The sign-in button is asked for by its exact name, which the sign-out button's name contains.)
 */
export async function signOutThroughPage(page: Page): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.getByRole('button', { name: '退出登录' }).click();
  await loaded;
  await page.getByRole('button', { name: '登录', exact: true }).waitFor();
}
