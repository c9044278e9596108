import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlatformRow } from '../../../server/importers/index.ts';
import { readSheet } from '../../../server/importers/sheet.ts';
import { collect, fixture } from './aggregate.ts';
import { douyinExportRow, jdApiRow, withField } from './rows.ts';

// Issue 15 item 8: a message about an uploaded file quoted the offending value whole, up to 60 KB of
// it, into every rejected row and the import's failure. Echoes are quoted and cut to ~200 characters.

const dir = mkdtempSync(path.join(tmpdir(), 'echo-cap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function file(name: string, content: string): string {
  const p = path.join(dir, `${++files}-${name}`);
  writeFileSync(p, content);
  return p;
}

const BIG = 60_000;
const big = (start: string) => start + 'x'.repeat(BIG);
const MAX = 400; // a message's own words plus one quoted echo of at most ~200 characters

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
function exportCsv(rows: PlatformRow[], headers = Object.keys(douyinExportRow)): string {
  return [headers.map(quote).join(','), ...rows.map((r) => headers.map((h) => quote(String(r[h] ?? ''))).join(','))].join('\r\n') + '\r\n';
}

async function rowErrors(p: string): Promise<string[]> {
  const results = await collect({ path: p });
  return results.flatMap((r) => ('error' in r ? [r.error, r.errorZh ?? ''] : []));
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** The message quotes the value's start, cut with '…', and is short: `max` leaves room for the list of formats. */
function expectCapped(message: string, start: string, max = MAX) {
  expect(message.length).toBeLessThanOrEqual(max);
  expect(message).toContain(`"${start}xxxx`);
  expect(message).toContain('…');
  expect(Math.max(...(message.match(/x+/g) ?? []).map((run) => run.length))).toBeLessThanOrEqual(200);
}
const WITH_FORMATS = MAX + 600;

describe('a row error quotes at most ~200 characters of the file', () => {
  it.each([
    ['支付金额', '1.2.3', 'an amount'],
    ['付款时间', '2026-', 'an instant'],
    ['订单状态', '订单', 'a status'],
    ['商品数量', '12a', 'a count'],
  ])('when %s holds 60 KB (%s..., %s), then its message is capped', async (field, start) => {
    const errors = await rowErrors(file('douyin.csv', exportCsv([withField(douyinExportRow, field, big(start))])));
    expect(errors).toHaveLength(2);
    for (const message of errors) expectCapped(message, start);
  });

  it('when a 60 KB row key repeats, then the duplicate\'s message is capped', async () => {
    const key = big('69479');
    const row = withField(douyinExportRow, '订单id', key);
    const errors = await rowErrors(file('dup.csv', exportCsv([row, row])));
    expect(errors).toHaveLength(2);
    for (const message of errors) expectCapped(message, '69479');
  });

  it('when a JD payMonth holds 60 KB, then its message is capped', async () => {
    const payload = { code: 200, message: 'success', hasMore: false, data: [withField(jdApiRow, 'payMonth', big('2026'))] };
    const errors = await rowErrors(file('jd.json', JSON.stringify(payload)));
    expect(errors).toHaveLength(2);
    for (const message of errors) expectCapped(message, '2026');
  });
});

describe('a refused file quotes at most ~200 characters of it', () => {
  it('when the header row of an unknown table holds 60 KB, then the refusal is capped', async () => {
    const error = await refusal(collect({ path: file('unknown.csv', `${big('列')},b\r\n1,2\r\n`) }));
    expectCapped(error.message, '列', WITH_FORMATS);
  });

  it('when the uploaded file name is 60 KB long, then the refusal names only its start', async () => {
    const error = await refusal(collect({ path: fixture('bad-not-an-export.csv'), fileName: big('name') }));
    expect(error.message.length).toBeLessThanOrEqual(WITH_FORMATS);
    expect(error.message).toMatch(/^namexxxx[^:]*…: Not a known order file/);
  });

  it('when a CSV ends inside a quoted 60 KB field, then the reason is short (a guard: csv-parse names no content today)', async () => {
    const body = `${Object.keys(douyinExportRow).join(',')}\r\n"${'x'.repeat(BIG)}`;
    const results = await collect({ path: file('quote.csv', body), format: 'douyin-export' }).catch((e: Error) => [{ row: 0, error: e.message, errorZh: e.message }]);
    const messages = results.flatMap((r) => ('error' in r ? [r.error] : []));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(MAX);
  });

  it('when a staff sheet has a 60 KB unknown column, then the refusal is capped', async () => {
    const spec = { columns: [['name', '名称']] as const, required: ['name'] as const, maxRows: 10 };
    const error = await refusal(readSheet(file('sheet.csv', `名称 name,${big('列')}\r\na,b\r\n`), spec));
    expectCapped(error.message, '列');
  }, 30_000); // readSheet reads in a worker thread, which loads the readers from source first
});
