import { createReadStream, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, readOrders, type RowResult } from '../../../server/importers/index.ts';
import { sniffDelimiter } from '../../../server/importers/read-csv.ts';
import { cellText, declaredUncompressedSize } from '../../../server/importers/read-xlsx.ts';
import { sniffEncoding } from '../../../server/importers/source.ts';
import { zip } from '../../helpers/hostile-files.ts';
import { collect, fixture, ordersOf } from './aggregate.ts';

const scratch = mkdtempSync(join(tmpdir(), 'mcn-importers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stream that hands the bytes over in small pieces, splitting characters and lines. */
const chunked = (bytes: Buffer, size = 7): Readable =>
  Readable.from((function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  })());

const keys = (results: RowResult[]): string[] => results.map((r) => ('order' in r ? r.order.rowKey : `error: ${r.error}`));

describe('encoding and delimiter sniffing', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from('\uFEFF订单id,x', 'utf8'), 'utf8'],
    ['UTF-8 without BOM', Buffer.from('订单id,x', 'utf8'), 'utf8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('订单id', 'utf16le')]), 'utf16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('订单id', 'utf16be')]), 'utf16be'],
    ['GBK bytes', iconv.encode('订单id,淘宝子订单号', 'gbk'), 'gb18030'],
  ])('when the bytes are %s, then the encoding is %s', (_label, bytes, encoding) => {
    expect(sniffEncoding(bytes)).toBe(encoding);
  });

  it('when the first bytes end in the middle of a UTF-8 character, then it is still UTF-8', () => {
    expect(sniffEncoding(Buffer.from('订单id', 'utf8').subarray(0, 4), false)).toBe('utf8');
  });

  it.each([['a,b\tc,d', ','], ['a\tb\tc,d', '\t'], ['订单id', ',']])('when the header line is %j, then the delimiter is %j', (line, d) => {
    expect(sniffDelimiter(line)).toBe(d);
  });
});

describe('CSV reading', () => {
  it.each(['douyin-export.gb18030.csv', 'taobao-export.utf16.csv', 'douyin-export.csv'])(
    'when %s arrives in 7-byte pieces, then the orders are the same as read whole',
    async (name) => {
      const results = await collect({ stream: chunked(readFileSync(fixture(name))) });
      expect(results.map((r) => ('order' in r ? r.order : r))).toEqual(await ordersOf(name));
    },
  );

  it('when blank rows sit between and after the orders (commas, tabs, spaces), then they are skipped and later rows keep their numbers', async () => {
    const lines = readFileSync(fixture('douyin-export.csv'), 'utf8').trimEnd().split('\r\n');
    const blanks = [',,,,,,', ' , \t ,', '\t'];
    const bytes = Buffer.from([...lines.slice(0, 3), ...blanks, ...lines.slice(3), ...blanks, ''].join('\r\n'));
    const results = await collect({ stream: Readable.from([bytes]) });
    expect(results.every((r) => 'order' in r)).toBe(true);
    expect(results.map((r) => r.row)).toEqual([1, 2, ...Array.from({ length: 28 }, (_, i) => i + 6)]);
  });

  it.each([['whole', 0], ['in 7-byte pieces', 7]])('when an export read %s breaks off inside a quoted cell, then that row is refused after the rows before it', async (_how, size) => {
    const bytes = Buffer.from(`${readFileSync(fixture('douyin-export.csv'), 'utf8').trimEnd()}\r\n"3719999999999999999,unterminated`);
    const results = await collect({ stream: size ? chunked(bytes, size) : Readable.from([bytes]) });
    expect(results).toHaveLength(31);
    expect(results.slice(0, 30).every((r) => 'order' in r)).toBe(true);
    expect(results[30]).toEqual({
      row: 31, error: expect.stringMatching(/^unreadable CSV row: Quote Not Closed/), errorZh: expect.stringMatching(/^无法读取的 CSV 行：Quote Not Closed/),
    });
  });

  it('when an export repeats a row key, then the later row is refused and the others import', async () => {
    const lines = readFileSync(fixture('douyin-export.csv'), 'utf8').split('\r\n');
    const text = [...lines.slice(0, 4), lines[2], ...lines.slice(4)].join('\r\n');
    const results = await collect({ stream: Readable.from([Buffer.from(text)]) });
    expect(results).toHaveLength(31);
    expect(results[3]).toEqual({
      row: 4, error: expect.stringMatching(/^duplicate row key "\d{19}": already on row 2$/), errorZh: expect.stringMatching(/^行键 "\d{19}" 重复：已出现在第 2 行$/),
    });
    expect(results.filter((r) => 'order' in r)).toHaveLength(30);
  });

  it('when a file is UTF-16BE and tab-separated, then it reads like the UTF-8 CSV', async () => {
    const csv = readFileSync(fixture('taobao-export.csv'), 'utf8').replaceAll(',', '\t');
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csv, 'utf16be')]);
    expect(keys(await collect({ stream: Readable.from([bytes]) }))).toEqual(keys(await collect({ path: fixture('taobao-export.csv') })));
  });

  it('when a row has fewer cells than the header, then its missing cells read as empty', async () => {
    const lines = readFileSync(fixture('douyin-export.csv'), 'utf8').split('\r\n');
    // Line 2 is a refunded order: cut after 付款时间, it lacks 订单结算时间 and 商品数量.
    const short = lines[2]?.split(',').slice(0, 13).join(',');
    const results = await collect({ stream: Readable.from([Buffer.from([lines[0], short].join('\r\n'))]) });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ row: 1, order: { status: 'invalid', quantity: 1, settledAt: null } });
  });
});

