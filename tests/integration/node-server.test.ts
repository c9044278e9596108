import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http/node-server';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(app: express.Express): Promise<string> {
  server = createHttpServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server!.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createHttpServer', () => {
  it('when a request arrives, then it is born with the app’s request and response prototypes and Express works as usual', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    let seen: Record<string, unknown> = {};
    app.get('/probe', (req, res) => {
      seen = {
        reqProto: Object.getPrototypeOf(req) === app.request,
        resProto: Object.getPrototypeOf(res) === app.response,
        isIncoming: req instanceof http.IncomingMessage,
        isResponse: res instanceof http.ServerResponse,
        app: req.app === app && res.app === app,
        pairs: req.res === res && res.req === req,
      };
      res.status(201).json({ ip: req.ip, query: req.query, fresh: req.fresh, type: req.is('json') });
    });
    const url = await listen(app);
    const res = await fetch(`${url}/probe?a=1`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ip: '203.0.113.9', query: { a: '1' }, fresh: false, type: null });
    expect(seen).toEqual({ reqProto: true, resProto: true, isIncoming: true, isResponse: true, app: true, pairs: true });
  });

  it('when two apps get servers, then each request carries its own app', async () => {
    const first = express();
    const second = express();
    first.get('/who', (req, res) => res.json({ same: req.app === first }));
    second.get('/who', (req, res) => res.json({ same: req.app === second }));
    const secondServer = createHttpServer(second).listen(0, '127.0.0.1');
    try {
      await new Promise<void>((resolve) => secondServer.once('listening', () => resolve()));
      const url = await listen(first);
      const secondUrl = `http://127.0.0.1:${(secondServer.address() as AddressInfo).port}`;
      expect(await (await fetch(`${url}/who`)).json()).toEqual({ same: true });
      expect(await (await fetch(`${secondUrl}/who`)).json()).toEqual({ same: true });
    } finally {
      secondServer.closeAllConnections();
      await new Promise<void>((resolve) => secondServer.close(() => resolve()));
    }
  });
});
