import http from 'node:http';
import express from 'express';
import { loopMetrics, loopNotes, requestLoop } from '../lib/http-loop';
import { listenLocal } from '../lib/listen';
import type { Baseline } from '../lib/types';

/** The floor for any HTTP benchmark: Express 5 with one route and no middleware, through the same client loop. */
export const expressBaseline: Baseline = {
  name: 'baseline:express',
  describe: 'A bare Express 5 app, one route `GET /ping` answering `{"ok":true}`; sequential keep-alive requests for 3 s',
  async run() {
    const app = express();
    app.get('/ping', (_req, res) => {
      res.json({ ok: true });
    });
    const server = await listenLocal(http.createServer(app));
    try {
      const result = await requestLoop({ url: `${server.url}/ping` });
      return { metrics: loopMetrics(result), notes: loopNotes(result) };
    } finally {
      await server.close();
    }
  },
};
