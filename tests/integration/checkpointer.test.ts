import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCheckpointer, type Checkpointer } from '../../server/db/checkpointer';
import { openDb } from '../../server/db/client';
import { freshDb } from '../helpers/db';

let handle: ReturnType<typeof freshDb>;
let checkpointer: Checkpointer | null = null;
beforeEach(() => { handle = freshDb(); });
afterEach(async () => {
  await checkpointer?.stop();
  handle.close();
});

function writePages(pages: number): void {
  handle.sqlite.exec('CREATE TABLE filler (x BLOB)');
  const insert = handle.sqlite.prepare('INSERT INTO filler VALUES (randomblob(4000))');
  handle.sqlite.transaction(() => { for (let i = 0; i < pages; i += 1) insert.run(); })();
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  for (const deadline = Date.now() + ms; !check();) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('background WAL checkpoints', () => {
  it('when the app writes, then the worker copies the log into the database file, and the app connection no longer does it itself', async () => {
    checkpointer = startCheckpointer(handle.sqlite, { intervalMs: 20 });
    expect(checkpointer).not.toBeNull();
    expect(handle.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(16_000);
    const before = fs.statSync(handle.file).size;
    writePages(300);
    // 300 pages are far below the app's own threshold of 16,000: only the worker can have moved them.
    await until(() => fs.statSync(handle.file).size > before + 300 * 4000);
  });

  it('when no worker runs, then the same writes stay in the log (the check above can fail)', async () => {
    handle.sqlite.pragma('wal_autocheckpoint = 4000');
    const before = fs.statSync(handle.file).size;
    writePages(300);
    await new Promise((r) => setTimeout(r, 200));
    expect(fs.statSync(handle.file).size).toBe(before);
    expect(fs.statSync(`${handle.file}-wal`).size).toBeGreaterThan(300 * 4000);
  });

  it('when it is stopped, then its thread ends and the connection it left behind is usable', async () => {
    const stopping = startCheckpointer(handle.sqlite, { intervalMs: 20 });
    await stopping?.stop();
    expect(handle.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
  });

  it('when the database is in memory, then there is nothing to checkpoint and no thread starts', () => {
    const inMemory = openDb(':memory:');
    expect(startCheckpointer(inMemory.sqlite)).toBeNull();
    inMemory.close();
  });
});