describe('JSON payload shapes', () => {
  const v1 = JSON.parse(readFileSync(fixture('douyin-api.v1.json'), 'utf8')) as Array<{ data: { orders: unknown[] } }>;
  const allOrders = v1.flatMap((page) => page.data.orders);
  const read = (value: unknown): Promise<RowResult[]> => collect({ stream: Readable.from([Buffer.from(JSON.stringify(value))]) });

  it('when the file is one response, an array of responses or an array of orders, then the same orders come out', async () => {
    const fromPages = keys(await collect({ path: fixture('douyin-api.v1.json') }));
    expect(fromPages).toHaveLength(24);
    expect(keys(await read({ code: 10000, data: { orders: allOrders, cursor: '0' } }))).toEqual(fromPages);
    expect(keys(await read(allOrders))).toEqual(fromPages);
  });

  it('when the payload was saved with a BOM or as UTF-16, then it reads like plain UTF-8', async () => {
    const text = readFileSync(fixture('wechat-api.json'), 'utf8');
    const plain = keys(await collect({ path: fixture('wechat-api.json') }));
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    expect(keys(await collect({ stream: chunked(withBom, 1000) }))).toEqual(plain);
    expect(keys(await collect({ stream: chunked(utf16, 1001) }))).toEqual(plain);
  });

  it('when a saved page is an error response, then that element is a row error and the rest import', async () => {
    const pages = JSON.parse(readFileSync(fixture('wechat-api.json'), 'utf8')) as unknown[];
    const results = await read([pages[0], { errcode: 40001, errmsg: 'invalid credential' }, pages[1]]);
    expect(results.map((r) => ('order' in r ? 'ok' : r.error))).toEqual([
      'ok', '[1]: neither an order nor a response with commssion_order', 'ok',
    ]);
  });

  it('when a saved array of pages ends with a last page that has no orders, then that page adds nothing and refuses nothing', async () => {
    const douyinPages = JSON.parse(readFileSync(fixture('douyin-api.v1.json'), 'utf8')) as unknown[];
    const withEmpty = await read([...douyinPages, { code: 10000, data: { cursor: '0' } }]);
    expect(keys(withEmpty)).toEqual(keys(await collect({ path: fixture('douyin-api.v1.json') })));

    // The platforms' ids are bare 19-digit numbers: the pages are joined as text, never through JSON.parse.
    const pagesThen = (file: string, last: unknown) => collect({
      stream: Readable.from([Buffer.from(`[${readFileSync(fixture(file), 'utf8')},${JSON.stringify(last)}]`)]),
    });
    const lastTaobao = { tbk_order_details_get_response: { data: { has_next: false, page_no: 2, page_size: 100 } } };
    expect(keys(await pagesThen('taobao-api.json', lastTaobao))).toEqual(keys(await collect({ path: fixture('taobao-api.json') })));
    const lastKuaishou = { result: 1, error_msg: '', data: { pcursor: 'nomore' } };
    expect(keys(await pagesThen('kuaishou-api.json', lastKuaishou))).toEqual(keys(await collect({ path: fixture('kuaishou-api.json') })));
  });

  it('when a saved page is an error response whose data is null, then it is still a row error, not an empty page', async () => {
    const douyinPages = JSON.parse(readFileSync(fixture('douyin-api.v1.json'), 'utf8')) as unknown[];
    const results = await read([douyinPages[0], { code: 40001, msg: 'access token expired', data: null }]);
    expect(results.filter((r) => !('order' in r)).map((r) => ('error' in r ? r.error : ''))).toEqual(['[1]: neither an order nor a response with data.orders']);
  });

  it('when saved API pages repeat an order at a newer state, then both rows stand, in file order, and none is refused', async () => {
    const v1 = readFileSync(fixture('douyin-api.v1.json'), 'utf8').trim();
    const v2 = readFileSync(fixture('douyin-api.v2.json'), 'utf8').trim();
    const synced = `${v1.slice(0, -1)},${v2}]`;
    const results = await collect({ stream: Readable.from([Buffer.from(synced)]) });
    expect(results.every((r) => 'order' in r)).toBe(true);
    const states = results.flatMap((r) => ('order' in r && r.order.rowKey === '6999779625965152691' ? [r.order.status] : []));
    expect(states).toEqual(['paid', 'settled']);
  });

  it('when a response holds no orders at all, then the file is refused', async () => {
    await expect(read({ code: 40001, msg: 'flow_point', data: {} })).rejects.toThrow(ImportFileError);
  });

  it('when a payload is large and arrives in pieces, then every order streams out in order', async () => {
    const order = allOrders[0] as Record<string, unknown>;
    const many = Array.from({ length: 5_000 }, (_, i) => ({ ...order, order_id: `69${String(i).padStart(17, '0')}` }));
    const bytes = Buffer.from(JSON.stringify({ data: { orders: many } }));
    const results = await collect({ stream: chunked(bytes, 65_536), format: 'douyin-api' });
    expect(results).toHaveLength(5_000);
    expect(results.at(-1)).toMatchObject({ row: 5_000, order: { rowKey: '6900000000000004999' } });
  }, 20_000);
});

