import { describe, expect, it } from 'vitest';
import { FORMATS, ImportFileError } from '../../../server/importers/index.ts';
import { FORMAT_IDS } from '../../../server/shared/api/imports.ts';
import { collect, expected, fixture } from './aggregate.ts';

async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe('bad files (expected.json: bad-*)', () => {
  it(`when a CSV is no known export, then it is ${expected['bad-not-an-export.csv'].expect} listing the formats`, async () => {
    const error = await refusal(collect({ path: fixture('bad-not-an-export.csv'), fileName: 'bad-not-an-export.csv' }));
    expect(error.message).toMatch(/^bad-not-an-export\.csv: Not a known order file/);
    // In plain words: what to export from each platform, not the format codes.
    for (const id of FORMAT_IDS) expect(error.message).toContain(FORMATS[id].help.en);
    expect(error.message).not.toContain('douyin-export');
  });

  it(`when a JSON file is cut off, then it is ${expected['bad-truncated.json'].expect}`, async () => {
    const error = await refusal(collect({ path: fixture('bad-truncated.json') }));
    expect(error.message).toMatch(/unreadable JSON \(truncated or malformed\) after 1 orders/);
    // The importer streams: the one whole order before the cut was read, and the caller, told
    // the file is unreadable, rolls the import back so that nothing is imported.
    expect(error.rowsRead).toBe(1);
  });

  it(`when an export has bad rows, then ${expected['bad-rows.douyin-export.csv'].expect}`, async () => {
    const results = await collect({ path: fixture('bad-rows.douyin-export.csv') });
    expect(results.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => ('order' in r ? 'ok' : 'error'))).toEqual(['ok', 'error', 'error', 'ok']);
    expect(results[1]).toMatchObject({ error: expect.stringMatching(/^支付金额: "12\.345" has more than two decimals/) });
    expect(results[2]).toMatchObject({ error: expect.stringMatching(/^付款时间: "2026-13-45 25:61:00" is not a valid date/) });
  });
});
