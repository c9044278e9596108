import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { writeDouyinExport } from '../../tests/factories/douyin-export';
import { startBenchApp } from '../lib/app-server';
import { LatencyRecorder } from '../lib/latency';
import { uploadFile } from '../lib/upload';
import type { Benchmark, Metric } from '../lib/types';

// Issue 15 suite 5: a bounded loopback soak. Four clients mix reads (lists, order and ledger pages) and bookings
// for SOAK_SECONDS (default 180), while a douyin-export import runs twice (the second a re-import, all updates)
// and the November settlement runs twice. Any 5xx or dropped connection fails the benchmark (non-zero exit).

const seconds = Number(process.env.SOAK_SECONDS ?? 180);
const importRows = Number(process.env.SOAK_IMPORT_ROWS ?? 50_000);
const clients = 4;
const accounts = [1, 2, 3, 4].map((i) => ({ shortId: `dy9100000${i}`, nickname: `耐久直播间${i}` }));

type Kind = 'hosts list' | 'sessions list' | 'orders page' | 'ledger page' | 'book session' | 'import' | 'settlement run';
const kinds: Kind[] = ['hosts list', 'sessions list', 'orders page', 'ledger page', 'book session', 'import', 'settlement run'];

interface Tally { latency: LatencyRecorder; errors: number; fiveXx: number; statuses: Map<number, number> }

