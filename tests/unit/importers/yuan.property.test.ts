import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDouyinExportRow } from '../../../server/importers/douyin-export.ts';
import { parseJdApiRow } from '../../../server/importers/jd-api.ts';
import { parseTaobaoExportRow } from '../../../server/importers/taobao-export.ts';
import type { ParsedRow } from '../../../server/importers/index.ts';
import { douyinExportRow, jdApiRow, taobaoExportRow, withField } from './rows.ts';

/** fen as the platforms write yuan: "198.00" in exports, shortest form ("129.9", "99") in JD's JSON. */
const yuanText = (fen: bigint, shortest: boolean): string => {
  const text = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
  return shortest ? text.replace(/\.?0+$/, '').replace(/^$/, '0') : text;
};

const gmv = (result: ParsedRow): number | string => ('order' in result ? result.order.gmvFen : result.error);

// Up to 10^13 fen: beyond any order, and far past where a float would lose a fen.
const fenArb = fc.bigInt({ min: 0n, max: 10n ** 13n });

describe('yuan text to fen (property)', () => {
  it('when a random yuan amount is written with two decimals, then the export parsers give its exact fen', () => {
    fc.assert(fc.property(fenArb, (fen) => {
      const text = yuanText(fen, false);
      expect(gmv(parseDouyinExportRow(withField(douyinExportRow, '支付金额', text)))).toBe(Number(fen));
      expect(gmv(parseTaobaoExportRow(withField(taobaoExportRow, '付款金额', text)))).toBe(Number(fen));
    }), { numRuns: 500 });
  });

  it('when a random JD price is a JSON number in shortest form, then GMV is exactly price x skuNum in fen', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 1, max: 999 }), (fen, num) => {
      const row = withField(withField(jdApiRow, 'price', yuanText(fen, true)), 'skuNum', String(num));
      expect(gmv(parseJdApiRow(row))).toBe(Number(fen) * num);
    }), { numRuns: 500 });
  });

  it('when a random amount has a non-zero third decimal, then the export parsers refuse the row', () => {
    fc.assert(fc.property(fenArb, fc.integer({ min: 1, max: 9 }), (fen, extra) => {
      const text = `${yuanText(fen, false)}${extra}`;
      expect(gmv(parseDouyinExportRow(withField(douyinExportRow, '支付金额', text)))).toMatch(/^支付金额: .*more than two decimals/);
    }), { numRuns: 200 });
  });
});
