import { contracts, hosts, platformAccounts, rooms, sessionHosts, sessions } from '../../server/db/schema';
import type { Db } from '../../server/db/client';
import { startBenchApp } from '../lib/app-server';
import { loopMetrics, loopNotes, requestLoop } from '../lib/http-loop';
import type { Benchmark } from '../lib/types';

const existing = 100_000;
const hostCount = 300;
const roomCount = 8;
const HOUR = 3_600_000;
const origin = Date.parse('2026-01-01T00:00:00Z');

/** 100,000 sessions over two years: 300 hosts with an account each, 8 rooms, 2-hour sessions. */
function fillSchedule(db: Db): { hostId: number; accountId: number } {
  const at = new Date();
  db.transaction((tx) => {
    tx.insert(rooms).values(Array.from({ length: roomCount }, (_, i) => ({ name: `Room ${i + 1}`, bufferMinutes: 15, createdAt: at, updatedAt: at }))).run();
    for (let h = 1; h <= hostCount + 1; h += 1) {
      tx.insert(hosts).values({ stageName: `Host ${h}`, legalName: `Host ${h}`, status: 'active', categories: [], createdAt: at, updatedAt: at }).run();
      tx.insert(platformAccounts).values({ hostId: h, platform: 'douyin', handle: `@h${h}`, createdAt: at, updatedAt: at }).run();
      tx.insert(contracts).values({ hostId: h, number: `B${h}`, startDate: '2025-01-01', endDate: '2028-12-31', status: 'active', platforms: [], createdAt: at, updatedAt: at }).run();
    }
    for (let i = 0; i < existing; i += 1) {
      const host = (i % hostCount) + 1;
      // Each host streams every ~3 days; the slots of different hosts interleave densely in time.
      const start = origin + Math.floor(i / hostCount) * 2 * HOUR * 36 + (i % hostCount) * 12 * 60_000;
      const row = tx.insert(sessions).values({ accountId: host, roomId: (i % roomCount) + 1, startsAt: new Date(start), endsAt: new Date(start + 2 * HOUR), status: 'planned', createdAt: at, updatedAt: at }).returning({ id: sessions.id }).get();
      tx.insert(sessionHosts).values({ sessionId: row.id, hostId: host, role: 'main', shareBp: 10000, position: 0 }).run();
    }
  });
  return { hostId: hostCount + 1, accountId: hostCount + 1 };
}

/** Booking over HTTP with 100,000 sessions in the table: validation, eligibility, the conflict check, the write and its audit entry. */
export const httpBookSession: Benchmark = {
  name: 'http-book-session',
  baseline: 'express',
  describe: `\`POST /api/v1/sessions\` one after another, each a free 1-hour slot in the middle of ${existing.toLocaleString('en')} existing sessions (conflict check, eligibility, insert, audit)`,
  targets: { p99: '≤ 3× baseline p99' },
  async run() {
    const app = await startBenchApp();
    try {
      // No ANALYZE: the app never runs it, so its databases carry no statistics. (With the STAT4 samples this
      // SQLite build keeps, every statement with a range parameter is planned again at each run: ADR 0005.)
      const { hostId, accountId } = fillSchedule(app.deps.db);
      const headers = await app.signInAdmin();
      const middle = origin + 180 * 24 * HOUR;
      const result = await requestLoop({
        url: `${app.url}/api/v1/sessions`, headers, expectStatus: 201, warmupRequests: 50,
        body: (i) => ({
          accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }],
          startsAt: new Date(middle + i * 2 * HOUR).toISOString(), endsAt: new Date(middle + i * 2 * HOUR + HOUR).toISOString(),
        }),
      });
      return { metrics: loopMetrics(result), notes: loopNotes(result) };
    } finally {
      await app.close();
    }
  },
};