function send(agent: http.Agent, url: string, headers: Record<string, string>, method: string, body?: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const all = payload === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) };
    const req = http.request(url, { agent, method, headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const mb = (bytes: number) => bytes / (1024 * 1024);
const memoryNow = () => { const m = process.memoryUsage(); return { rss: mb(m.rss), heap: mb(m.heapUsed) }; };

export const soak: Benchmark = {
  name: 'soak',
  baseline: 'express',
  describe: `${seconds} s on loopback (SOAK_SECONDS): ${clients} clients mixing host and session lists, order and ledger pages and bookings, while a ${importRows.toLocaleString('en')}-row douyin-export imports twice and the month's settlement runs twice; fails on any 5xx`,
  targets: { '5xx': '0', errors: '0' },
  async run() {
    const file = path.join(os.tmpdir(), `mcn-soak-${process.pid}.csv`);
    await writeDouyinExport(file, { count: importRows, accounts, from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z'), now: new Date('2026-12-05T00:00:00Z') });
    const app = await startBenchApp();
    const tallies = new Map<Kind, Tally>(kinds.map((k) => [k, { latency: new LatencyRecorder(), errors: 0, fiveXx: 0, statuses: new Map() }]));
    const failures: string[] = [];
    try {
      const headers = await app.signInAdmin();
      const setup = new http.Agent({ keepAlive: true });
      const post = async (p: string, body: unknown) => JSON.parse((await send(setup, app.url + p, headers, 'POST', body)).text) as { id: number };
      // One host per export account (under contract, so the settlement has statements) and one booking host per client.
      const booking: { accountId: number; hostId: number }[] = [];
      for (let i = 0; i < accounts.length + clients; i += 1) {
        const host = await post('/api/v1/hosts', { stageName: `耐久${i}`, legalName: `耐久${i}`, status: 'trial' });
        const identifiers = i < accounts.length ? [accounts[i]!.shortId] : [`soak-book-${i}`];
        const account = await post(`/api/v1/hosts/${host.id}/accounts`, { platform: 'douyin', identifiers });
        await post('/api/v1/contracts', { hostId: host.id, startDate: '2026-01-01', endDate: '2027-12-31', status: 'active', terms: { hostShare: { mode: 'flat', rateBp: 3000 } } });
        if (i >= accounts.length) booking.push({ accountId: account.id, hostId: host.id });
      }
      setup.destroy();

      /** One timed request of a kind; an unexpected status is an error, a 5xx or a dropped connection a failure. */
      const timed = async (kind: Kind, expect: number, request: () => Promise<{ status: number; text: string }>) => {
        const tally = tallies.get(kind)!;
        const stop = tally.latency.start();
        try {
          const res = await request();
          stop();
          tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
          if (res.status !== expect) tally.errors += 1;
          if (res.status >= 500) { tally.fiveXx += 1; failures.push(`${kind}: ${res.status} ${res.text.slice(0, 200)}`); }
          return res;
        } catch (error) {
          stop();
          tally.errors += 1;
          failures.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        }
      };

      const start = memoryNow();
      const t0 = Date.now();
      const deadline = t0 + seconds * 1000;
      const HOUR = 3_600_000;

      const client = async (c: number) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        let i = 0;
        // Each client books its own account's slots, an hour apart from 2027-01-01 on: never a conflict.
        const slot0 = Date.parse('2027-01-01T00:00:00Z') + c * 10 * HOUR;
        while (Date.now() < deadline) {
          const page = (i % 20) + 1;
          switch (i % 6) {
            case 0: await timed('hosts list', 200, () => send(agent, `${app.url}/api/v1/hosts?page=1&pageSize=50`, headers, 'GET')); break;
            case 1: await timed('sessions list', 200, () => send(agent, `${app.url}/api/v1/sessions?page=1&pageSize=50`, headers, 'GET')); break;
            case 2: case 4: await timed('orders page', 200, () => send(agent, `${app.url}/api/v1/orders?page=${page}&pageSize=50`, headers, 'GET')); break;
            case 3: await timed('ledger page', 200, () => send(agent, `${app.url}/api/v1/ledger?period=2026-11&page=${page}&pageSize=50`, headers, 'GET')); break;
            default: {
              const startsAt = slot0 + Math.floor(i / 6) * 2 * HOUR * clients;
              await timed('book session', 201, () => send(agent, `${app.url}/api/v1/sessions`, headers, 'POST', {
                accountId: booking[c]!.accountId, hosts: [{ hostId: booking[c]!.hostId, role: 'main', shareBp: 10000 }], startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + HOUR).toISOString(),
              }));
            }
          }
          i += 1;
        }
        agent.destroy();
      };

      /** The import and the settlement runs at fixed points of the soak, each waited for to its end. */
      const background = async () => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const at = (share: number) => new Promise((r) => setTimeout(r, Math.max(0, t0 + share * seconds * 1000 - Date.now())));
        const importOnce = async () => {
          const tally = tallies.get('import')!;
          const stop = tally.latency.start();
          const upload = await uploadFile(`${app.url}/api/v1/imports`, headers, file, 'soak.csv').catch((e: Error) => ({ status: 0, body: e.message }));
          if (upload.status !== 202) { stop(); tally.errors += 1; if (upload.status >= 500 || upload.status === 0) { tally.fiveXx += upload.status >= 500 ? 1 : 0; failures.push(`import upload: ${upload.status} ${JSON.stringify(upload.body)}`); } return; }
          const { id } = upload.body as { id: number };
          let state = { status: 'queued', rowsRead: 0 };
          while (state.status === 'queued' || state.status === 'running') {
            await new Promise((r) => setTimeout(r, 250));
            const res = await send(agent, `${app.url}/api/v1/imports/${id}`, headers, 'GET');
            if (res.status !== 200) { failures.push(`import status: ${res.status}`); break; }
            state = JSON.parse(res.text);
          }
          stop();
          tally.statuses.set(202, (tally.statuses.get(202) ?? 0) + 1);
          if (state.status !== 'succeeded' || state.rowsRead !== importRows) { tally.errors += 1; failures.push(`import ended ${state.status} after ${state.rowsRead} rows`); }
        };
        const settle = () => timed('settlement run', 201, () => send(agent, `${app.url}/api/v1/settlements/runs`, headers, 'POST', { period: '2026-11' }));
        await at(0.02); await importOnce();
        await at(0.35); await settle();
        await at(0.5); await importOnce();
        await at(0.85); await settle();
        agent.destroy();
      };

      await Promise.all([...Array.from({ length: clients }, (_, c) => client(c)), background()]);
      const elapsed = (Date.now() - t0) / 1000;
      global.gc?.();
      const end = memoryNow();

      const metrics: Metric[] = [];
      let errors = 0;
      let fiveXx = 0;
      let requests = 0;
      for (const [kind, tally] of tallies) {
        const s = tally.latency.summary();
        errors += tally.errors;
        fiveXx += tally.fiveXx;
        requests += s.count;
        // A request compares with the bare Express request; an import or a settlement run (seconds of work) with nothing.
        const vs = (p: string) => (kind === 'import' || kind === 'settlement run' ? {} : { vs: p });
        metrics.push({ key: `${kind} p50`, value: s.p50, unit: 'ms', better: 'lower', ...vs('p50') }, { key: `${kind} p99`, value: s.p99, unit: 'ms', better: 'lower', ...vs('p99') });
        metrics.push({ key: `${kind} count`, value: s.count, unit: 'requests', better: 'higher', detail: true });
      }
      metrics.push(
        { key: 'errors', value: errors, unit: 'requests', better: 'lower' },
        { key: '5xx', value: fiveXx, unit: 'requests', better: 'lower' },
        { key: 'RSS at start', value: start.rss, unit: 'MB', better: 'lower' },
        { key: 'RSS at end', value: end.rss, unit: 'MB', better: 'lower' },
        { key: 'heap used at start', value: start.heap, unit: 'MB', better: 'lower' },
        { key: 'heap used at end', value: end.heap, unit: 'MB', better: 'lower' },
      );
      const counts = [...tallies].map(([k, t]) => `${k} ${t.latency.summary().count}`).join(', ');
      if (fiveXx > 0 || failures.length > 0) throw new Error(`soak failed: ${fiveXx} 5xx, ${failures.length} failures; first: ${failures.slice(0, 5).join(' | ')}`);
      return { metrics, notes: `${elapsed.toFixed(0)} s, ${requests} requests (${counts}), ${errors} errors; RSS ${start.rss.toFixed(0)} -> ${end.rss.toFixed(0)} MB, heap ${start.heap.toFixed(0)} -> ${end.heap.toFixed(0)} MB` };
    } finally {
      await app.close();
      fs.rmSync(file, { force: true });
    }
  },
};
