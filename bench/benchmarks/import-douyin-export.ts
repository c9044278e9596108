import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { writeDouyinExport } from '../../tests/factories/douyin-export';
import { startBenchApp } from '../lib/app-server';
import { LatencyRecorder, latencyMetrics } from '../lib/latency';
import { sampleRss } from '../lib/memory';
import { uploadFile } from '../lib/upload';
import { tempDb } from '../lib/temp-db';
import type { Benchmark, Metric } from '../lib/types';

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const accounts = [{ shortId: 'dy90000001', nickname: '压测直播间' }, { shortId: 'dy90000002', nickname: '压测直播间2' }];

/** The floor: the same file through the same CSV parser, rows inserted raw as they stream, in one transaction. */
async function baseline(file: string): Promise<number> {
  const db = tempDb({ migrate: false });
  try {
    db.sqlite.exec('CREATE TABLE raw_orders (row_key TEXT PRIMARY KEY, cells TEXT NOT NULL)');
    const insert = db.sqlite.prepare('INSERT INTO raw_orders (row_key, cells) VALUES (?, ?)');
    const t0 = process.hrtime.bigint();
    db.sqlite.exec('BEGIN');
    for await (const r of fs.createReadStream(file).pipe(parse({ bom: true, from_line: 2, relax_column_count: true })) as AsyncIterable<string[]>) {
      insert.run((r[0] ?? '').trim(), JSON.stringify(r));
    }
    db.sqlite.exec('COMMIT');
    return rows / (Number(process.hrtime.bigint() - t0) / 1e9);
  } finally {
    db.close();
  }
}

/** GET /orders while the import runs, one request every 50 ms: the API must stay responsive. */
function listWhileImporting(url: string, headers: Record<string, string>) {
  const recorder = new LatencyRecorder();
  let running = true;
  const loop = (async () => {
    while (running) {
      const stop = recorder.start();
      await (await fetch(`${url}/api/v1/orders?page=1&pageSize=50`, { headers })).arrayBuffer();
      stop();
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => { running = false; await loop; return recorder.summary(); };
}

/** The import over HTTP, timed from the upload's first byte to the job's end; the app is closed after it. */
async function importOverHttp(file: string) {
  const app = await startBenchApp();
  try {
    const headers = await app.signInAdmin();
    const post = (p: string, body: unknown) => fetch(app.url + p, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    const host = await post('/api/v1/hosts', { stageName: '压测', legalName: '压测', status: 'trial' });
    await post(`/api/v1/hosts/${host.id}/accounts`, { platform: 'douyin', identifiers: accounts.map((a) => a.shortId) });
    const memory = sampleRss();
    const t0 = process.hrtime.bigint();
    const upload = await uploadFile(`${app.url}/api/v1/imports`, headers, file, 'big.csv');
    if (upload.status !== 202) throw new Error(`upload answered ${upload.status}: ${JSON.stringify(upload.body)}`);
    const { id } = upload.body as { id: number };
    const stopList = listWhileImporting(app.url, headers);
    let state: { status: string; rowsRead: number };
    do {
      await new Promise((r) => setTimeout(r, 200));
      state = await fetch(`${app.url}/api/v1/imports/${id}`, { headers }).then((r) => r.json());
    } while (state.status === 'queued' || state.status === 'running');
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const list = await stopList();
    const peak = memory();
    if (state.status !== 'succeeded' || state.rowsRead !== rows) throw new Error(`import ended ${state.status} after ${state.rowsRead} rows`);
    return { seconds, list, peak };
  } finally {
    await app.close();
  }
}

export const importDouyinExport: Benchmark = {
  name: 'import-douyin-export',
  baseline: 'sqlite',
  describe: `Import a generated ${rows.toLocaleString('en')}-row \`douyin-export\` CSV over HTTP (upload, parse, attribute, upsert, ledger) vs the same file parsed by csv-parse and inserted raw in one transaction; list latency sampled during the import (BENCH_IMPORT_ROWS to change the size)`,
  targets: { 'share of baseline': '≥ 50 %', 'peak RSS': '< 400 MB', 'list p99': '< 200 ms' },
  async run() {
    const file = path.join(os.tmpdir(), `mcn-bench-${process.pid}.csv`);
    await writeDouyinExport(file, { count: rows, accounts, from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-11-20T00:00:00Z'), now: new Date('2026-11-25T00:00:00Z') });
    try {
      const { seconds, list, peak } = await importOverHttp(file);
      const rate = rows / seconds;
      // After the import, so that nothing the baseline holds counts in the import's peak memory, and
      // after the app is closed, so that its checkpoint thread is not copying the import's log meanwhile.
      const baselineRate = await baseline(file);
      const metrics: Metric[] = [
        { key: 'rows/s', value: rate, unit: 'rows/s', better: 'higher' },
        { key: 'baseline rows/s (same file, csv-parse + raw insert)', value: baselineRate, unit: 'rows/s', better: 'higher' },
        { key: 'share of baseline', value: (rate / baselineRate) * 100, unit: '%', better: 'higher' },
        { key: 'peak RSS', value: peak.peakRssMb, unit: 'MB', better: 'lower' },
        ...latencyMetrics(list).map((m) => ({ ...m, key: `list ${m.key}` })),
      ];
      const heap = Object.entries(peak.atPeak).map(([k, v]) => `${k} ${Math.round(v)} MB`).join(', ');
      return { metrics, notes: `${rows} rows in ${seconds.toFixed(1)} s; at the peak: ${heap}` };
    } finally {
      fs.rmSync(file, { force: true });
    }
  },
};