describe('stopping early', () => {
  it.each(['douyin-api.v1.json', 'douyin-export.csv', 'douyin-export.xlsx', 'taobao-export.utf16.csv'])(
    'when the caller stops after the first row of %s, then the file is released',
    async (name) => {
      const stream = createReadStream(fixture(name));
      for await (const result of readOrders({ stream })) {
        expect(result.row).toBe(1);
        break;
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(stream.destroyed).toBe(true);
    },
  );
});

describe('empty and unknown files', () => {
  it.each([['an empty file', ''], ['only blank lines', '\r\n\r\n'], ['JSON of no platform', '{"hello": [1, 2]}']])(
    'when the upload is %s, then it is refused',
    async (_label, text) => {
      await expect(collect({ stream: Readable.from([Buffer.from(text)]) })).rejects.toThrow(ImportFileError);
    },
  );
});

describe('named formats', () => {
  it.each([
    ['douyin-export.csv', 'douyin-api', /douyin-api is a JSON API payload/],
    ['jd-api.json', 'taobao-export', /taobao-export is an export table, but the file is JSON/],
    ['douyin-export.csv', 'taobao-export', /taobao-export: the header row lacks the columns 淘宝子订单号/],
  ] as const)('when %s is named %s, then it is refused', async (name, format, message) => {
    await expect(collect({ path: fixture(name), format })).rejects.toThrow(message);
  });
});

describe('XLSX reading', () => {
  it('when the workbook is an honest export, then its declared size is small', async () => {
    expect(await declaredUncompressedSize(fixture('douyin-export.xlsx'))).toBeLessThan(1024 ** 2);
  });

  it('when a workbook declares more than 1 GiB uncompressed, then it is refused before it is inflated', async () => {
    const path = join(scratch, 'bomb.xlsx');
    // One empty entry whose directory claims nearly 4 GiB uncompressed.
    writeFileSync(path, zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), declare: 0xfffffff0 }]));
    await expect(collect({ path, format: 'douyin-export' })).rejects.toThrow(/zip bomb/);
  });

  it('when a sheet has more rows than the cap, then reading stops with a refusal', async () => {
    await expect(collect({ path: fixture('douyin-export.xlsx'), maxXlsxRows: 5 })).rejects.toThrow(/more than 5 rows/);
  });

  it.each([
    ['a text cell', '32.00%', undefined, '32.00%'],
    ['a percent-formatted number', 0.3245, '0.00%', '32.45%'],
    ['a small percent', 0.0045, '0.00%', '0.45%'],
    ['a plain number', 169.1, 'General', '169.1'],
    ['a date', new Date(Date.UTC(2026, 10, 18, 15, 39, 23)), undefined, '2026-11-18 15:39:23'],
    ['rich text', { richText: [{ text: '订单' }, { text: '结算' }] }, undefined, '订单结算'],
    ['a formula', { formula: 'A1', result: '198.00' }, undefined, '198.00'],
    ['an empty cell', null, undefined, ''],
  ])('when the cell is %s, then its text is what the platform meant', (_label, value, numFmt, text) => {
    expect(cellText(value as never, numFmt)).toBe(text);
  });
});
