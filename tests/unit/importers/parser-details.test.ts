import { describe, expect, it } from 'vitest';
import { parseDouyinApiRow } from '../../../server/importers/douyin-api.ts';
import { settledOnlyWithInstant } from '../../../server/importers/fields.ts';
import { parseDouyinExportRow } from '../../../server/importers/douyin-export.ts';
import { jdStatus, parseJdApiRow } from '../../../server/importers/jd-api.ts';
import { parseKuaishouApiRow } from '../../../server/importers/kuaishou-api.ts';
import { parseTaobaoApiRow } from '../../../server/importers/taobao-api.ts';
import { parseTaobaoExportRow } from '../../../server/importers/taobao-export.ts';
import { parseWechatApiRow } from '../../../server/importers/wechat-api.ts';
import type { NormalizedOrder, ParsedRow } from '../../../server/importers/index.ts';
import {
  douyinApiRow, douyinExportRow, jdApiRow, kuaishouApiRow, taobaoApiRow, taobaoExportRow, wechatApiRow, withField,
} from './rows.ts';

function orderOf(result: ParsedRow): NormalizedOrder {
  if ('error' in result) throw new Error(result.error);
  return result.order;
}

describe('douyin-api details', () => {
  it('when a row is settled, then base and commission are the settled ones and times are Beijing', () => {
    const order = orderOf(parseDouyinApiRow(douyinApiRow));
    expect(order).toMatchObject({
      accountIdentifiers: ['7000000000511587049', 'dy57695176'], accountIdentifier: '7000000000511587049',
      liveRoomId: '7300000000000000000', gmvFen: 12990, commissionBaseFen: 8660, commissionRateBp: 2500,
      commissionRateRaw: '2500', estimatedCommissionFen: 3248, settledCommissionFen: 2165, refundedAt: null,
    });
    expect(order.paidAt?.toISOString()).toBe('2026-11-24T11:46:19.000Z');
    expect(order.settledAt?.toISOString()).toBe('2026-12-04T13:07:17.000Z');
  });

  it('when a row is paid, then the base is the estimate and nothing is settled', () => {
    const order = orderOf(parseDouyinApiRow(withField(withField(douyinApiRow, 'flow_point', 'PAY_SUCC'), 'settle_time', '')));
    expect(order).toMatchObject({ commissionBaseFen: 12990, settledCommissionFen: 0, settledAt: null });
  });

  it('when only the short id is there, then it names the account; when neither, the row is refused', () => {
    expect(orderOf(parseDouyinApiRow(withField(douyinApiRow, 'author_buyin_id', ''))).accountIdentifiers).toEqual(['dy57695176']);
    const neither = withField(withField(douyinApiRow, 'author_buyin_id', undefined), 'author_short_id', '');
    expect(parseDouyinApiRow(neither)).toEqual({
      error: expect.stringMatching(/^author_buyin_id \/ author_short_id: missing/),
      errorZh: 'author_buyin_id / author_short_id：缺失，无法确定平台账号',
    });
  });

  it('when the media is a video, then there is no live room', () => {
    expect(orderOf(parseDouyinApiRow(withField(douyinApiRow, 'media_type', 'video'))).liveRoomId).toBeNull();
  });

  it('when commission_rate (x10000, so whole bp) is not a whole number, then the row is refused naming it', () => {
    expect(parseDouyinApiRow(withField(douyinApiRow, 'commission_rate', '25.5'))).toEqual({
      error: 'commission_rate: "25.5" is not a whole number', errorZh: 'commission_rate："25.5" 不是整数',
    });
  });
});

