import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../server/importers';
import { parsedBatches } from '../../server/modules/imports/parsed-batches';
import { fixtureDir } from './import-kit';

// The parse worker as the import runner uses it: a real worker thread running the TypeScript importers.
describe('parsedBatches', () => {
  const file = path.join(fixtureDir, 'douyin-export.csv');

  it('when a file is read, then its rows come prepared in batches of the size asked, and the last batch reports the whole file read', async () => {
    const batches: { rows: number; bytesRead: number }[] = [];
    const keys: string[] = [];
    for await (const batch of parsedBatches({ path: file, format: 'douyin-export', fileName: 'douyin-export.csv', batchSize: 7 })) {
      batches.push({ rows: batch.rows.length, bytesRead: batch.bytesRead });
      for (const row of batch.rows) {
        if (!('order' in row)) throw new Error(`row ${row.row} refused: ${row.error}`);
        expect(row.order.digest).toMatch(/^[A-Za-z0-9+/]{27}=$/);
        // A CSV row travels as its cells, named by the file's header row.
        expect(JSON.parse(row.order.rawJson)).toHaveLength(47);
        expect(row.order.rawHeaders).toHaveLength(47);
        expect(row.order.rawHeaders).toContain('订单id');
        keys.push(row.order.rowKey);
      }
    }
    expect(batches.map((b) => b.rows)).toEqual([0, 7, 7, 7, 7, 2, 0]);
    expect(batches.at(-1)!.bytesRead).toBe(fs.statSync(file).size);
    expect(new Set(keys).size).toBe(30);
  });

  it('when the worker finds the file unreadable, then the caller gets an ImportFileError with the file named', async () => {
    const read = async () => {
      for await (const _batch of parsedBatches({ path: file, format: 'douyin-api', fileName: 'douyin-export.csv', batchSize: 100 })) { /* fails first */ }
    };
    await expect(read()).rejects.toThrow(ImportFileError);
    await expect(read()).rejects.toThrow(/^douyin-export\.csv: douyin-api is/);
  });
});
