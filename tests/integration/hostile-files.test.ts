import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_IDS, type FormatId } from '../../server/shared/api/imports';
import { FORMATS } from '../../server/importers';
import { ORDER_XLSX_LIMITS, SHEET_XLSX_LIMITS } from '../../server/importers/xlsx-limits';
import { MAX_CELL_CHARS } from '../../server/importers/tabular';
import { DOUYIN_EXPORT_HEADERS } from '../../server/importers/douyin-export';
import type { ApiClient } from '../helpers/api-client';
import { csv, deepJson, distinctSharedStrings, gbk, hugeStringJson, repeated, sharedStringsOf, sheetRow, tableWorkbook, workbook, zip } from '../helpers/hostile-files';
import { startTestServer, type TestServer } from '../helpers/server';
import { fixtureDir, waitForImport } from './import-kit';

// Issue 15, suite 3: hostile files against every order importer (POST /imports, detected and named) and both
// bulk imports. Each must end in a clear refusal (never a 500, never an import that "succeeds" at a bomb), the
// server's memory must stay bounded, and the server must answer afterwards. The bombs are scaled to pass
// each limit just enough to trigger it; tests/unit/importers/xlsx-limits.test.ts proves each limit is what stops them.

type Kind = 'xlsx' | 'csv' | 'json';
/** An order import's end: failed with a message, or read with refused rows (and nothing else imported). */
type OrderEnd = { failed: RegExp } | { rowRefused: RegExp };
/** A bulk import's answer: an error envelope, or rows refused with none imported. */
type BulkEnd = { status: 400 | 422; message: RegExp } | { rowRefused: RegExp };

interface Case {
  name: string;
  kind: Kind;
  bytes: () => Buffer;
  /** Detected, and named as a format of the file's own kind (unless `named` says otherwise). */
  orders: OrderEnd;
  named?: Partial<Record<FormatId, OrderEnd>>;
  bulk: BulkEnd;
}

const douyin = [...DOUYIN_EXPORT_HEADERS];
const hostHeaders = ['艺名 stageName', '真实姓名 legalName', '状态 status'];
const douyinRow = (product: string): string[] => douyin.map((h) => (h === '商品名称' ? product : h === '订单id' ? '3712345678901234567' : ''));
/** A Douyin export row that would import but for `value`, in its 抖音/火山号 column. */
const validDouyinRow = (value: string): string[] => douyin.map((h) => ({
  订单id: '3712345678901234567', '抖音/火山号': value, 支付金额: '59.90', 佣金率: '20%', 订单状态: '订单付款', 付款时间: '2026-11-11 20:00:00',
} as Record<string, string>)[h] ?? '');
const unreadableXlsx = /unreadable \.xlsx|workbook is empty|zip directory/;
const notAnOrderTable = { failed: /the header row lacks the columns/ };