describe('settled rows need a settlement instant', () => {
  // platform-formats.md 1.4 and 4.4: settled means the status AND the settlement time; without the time, not settled yet.
  it.each([
    ['douyin-api', () => parseDouyinApiRow(withField(douyinApiRow, 'settle_time', '')), { gmvFen: 12990, estimatedCommissionFen: 3248, commissionBaseFen: 12990 }],
    ['douyin-export', () => parseDouyinExportRow(withField(douyinExportRow, '订单结算时间', '-')), { gmvFen: 19800, estimatedCommissionFen: 3960, commissionBaseFen: 19800 }],
    ['kuaishou-api', () => parseKuaishouApiRow(withField(kuaishouApiRow, 'settlementSuccessTime', '0')), { gmvFen: 1990, estimatedCommissionFen: 896, commissionBaseFen: 1990 }],
    ['taobao-api', () => parseTaobaoApiRow(withField(taobaoApiRow, 'tk_earning_time', '')), { gmvFen: 38970, estimatedCommissionFen: 13640, commissionBaseFen: 38970 }],
    ['taobao-export', () => parseTaobaoExportRow(withField(taobaoExportRow, '结算时间', '')), { gmvFen: 38970, estimatedCommissionFen: 7794, commissionBaseFen: 38970 }],
    ['wechat-api', () => parseWechatApiRow(withField(wechatApiRow, 'order_detail.commission_info.profit_sharding_suc_time', '0')),
      { gmvFen: 9900, estimatedCommissionFen: 3465, commissionBaseFen: 9900 }],
    ['jd-api', () => parseJdApiRow(withField(jdApiRow, 'payMonth', '0')), { gmvFen: 29700, estimatedCommissionFen: 4455, commissionBaseFen: 29700 }],
  ] as const)('when a %s row is marked settled but has no settlement time, then it imports as received with its GMV and estimate, nothing settled', (_name, parse, kept) => {
    expect(orderOf(parse())).toMatchObject({ ...kept, status: 'received', settledAt: null, settledCommissionFen: 0 });
  });

  it.each([
    ['settled', null, 'received'], ['settled', new Date(0), 'settled'], ['received', null, 'received'], ['invalid', new Date(0), 'invalid'],
  ] as const)('when the platform says %s and the settlement instant is %j, then the order is %s', (marked, at, status) => {
    expect(settledOnlyWithInstant(marked, at)).toBe(status);
  });
});

describe('douyin-export details', () => {
  it('when ids end in a tab and "-" marks empty cells, then keys are trimmed and "-" is no value', () => {
    const order = orderOf(parseDouyinExportRow(withField(withField(douyinExportRow, '订单状态', '订单收货'), '订单结算时间', '-')));
    expect(order).toMatchObject({ rowKey: '6947926375096917951', settledAt: null, commissionBaseFen: 19800, settledCommissionFen: 0 });
  });

  it('when Excel has shown the id in scientific notation, then the row is refused rather than keyed on a rounded id', () => {
    expect(parseDouyinExportRow(withField(douyinExportRow, '订单id', '6.95355E+18'))).toEqual({
      error: expect.stringMatching(/^订单id: "6\.95355E\+18" is in scientific notation/),
      errorZh: expect.stringMatching(/^订单id："6\.95355E\+18" 是科学计数法/),
    });
  });

  it.each([
    ['32.00%', 3200], ['12.345%', 1235], ['-12.345%', -1235], ['0.005%', 1], ['0.004%', 0],
  ])('when the rate is %s, then it is %i bp rounded half away from zero, the raw text kept', (raw, bp) => {
    const order = orderOf(parseDouyinExportRow(withField(douyinExportRow, '佣金率', raw)));
    expect([order.commissionRateBp, order.commissionRateRaw]).toEqual([bp, raw]);
  });
});

describe('kuaishou-api details', () => {
  it('when an order has two items and a refund, then estimates add up and the refund instant is its end', () => {
    const row = withField(withField(withField(kuaishouApiRow, 'cpsOrderProductView', [
      { itemTitle: 'A', num: '1', commissionRate: '100', estimatedIncome: '10' },
      { itemTitle: 'B', num: '2', commissionRate: '100', estimatedIncome: '25' },
    ]), 'orderRefundInfo', [{ startRefundTime: '1793718000000', endRefundTime: '1793721600000', refundFee: '1990' }]), 'cpsOrderStatus', '80');
    const order = orderOf(parseKuaishouApiRow(row));
    expect(order).toMatchObject({ estimatedCommissionFen: 35, quantity: 3, product: 'A / B', commissionRateBp: 1000, status: 'invalid', settledCommissionFen: 0 });
    expect(order.refundedAt?.getTime()).toBe(1793721600000);
  });

  it('when a time is 0, then it has not happened', () => {
    const paid = withField(withField(kuaishouApiRow, 'cpsOrderStatus', '30'), 'settlementSuccessTime', '0');
    expect(orderOf(parseKuaishouApiRow(paid)).settledAt).toBeNull();
  });
});

