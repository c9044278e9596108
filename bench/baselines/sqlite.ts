import { tempDb } from '../lib/temp-db';
import type { Baseline, Metric } from '../lib/types';

const rows = 100_000;

function rate(prefix: string, count: number, ns: bigint): Metric[] {
  const us = Number(ns) / 1e3;
  return [
    { key: `${prefix} rows/s`, value: (count / us) * 1e6, unit: 'rows/s', better: 'higher' },
    { key: `${prefix} µs/op`, value: us / count, unit: 'µs', better: 'lower' },
  ];
}

/** The floor for any database benchmark: raw better-sqlite3 prepared statements, with the app's pragmas. */
export const sqliteBaseline: Baseline = {
  name: 'baseline:sqlite',
  describe: `Raw better-sqlite3 on a temp file (WAL, synchronous=NORMAL): insert ${rows.toLocaleString('en')} rows in one transaction, then ${rows.toLocaleString('en')} point selects by primary key`,
  async run() {
    const db = tempDb({ migrate: false });
    try {
      const { sqlite } = db;
      sqlite.exec('CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount_fen INTEGER NOT NULL)');
      const insert = sqlite.prepare('INSERT INTO bench_rows (id, name, amount_fen) VALUES (?, ?, ?)');
      const insertAll = sqlite.transaction((n: number) => {
        for (let i = 1; i <= n; i += 1) insert.run(i, `row ${i}`, i * 100);
      });
      let t0 = process.hrtime.bigint();
      insertAll(rows);
      const insertNs = process.hrtime.bigint() - t0;

      const select = sqlite.prepare('SELECT id, name, amount_fen FROM bench_rows WHERE id = ?');
      // A fixed stride visits every row once in a scattered order, the same in every run.
      const stride = 7919;
      let found = 0;
      t0 = process.hrtime.bigint();
      for (let i = 0; i < rows; i += 1) if (select.get(((i * stride) % rows) + 1)) found += 1;
      const selectNs = process.hrtime.bigint() - t0;
      if (found !== rows) throw new Error(`Point selects found ${found} of ${rows} rows`);
      return { metrics: [...rate('insert', rows, insertNs), ...rate('select', rows, selectNs)], notes: `${rows} rows` };
    } finally {
      db.close();
    }
  },
};
