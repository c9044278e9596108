import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTmpDir } from '../helpers/paths';
import { startTestServer, type TestServer } from '../helpers/server';

// Issue 17 item 10: the built client is sent pre-compressed (the build writes .br and .gz beside each asset),
// hashed assets are cached for a year, the app shell never without asking again.

const script = `export const greeting = ${JSON.stringify('你好, MCN Desk '.repeat(400))};\n`;
const hashed = 'index-Ab12_-Cd.js';
const html = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12_-Cd.js"></script></head><body><div id="root"></div></body></html>';

let dist = '';
let server: TestServer;
beforeAll(async () => {
  fs.mkdirSync(testTmpDir, { recursive: true });
  dist = fs.mkdtempSync(path.join(testTmpDir, 'client-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), html);
  const file = path.join(dist, 'assets', hashed);
  fs.writeFileSync(file, script);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(script));
  fs.writeFileSync(path.join(dist, 'assets', 'only-plain-Zz99Yy88.css'), 'body{margin:0}');
  server = await startTestServer({ clientDist: dist });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET whose body is read as sent (fetch would decompress it and hide the encoding). */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a hashed asset', () => {
  it.each([
    ['br', 'br', (b: Buffer) => zlib.brotliDecompressSync(b)],
    ['gzip, deflate, br', 'br', (b: Buffer) => zlib.brotliDecompressSync(b)],
    ['gzip', 'gzip', (b: Buffer) => zlib.gunzipSync(b)],
    ['br;q=0, gzip', 'gzip', (b: Buffer) => zlib.gunzipSync(b)],
    ['identity', undefined, (b: Buffer) => b],
  ] as const)('when the browser accepts "%s", then it gets %s bytes that decode to the file, typed as JavaScript', async (accept, encoding, decode) => {
    const res = await get(`/assets/${hashed}`, { 'accept-encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(decode(res.body).toString('utf8')).toBe(script);
    if (encoding) expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 5);
  });

  it('when no Accept-Encoding is sent, then the file is sent as it is', async () => {
    const res = await get(`/assets/${hashed}`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(script);
  });

  it('when asked, then it is cached for a year as immutable', async () => {
    const res = await get(`/assets/${hashed}`, { 'accept-encoding': 'gzip' });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('when a HEAD asks for it, then the headers match a GET and no body comes', async () => {
    const res = await get(`/assets/${hashed}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(zlib.brotliCompressSync(script).length);
    expect(res.body.length).toBe(0);
  });

  it('when the build wrote no compressed copy, then the file is sent plain with its type and without Vary', async () => {
    const res = await get('/assets/only-plain-Zz99Yy88.css', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.body.toString()).toBe('body{margin:0}');
  });

  it('when an asset does not exist or the name climbs out, then 404, not the app shell', async () => {
    for (const p of ['/assets/missing-Aa11Bb22.js', '/assets/..%2Findex.html', '/assets/%2E%2E%2Findex.html', `/assets/${hashed}.br`.replace('.br', '.br/x')]) {
      const res = await get(p, { 'accept-encoding': 'br' });
      expect(res.status, p).toBe(404);
      expect(res.body.toString()).not.toContain('<div id="root">');
    }
  });
});

describe('the app shell', () => {
  it.each(['/', '/hosts/12/edit', '/reconciliation/2026-03/4', '/sign-in?next=%2Fledger'])('when %s is opened, then index.html comes with no-cache', async (pathname) => {
    const res = await get(pathname, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toBe(html);
  });

  it('when an unknown API path is asked, then it is still the API\'s 404, not the shell', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body.toString())).toMatchObject({ error: { code: 'not_found' } });
  });
});
