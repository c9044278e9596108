import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, type NormalizedOrder } from '../../../server/importers/index.ts';
import { FIXTURES, accountMap, collect, expected, fixture, ordersOf, totals } from './aggregate.ts';

const ACCOUNTS: Record<string, string> = {
  'douyin-api': 'douyinAccounts',
  'douyin-export': 'douyinExportAccounts',
  'kuaishou-api': 'kuaishouAccounts',
  'taobao-api': 'taobaoAccounts',
  'taobao-export': 'taobaoExportAccounts',
  'jd-api': 'jdAccounts',
  'wechat-api': 'wechatAccounts',
};

const files = Object.keys(expected).filter((name) => typeof expected[name]?.format === 'string');

describe('platform fixtures against expected.json', () => {
  it('when the fixtures are listed, then every sample file of every format is covered', () => {
    const samples = readdirSync(FIXTURES).filter((f) => !f.startsWith('bad-') && /\.(json|csv|xlsx)$/.test(f));
    expect([...files].sort()).toEqual(samples.filter((f) => f !== 'expected.json').sort());
    expect(new Set(files.map((f) => expected[f].format)).size).toBe(7);
  });

  describe.each(files)('%s', (name) => {
    const want = expected[name];

    it('when its format is detected from the content, then it is the one expected.json names', async () => {
      expect(await detectFormat({ stream: createReadStream(fixture(name)) })).toBe(want.format);
    });

    it('when it is read, then every total matches expected.json', async () => {
      const orders = await ordersOf(name);
      const got = totals(orders, accountMap(expected[ACCOUNTS[want.format] ?? '']));
      expect(got).toEqual({
        rows: want.rows,
        byStatus: want.byStatus,
        gmvFen: want.gmvFen,
        estimatedCommissionFen: want.estimatedCommissionFen,
        settledCommissionFen: want.settledCommissionFen,
        settledByAccount: want.settledByAccount,
        settledByPeriod: want.settledByPeriod,
      });
    });

    it('when it is read as a stream with its format named, then the orders are the same as from its path', async () => {
      const fromStream = await collect({ stream: createReadStream(fixture(name)), format: want.format });
      expect(fromStream.map((r) => ('order' in r ? r.order : r))).toEqual(await ordersOf(name));
    });

    it('when an order is normalized, then amounts are whole fen, rates whole bp and the key is trimmed text', async () => {
      for (const order of await ordersOf(name)) {
        for (const n of [order.gmvFen, order.commissionBaseFen, order.estimatedCommissionFen, order.settledCommissionFen]) {
          expect(Number.isSafeInteger(n)).toBe(true);
        }
        expect(Number.isInteger(order.commissionRateBp)).toBe(true);
        expect(order.rowKey).toMatch(/^\S+$/);
        expect(order.accountIdentifier).toBe(order.accountIdentifiers[0]);
        if (order.status !== 'settled') expect(order.settledCommissionFen).toBe(0);
        expect(JSON.parse(JSON.stringify(order.raw))).toEqual(order.raw);
      }
    });
  });
});

describe('encodings and containers of the same export', () => {
  it.each(['douyin-export.gb18030.csv', 'douyin-export.xlsx'])(
    'when %s is read, then it gives exactly the orders of the UTF-8 CSV',
    async (name) => {
      expect(await ordersOf(name)).toEqual(await ordersOf('douyin-export.csv'));
    },
  );

  it.each(['taobao-export.gbk.csv', 'taobao-export.utf16.csv'])(
    'when %s is read, then it gives exactly the orders of the UTF-8 CSV',
    async (name) => {
      expect(await ordersOf(name)).toEqual(await ordersOf('taobao-export.csv'));
    },
  );
});

describe('19-digit ids', () => {
  const idsInText = (name: string, field: string): string[] =>
    [...readFileSync(fixture(name), 'utf8').matchAll(new RegExp(`"${field}":\\s*"?(\\d{19})`, 'g'))].map((m) => m[1] ?? '');

  it.each([
    ['kuaishou-api.json', 'oid', (o: NormalizedOrder) => o.rowKey],
    ['taobao-api.json', 'trade_id', (o: NormalizedOrder) => o.rowKey],
    ['jd-api.json', 'orderId', (o: NormalizedOrder) => String(o.raw.orderId)],
    ['douyin-api.v1.json', 'media_id', (o: NormalizedOrder) => o.liveRoomId ?? ''],
  ] as const)('when %s has bare %s numbers, then every digit is kept', async (name, field, pick) => {
    const ids = [...new Set(idsInText(name, field))];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.some((id) => BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
    const got = new Set((await ordersOf(name)).map(pick));
    for (const id of ids) expect(got).toContain(id);
  });

  it('when a Douyin export id ends in a tab, then the row key has no tab and the raw cell keeps it', async () => {
    const [order] = await ordersOf('douyin-export.csv');
    expect(order?.rowKey).toMatch(/^\d{19}$/);
    expect(order?.raw['订单id']).toBe(`${order?.rowKey}\t`);
  });
});
