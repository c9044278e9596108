// The app opened as a colleague on the office network opens it: by the machine's LAN address over plain
// HTTP. With a CSP that upgrades insecure requests, Chromium would fetch every asset over https and the
// page would stay blank (issue 15 item 5); only loopback worked.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';

/** The machine's first non-loopback IPv4 address; none is a failure, never a silent pass. */
function lanAddress(): string {
  const found = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
  if (!found) throw new Error('This machine has no non-loopback IPv4 address: the LAN-address browser test cannot run here');
  return found.address;
}

const e2e = e2eJourney(() => startTestServer({ host: '0.0.0.0' }));

describe('the app by its LAN address', () => {
  it('when Chromium opens http://<LAN address>:<port>/, then every asset loads over http, sign-in works and the app renders', async () => {
    const address = lanAddress();
    const port = new URL(e2e.server.url).port;
    const base = `http://${address}:${port}`;
    await e2e.server.signIn('admin', { email: 'lan@example.test', password: 'admin-password-1' });

    const page = await e2e.browser.context.newPage();
    const assets: { url: string; status: number }[] = [];
    const failed: string[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') assets.push({ url: response.url(), status: response.status() });
    });
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));

    const first = await page.goto(`${base}/`);
    expect(first?.status()).toBe(200);
    expect(first?.headers()['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    // The app itself sends an anonymous visitor to its sign-in page: it rendered from the assets above.
    await page.getByLabel('邮箱').fill('lan@example.test');
    await page.getByLabel('密码').fill('admin-password-1');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).waitFor();

    expect(new URL(page.url()).origin).toBe(base);
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => !a.url.startsWith(`${base}/`) || a.status >= 400)).toEqual([]);
    expect(failed).toEqual([]);
    expect(e2e.browser.errors).toEqual([]);
  });
});