const cases: Case[] = [
  {
    name: 'a shared-strings bomb (rich-text one-letter strings, the shape of the 2.4 MB file)',
    kind: 'xlsx',
    bytes: () => workbook({ sharedStrings: sharedStringsOf(ORDER_XLSX_LIMITS.maxSharedStrings + 1), sheetData: sheetRow(1, ['a']) }),
    orders: { failed: /more than 1000000 shared strings/ },
    bulk: { status: 422, message: /more than 200000 shared strings/ },
  },
  {
    name: 'a many-cells bomb (two million empty cells in one row)',
    kind: 'xlsx',
    bytes: () => workbook({ sheetData: Buffer.concat([Buffer.from('<row r="1">'), repeated('<c/>', 2_000_000), Buffer.from('</row>')]) }),
    orders: { failed: /a row of the sheet has more than 1000 cells/ },
    bulk: { status: 422, message: /a row of the sheet has more than 1000 cells/ },
  },
  {
    name: 'a workbook declaring 950 MB of shared strings',
    kind: 'xlsx',
    bytes: () => workbook({ sharedStrings: sharedStringsOf(10), sheetData: sheetRow(1, ['a']), declare: { sharedStrings: 950 * 1024 * 1024 } }),
    orders: { failed: /"xl\/sharedStrings.xml" declares more than 128 MB of XML/ },
    bulk: { status: 422, message: /declares more than 64 MB uncompressed/ },
  },
  {
    name: 'an order export whose second row is numbered two billion and reaches column XFD',
    kind: 'xlsx',
    bytes: () => workbook({ sheetData: `${sheetRow(1, douyin)}<row r="2000000000"><c r="XFD2000000000" t="inlineStr"><is><t>x</t></is></c></row>` }),
    orders: { rowRefused: /.+/ },
    named: { 'taobao-export': notAnOrderTable },
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: '10,000 columns (.xlsx)',
    kind: 'xlsx',
    bytes: () => tableWorkbook([Array.from({ length: 10_000 }, (_, i) => `c${i}`), Array.from({ length: 10_000 }, () => '1')]),
    orders: { failed: /a row of the sheet has more than 1000 cells/ },
    bulk: { status: 422, message: /a row of the sheet has more than 1000 cells/ },
  },
  {
    name: '10,000 columns (.csv)',
    kind: 'csv',
    bytes: () => Buffer.from(csv([Array.from({ length: 10_000 }, (_, i) => `c${i}`), Array.from({ length: 10_000 }, () => '1')])),
    orders: { failed: /Not a known order file/ },
    named: { 'douyin-export': notAnOrderTable, 'taobao-export': notAnOrderTable },
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: 'a 5 MB cell (.csv)',
    kind: 'csv',
    bytes: () => Buffer.from(csv([douyin, validDouyinRow('长'.repeat(5_000_000))])),
    orders: { rowRefused: new RegExp(`a cell longer than ${MAX_CELL_CHARS} characters`) },
    named: { 'taobao-export': notAnOrderTable },
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: 'a 5 MB cell (.xlsx)',
    kind: 'xlsx',
    bytes: () => tableWorkbook([[...douyin], validDouyinRow('x'.repeat(5_000_000))]),
    orders: { rowRefused: new RegExp(`a cell longer than ${MAX_CELL_CHARS} characters`) },
    named: { 'taobao-export': notAnOrderTable },
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: 'a 5 MB cell in a staff sheet (.csv)',
    kind: 'csv',
    bytes: () => Buffer.from(csv([hostHeaders, ['x'.repeat(5_000_000), '某', 'trial']])),
    orders: { failed: /Not a known order file/ },
    named: { 'douyin-export': notAnOrderTable, 'taobao-export': notAnOrderTable },
    bulk: { rowRefused: new RegExp(`a cell longer than ${MAX_CELL_CHARS} characters`) },
  },
  {
    name: 'UTF-32 text (an encoding no export uses)',
    kind: 'csv',
    bytes: () => {
      const text = csv([douyin, douyinRow('商品')]);
      const out = Buffer.alloc(4 + text.length * 4);
      out.writeUInt32LE(0xfeff, 0);
      [...text].forEach((ch, i) => out.writeUInt32LE(ch.codePointAt(0)!, 4 + i * 4));
      return out;
    },
    orders: { failed: /Not a known order file/ },
    named: { 'douyin-export': notAnOrderTable, 'taobao-export': notAnOrderTable },
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: 'a truncated .xlsx',
    kind: 'xlsx',
    bytes: () => { const whole = fs.readFileSync(path.join(fixtureDir, 'douyin-export.xlsx')); return whole.subarray(0, Math.floor(whole.length / 2)); },
    orders: { failed: unreadableXlsx },
    bulk: { status: 400, message: unreadableXlsx },
  },
  {
    name: 'a truncated .csv (cut inside a quoted cell)',
    kind: 'csv',
    bytes: () => Buffer.from(`${csv([douyin, douyinRow('好')])}3712345678901234568,"半个`),
    orders: { rowRefused: /unreadable CSV row|refused|missing|required|empty/i },
    named: { 'taobao-export': notAnOrderTable },
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: 'a zip that is not a workbook',
    kind: 'xlsx',
    bytes: () => zip([{ name: 'readme.txt', data: Buffer.from('not a workbook') }, { name: 'data/orders.csv', data: Buffer.from(csv([douyin])) }]),
    orders: { failed: /workbook is empty/ },
    bulk: { status: 400, message: /workbook is empty/ },
  },
  {
    name: 'a JSON bomb nested 200,000 deep',
    kind: 'json',
    bytes: () => deepJson(200_000),
    orders: { failed: /the JSON nests more than 64 levels deep|none of the keys of a known platform API/ },
    named: Object.fromEntries(FORMAT_IDS.filter((id) => FORMATS[id].kind === 'json').map((id) => [id, { failed: /the JSON nests more than 64 levels deep/ }])),
    bulk: { status: 400, message: /Wrong headers/ },
  },
  {
    name: 'a JSON payload holding one 5 MB string',
    kind: 'json',
    bytes: () => hugeStringJson(5_000_000),
    orders: { failed: /a JSON string longer than 1000000 characters/ },
    bulk: { status: 400, message: /Wrong headers/ },
  },
];

