import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weakEtag } from '../../server/http/etag';
import { startTestServer } from '../helpers/server';

// The oracle is Express itself with its default ETag setting (the etag package).
const bodies: [string, string | Buffer][] = [
  ['an empty body', ''],
  ['a small JSON text', '{"ok":true}'],
  ['Chinese text (multi-byte UTF-8)', '{"title":"一号直播间 10:00 专场","notes":"坑位费"}'],
  ['a 100 KB text', 'x'.repeat(100_000)],
  ['binary bytes', Buffer.from([0, 1, 2, 250, 255, 128])],
];

let server: http.Server;
let base = '';
beforeAll(async () => {
  const stock = express();
  bodies.forEach(([, body], i) => stock.get(`/${i}`, (_req, res) => {
    if (typeof body === 'string') res.type('text').send(body);
    else res.type('bin').send(body);
  }));
  server = http.createServer(stock).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('weakEtag', () => {
  it.each(bodies.map(([label, body], i) => [label, body, i] as const))('when the body is %s, then it equals the ETag stock Express sends', async (_label, body, i) => {
    const res = await fetch(`${base}/${i}`);
    const stockTag = res.headers.get('etag');
    expect(stockTag).toMatch(/^W\/"/);
    expect(weakEtag(body, 'utf8')).toBe(stockTag);
  });
});

describe('the app\'s ETags', () => {
  it('when a GET is repeated with If-None-Match, then the app answers 304 with the same tag, computed by weakEtag', async () => {
    const app = await startTestServer();
    try {
      const first = await fetch(`${app.url}/api/v1/openapi.json`);
      const body = Buffer.from(await first.arrayBuffer());
      const tag = first.headers.get('etag');
      expect(tag).toBe(weakEtag(body));
      // node:http, not fetch: fetch adds Cache-Control: no-cache to a conditional request, which forbids a 304.
      const again = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get(`${app.url}/api/v1/openapi.json`, { headers: { 'if-none-match': tag ?? '' } }, (res) => { res.resume(); resolve(res); }).on('error', reject);
      });
      expect(again.statusCode).toBe(304);
      expect(again.headers.etag).toBe(tag);
    } finally {
      await app.close();
    }
  });
});
