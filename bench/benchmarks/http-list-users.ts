import { users } from '../../server/db/schema';
import { startBenchApp } from '../lib/app-server';
import { loopMetrics, loopNotes, requestLoop } from '../lib/http-loop';
import type { Benchmark } from '../lib/types';

const userCount = 1000;
// Never verified: the listed users never sign in, and hashing 1,000 real passwords would take minutes.
const dummyPasswordHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** A paged list read: session lookup, two queries (page and count), mapping and serialising 50 users. */
export const httpListUsers: Benchmark = {
  name: 'http-list-users',
  baseline: 'express',
  describe: `\`GET /api/v1/users?page=1&pageSize=50\` as an admin with ${userCount.toLocaleString('en')} users in the table; sequential keep-alive requests for 3 s`,
  async run() {
    const app = await startBenchApp();
    try {
      const headers = await app.signInAdmin();
      const at = new Date();
      const rows = Array.from({ length: userCount }, (_, i) => ({
        email: `listed${i + 1}@example.test`, name: `Listed user ${i + 1}`, role: 'viewer' as const,
        passwordHash: dummyPasswordHash, createdAt: at, updatedAt: at,
      }));
      app.deps.db.transaction((tx) => {
        for (let i = 0; i < rows.length; i += 100) tx.insert(users).values(rows.slice(i, i + 100)).run();
      });
      const result = await requestLoop({ url: `${app.url}/api/v1/users?page=1&pageSize=50`, headers });
      return { metrics: loopMetrics(result), notes: loopNotes(result) };
    } finally {
      await app.close();
    }
  },
};