/** Formats that cannot read the kind refuse it by name, before reading it. */
function orderEnd(c: Case, format?: FormatId): OrderEnd {
  if (!format) return c.orders;
  const spec = FORMATS[format];
  // Refused from the file's first bytes, before a worker is started.
  if (spec.kind === 'json' && c.kind !== 'json') return { failed: new RegExp(`^hostile\\.${c.kind}: ${format} is a JSON API payload, but the file is`) };
  if (spec.kind === 'table' && c.kind === 'json') return { failed: new RegExp(`^hostile\\.json: ${format} is an export table, but the file is JSON`) };
  return c.named?.[format] ?? c.orders;
}

let server: TestServer;
let admin: ApiClient;
let before: NodeJS.MemoryUsage;
let peakRss = 0;
let sampler: NodeJS.Timeout;
const files = new Map<string, Buffer>();
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

beforeAll(async () => {
  for (const c of cases) files.set(c.name, c.bytes());
  server = await startTestServer();
  admin = await server.signIn('admin');
  await admin.get('/api/v1/imports'); // warm the routes before the baseline
  before = process.memoryUsage();
  sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
}, 120_000);

afterAll(async () => {
  clearInterval(sampler);
  await server?.close();
});

describe('hostile files against every importer', () => {
  for (const c of cases) {
    it(`when ${c.name} is uploaded to every order format and both bulk imports, then each refuses it clearly`, async () => {
      const bytes = files.get(c.name)!;
      const name = `hostile.${c.kind}`;
      const variants: (FormatId | undefined)[] = [undefined, ...FORMAT_IDS];
      const started = [];
      for (const format of variants) {
        const res = await admin.upload('/api/v1/imports', { name, bytes }, format ? { format } : {});
        expect(res.status, JSON.stringify(res.body)).toBe(202);
        started.push({ format, id: res.body.id as number });
      }
      for (const { format, id } of started) {
        const end = await waitForImport(admin, id, 90_000);
        const want = orderEnd(c, format);
        const label = `${format ?? 'detected'}: ${JSON.stringify({ status: end.status, message: end.message, errors: end.errors })}`.slice(0, 600);
        if ('failed' in want) {
          expect(end.status, label).toBe('failed');
          expect(end.message, label).toMatch(want.failed);
        } else {
          expect(end.status, label).toBe('succeeded');
          expect(end.inserted + end.updated, label).toBe(0);
          expect(end.rejected, label).toBeGreaterThan(0);
          expect(end.errors[0].message, label).toMatch(want.rowRefused);
        }
        expect(end.message ?? '', label).not.toMatch(/unexpectedly/);
      }
      for (const target of ['/api/v1/hosts/import', '/api/v1/costs/import']) {
        const res = await admin.upload(target, { name, bytes });
        const label = `${target}: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`;
        if ('status' in c.bulk) {
          // The costs sheet has other columns: a file refused for its headers says so in either import.
          expect(res.status, label).toBe(c.bulk.status);
          expect(res.body.error.message, label).toMatch(c.bulk.message);
        } else if (target.includes('hosts')) {
          expect(res.status, label).toBe(200);
          expect(res.body).toMatchObject({ imported: 0 });
          expect(res.body.errors[0].message, label).toMatch(c.bulk.rowRefused);
        } else {
          expect(res.status, label).toBe(400);
        }
      }
      expect((await admin.get('/api/v1/imports?pageSize=1')).status).toBe(200);
    }, 180_000);
  }

  it('when a bulk import is refused for a limit, then the message is in the request\'s language', async () => {
    const bytes = files.get(cases[0]!.name)!;
    const res = await admin.upload('/api/v1/hosts/import', { name: 'bomb.xlsx', bytes }, {}, { 'accept-language': 'zh-CN' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe(`无法读取文件：已拒绝：工作簿的共享字符串超过 ${SHEET_XLSX_LIMITS.maxSharedStrings} 个`);
  });

  it('when a legitimate GBK or UTF-16 export is uploaded (SPEC 7 promises both), then it imports', async () => {
    for (const file of ['douyin-export.gb18030.csv', 'taobao-export.gbk.csv', 'taobao-export.utf16.csv']) {
      const res = await admin.upload('/api/v1/imports', { name: file, bytes: fs.readFileSync(path.join(fixtureDir, file)) });
      const end = await waitForImport(admin, res.body.id as number, 90_000);
      expect(end.status, file).toBe('succeeded');
      expect(end.inserted + end.updated + end.unchanged, file).toBeGreaterThan(0);
    }
    const hosts = gbk(csv([hostHeaders, ['国标主播', '国标', 'trial']]));
    const res = await admin.upload('/api/v1/hosts/import', { name: 'hosts.csv', bytes: hosts });
    expect(res.body).toMatchObject({ imported: 1, rejected: 0 });
    expect((await admin.get('/api/v1/hosts?q=国标主播')).body.items.map((h: { stageName: string }) => h.stageName)).toEqual(['国标主播']);
  }, 180_000);

  it('after every hostile file, the server is answering and its memory is bounded', async () => {
    expect((await admin.get('/api/v1/auth/me')).status).toBe(200);
    const after = process.memoryUsage();
    const grew = { rss: mb(after.rss - before.rss), heapUsed: mb(after.heapUsed - before.heapUsed), peakRss: mb(peakRss - before.rss) };
    console.log(`hostile files: memory grew ${JSON.stringify(grew)} MB (baseline rss ${mb(before.rss)} MB)`);
    expect(grew.heapUsed).toBeLessThan(300);
    expect(grew.rss).toBeLessThan(300);
    // A worker may hold up to its heap cap (256 MB for a workbook) while it reads, and no more.
    expect(grew.peakRss).toBeLessThan(256 + 300);
  });
});

describe('a parse worker killed by its memory cap', () => {
  let small: TestServer;
  beforeAll(async () => { small = await startTestServer({ env: { IMPORT_XLSX_HEAP_MB: '16' } }); });
  afterAll(() => small?.close());

  it('when a workbook within every limit outgrows the worker\'s heap, then that import fails naming the memory limit, in both languages, and the server answers', async () => {
    // 600,000 distinct strings: under the shared-strings limit, over 16 MB of heap once cached.
    const bytes = workbook({ sharedStrings: distinctSharedStrings(600_000), sheetData: sheetRow(1, ['a']) });
    const finance = await small.signIn('finance');
    const res = await finance.upload('/api/v1/imports', { name: 'big.xlsx', bytes });
    const end = await waitForImport(finance, res.body.id as number, 90_000);
    expect(end.status).toBe('failed');
    expect(end.message).toBe('refused: the file could not be read within the 16 MB of memory an import may use (is one of its rows or values enormous?)');
    const zh = await finance.get(`/api/v1/imports/${res.body.id}`, { 'accept-language': 'zh-CN' });
    expect(zh.body.message).toMatch(/在导入允许使用的 16 MB 内存内无法读完此文件/);
    expect((await finance.get('/api/v1/orders?pageSize=1')).status).toBe(200);
  }, 120_000);
});