describe('taobao details', () => {
  it('when the API rate is "0.45", then it is 0.45% = 45 bp', () => {
    expect(orderOf(parseTaobaoApiRow(withField(taobaoApiRow, 'total_commission_rate', '0.45'))).commissionRateBp).toBe(45);
  });

  it('when the export rate is "20.00 %", then it is 2000 bp', () => {
    expect(orderOf(parseTaobaoExportRow(taobaoExportRow)).commissionRateBp).toBe(2000);
  });

  it('when an order is received, then the base is the paid amount and nothing is settled', () => {
    expect(orderOf(parseTaobaoApiRow(withField(taobaoApiRow, 'tk_status', '14')))).toMatchObject({
      status: 'received', commissionBaseFen: 38970, settledCommissionFen: 0,
    });
  });

  it.each([
    ['taobao-api', (id: string) => parseTaobaoApiRow(withField(taobaoApiRow, 'relation_id', id)), '719664060580'],
    ['taobao-export', (id: string) => parseTaobaoExportRow(withField(taobaoExportRow, '渠道关系ID', id)), '191888155369'],
  ] as const)('when a %s 渠道 order has a relation id, then it names the account first, the shared adzone after', (_name, parse, adzone) => {
    expect(orderOf(parse('2795863427'))).toMatchObject({ accountIdentifier: '2795863427', accountIdentifiers: ['2795863427', adzone] });
  });

  it.each([
    ['taobao-api', (id: string) => parseTaobaoApiRow(withField(taobaoApiRow, 'relation_id', id)), '719664060580'],
    ['taobao-export', (id: string) => parseTaobaoExportRow(withField(taobaoExportRow, '渠道关系ID', id)), '191888155369'],
  ] as const)('when a %s relation id is empty, 0 or -, then only the adzone names the account', (_name, parse, adzone) => {
    for (const empty of ['', ' ', '0', '-', '\t']) {
      expect(orderOf(parse(empty)), JSON.stringify(empty)).toMatchObject({ accountIdentifier: adzone, accountIdentifiers: [adzone] });
    }
  });
});

describe('jd-api details', () => {
  it.each([
    [15, 0, 'pending'], [16, 0, 'paid'], [24, 0, 'paid'], [17, 0, 'received'], [17, 20261116, 'settled'], [2, 0, 'invalid'], [36, 0, 'invalid'],
  ] as const)('when validCode is %i and payMonth %i, then the order is %s', (code, payMonth, status) => {
    expect(jdStatus(code, payMonth)).toBe(status);
  });

  it('when settled, then GMV is price x skuNum and it settles at payMonth 00:00 Beijing', () => {
    const order = orderOf(parseJdApiRow(withField(jdApiRow, 'price', '129.9')));
    expect(order).toMatchObject({ gmvFen: 38970, commissionBaseFen: 19800, settledCommissionFen: 2970, commissionRateBp: 1500 });
    expect(order.settledAt?.toISOString()).toBe('2026-11-15T16:00:00.000Z');
  });

  it('when a JSON number is in exponent form, then it is read exactly', () => {
    expect(orderOf(parseJdApiRow(withField(jdApiRow, 'estimateFee', '4.455e1'))).estimatedCommissionFen).toBe(4455);
  });

  it('when payMonth is not a date, then the row is refused naming it', () => {
    expect(parseJdApiRow(withField(jdApiRow, 'payMonth', '20261332'))).toEqual({
      error: 'payMonth: "20261332" is not a date (yyyyMMdd)', errorZh: 'payMonth："20261332" 不是日期（yyyyMMdd）',
    });
  });
});

describe('wechat-api details', () => {
  it.each([
    ['20', '10', 'pending'], ['20', '20', 'paid'], ['20', '21', 'paid'], ['20', '30', 'paid'], ['20', '100', 'received'],
    ['20', '200', 'invalid'], ['20', '250', 'invalid'], ['100', '100', 'settled'], ['200', '100', 'invalid'],
  ])('when the commission status is %s and the order status %s, then the order is %s', (commission, order, status) => {
    const row = withField(withField(wechatApiRow, 'status', commission), 'order_detail.order_info.order_status', order);
    expect(orderOf(parseWechatApiRow(row)).status).toBe(status);
  });

  it.each([['350000', 3500], ['4500', 45], ['333', 3], ['350', 4]])('when the ratio is %s millionths, then it is %i bp', (ratio, bp) => {
    const order = orderOf(parseWechatApiRow(withField(wechatApiRow, 'order_detail.commission_info.finder_info.ratio', ratio)));
    expect([order.commissionRateBp, order.commissionRateRaw]).toEqual([bp, ratio]);
  });

  it('when read, then the key joins order and sku and times are epoch seconds', () => {
    const order = orderOf(parseWechatApiRow(wechatApiRow));
    expect(order.rowKey).toBe('6960067357284013009_3766610936');
    expect(order.paidAt?.getTime()).toBe(1793462399000);
    expect(order.settledAt?.getTime()).toBe(1794503204000);
  });
});
