import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

// Issue 15 item 5: a CSP with upgrade-insecure-requests makes the browser fetch every asset over
// https, so the app opened by its LAN address over plain HTTP was blank. The directive is sent
// only when the app is served over HTTPS: a trusted proxy says so, or the Host is an https origin.

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One answer header of a plain-HTTP GET, with the Host and headers a browser or a proxy would send. */
function header(name: string, url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/api/v1/auth/me`, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(String(res.headers[name] ?? '')));
    });
    req.on('error', reject);
  });
}
const csp = (url: string, headers: Record<string, string> = {}) => header('content-security-policy', url, headers);

describe('Content-Security-Policy over plain HTTP', () => {
  it('when the app is opened by a LAN address over HTTP, then no Cross-Origin-Opener-Policy is sent (Chromium logs an error for it); over HTTPS it is', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    expect(await header('cross-origin-opener-policy', server.url, { host: '192.168.1.20:3000' })).toBe('');
    expect(await header('cross-origin-opener-policy', server.url, { 'x-forwarded-proto': 'https' })).toBe('same-origin');
  });

  it('when the app is opened by a LAN address or localhost over HTTP, then the CSP does not upgrade requests', async () => {
    server = await startTestServer();
    for (const host of ['192.168.1.20:3000', '10.0.0.7', 'localhost:3000', new URL(server.url).host]) {
      const policy = await csp(server.url, { host });
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('upgrade-insecure-requests');
    }
  });

  it('when a trusted proxy says the browser came over HTTPS, then the CSP upgrades requests', async () => {
    server = await startTestServer();
    expect(await csp(server.url, { 'x-forwarded-proto': 'https' })).toContain('upgrade-insecure-requests');
    expect(await csp(server.url, { 'x-forwarded-proto': 'http' })).not.toContain('upgrade-insecure-requests');
  });

  it('when TRUST_PROXY trusts no proxy, then a forwarded https is not believed', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'false' } });
    expect(await csp(server.url, { 'x-forwarded-proto': 'https' })).not.toContain('upgrade-insecure-requests');
  });

  it('when APP_ORIGINS names an https origin, then requests for that host upgrade and those by LAN address do not', async () => {
    server = await startTestServer({ env: { APP_ORIGINS: 'https://desk.example.test, http://192.168.1.20:3000', TRUST_PROXY: 'false' } });
    expect(await csp(server.url, { host: 'desk.example.test' })).toContain('upgrade-insecure-requests');
    expect(await csp(server.url, { host: '192.168.1.20:3000' })).not.toContain('upgrade-insecure-requests');
    expect(await csp(server.url)).not.toContain('upgrade-insecure-requests');
  });
});
