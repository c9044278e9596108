import { startBenchApp } from '../lib/app-server';
import { loopMetrics, loopNotes, requestLoop } from '../lib/http-loop';
import type { Benchmark } from '../lib/types';

/** The cost of the app's whole stack (helmet, cookies, session lookup, routing, validation) on the cheapest signed-in route. */
export const httpAuth: Benchmark = {
  name: 'http-auth',
  baseline: 'express',
  describe: '`GET /api/v1/auth/me` with an admin session cookie and our Origin; sequential keep-alive requests for 3 s',
  async run() {
    const app = await startBenchApp();
    try {
      const headers = await app.signInAdmin();
      const result = await requestLoop({ url: `${app.url}/api/v1/auth/me`, headers });
      return { metrics: loopMetrics(result), notes: loopNotes(result) };
    } finally {
      await app.close();
    }
  },
};
