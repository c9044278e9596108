import { describe, expect, it } from 'vitest';
import { parseDouyinApiRow } from '../../../server/importers/douyin-api.ts';
import { parseDouyinExportRow } from '../../../server/importers/douyin-export.ts';
import { parseJdApiRow } from '../../../server/importers/jd-api.ts';
import { parseKuaishouApiRow } from '../../../server/importers/kuaishou-api.ts';
import { parseTaobaoApiRow } from '../../../server/importers/taobao-api.ts';
import { parseTaobaoExportRow } from '../../../server/importers/taobao-export.ts';
import { parseWechatApiRow } from '../../../server/importers/wechat-api.ts';
import type { NormalizedOrder, OrderStatus, ParsedRow, PlatformRow } from '../../../server/importers/index.ts';
import {
  douyinApiRow, douyinExportRow, jdApiRow, kuaishouApiRow, taobaoApiRow, taobaoExportRow, wechatApiRow, withField,
} from './rows.ts';

interface FormatCase {
  name: string;
  parse: (row: PlatformRow) => ParsedRow;
  base: PlatformRow;
  status: string;
  statuses: Array<[string, OrderStatus]>;
  key: string;
  money: string;
  /** A money value with a third decimal, as the format writes money. */
  threeDecimals: string;
  date: string;
}

const CASES: FormatCase[] = [
  {
    name: 'douyin-api', parse: parseDouyinApiRow, base: douyinApiRow, status: 'flow_point', key: 'order_id',
    statuses: [['PAY_SUCC', 'paid'], ['CONFIRM', 'received'], ['COMFIRM', 'received'], ['SETTLE', 'settled'], ['REFUND', 'invalid']],
    money: 'total_pay_amount', threeDecimals: '129.905', date: 'pay_success_time',
  },
  {
    name: 'douyin-export', parse: parseDouyinExportRow, base: douyinExportRow, status: '订单状态', key: '订单id',
    statuses: [['订单付款', 'paid'], ['订单收货', 'received'], ['订单结算', 'settled'], ['订单退货退款', 'invalid'], ['订单退款退货', 'invalid']],
    money: '支付金额', threeDecimals: '12.345', date: '付款时间',
  },
  {
    name: 'kuaishou-api', parse: parseKuaishouApiRow, base: kuaishouApiRow, status: 'cpsOrderStatus', key: 'oid',
    statuses: [['30', 'paid'], ['50', 'received'], ['60', 'settled'], ['80', 'invalid']],
    money: 'orderTradeAmount', threeDecimals: '19.905', date: 'payTime',
  },
  {
    name: 'taobao-api', parse: parseTaobaoApiRow, base: taobaoApiRow, status: 'tk_status', key: 'trade_id',
    statuses: [['12', 'paid'], ['14', 'received'], ['3', 'settled'], ['13', 'invalid']],
    money: 'alipay_total_price', threeDecimals: '389.705', date: 'tk_paid_time',
  },
  {
    name: 'taobao-export', parse: parseTaobaoExportRow, base: taobaoExportRow, status: '订单状态', key: '淘宝子订单号',
    statuses: [
      ['已付款', 'paid'], ['订单付款', 'paid'], ['已收货', 'received'], ['订单成功', 'received'], ['确认收货', 'received'],
      ['已结算', 'settled'], ['订单结算', 'settled'], ['结算成功', 'settled'], ['已失效', 'invalid'], ['订单失效', 'invalid'], ['关闭', 'invalid'],
    ],
    money: '付款金额', threeDecimals: '389.705', date: '付款时间',
  },
  {
    name: 'jd-api', parse: parseJdApiRow, base: jdApiRow, status: 'validCode', key: 'id',
    statuses: [['15', 'pending'], ['16', 'paid'], ['24', 'paid'], ['17', 'settled'], ['3', 'invalid'], ['-1', 'invalid'], ['25', 'invalid']],
    money: 'estimateFee', threeDecimals: '44.555', date: 'orderTime',
  },
  {
    name: 'wechat-api', parse: parseWechatApiRow, base: wechatApiRow, status: 'status', key: 'order_id',
    statuses: [['100', 'settled'], ['200', 'invalid'], ['20', 'received']],
    money: 'order_detail.product_info.actual_payment', threeDecimals: '99.005', date: 'create_time',
  },
];

function orderOf(result: ParsedRow): NormalizedOrder {
  if ('error' in result) throw new Error(result.error);
  return result.order;
}
const errorOf = (result: ParsedRow): string => ('error' in result ? result.error : 'no error');

describe.each(CASES)('$name row parser', (c) => {
  it('when the row is valid, then it gives an order whose raw is the row', () => {
    const order = orderOf(c.parse(c.base));
    expect(order.raw).toBe(c.base);
    expect(order.rowKey).toMatch(/^\S+$/);
  });

  it.each(c.statuses)('when the status is %s, then the order is %s', (value, status) => {
    expect(orderOf(c.parse(withField(c.base, c.status, value))).status).toBe(status);
  });

  it('when the status is unknown, then the row is refused naming the field', () => {
    expect(errorOf(c.parse(withField(c.base, c.status, 'WHATEVER')))).toMatch(new RegExp(`^${c.status}: `));
  });

  it.each(['abc', '1,2,3', '12..5', '--1'])('when %s is written as money, then the row is refused naming the field', (bad) => {
    expect(errorOf(c.parse(withField(c.base, c.money, bad)))).toMatch(new RegExp(`^${c.money.replaceAll('.', '\\.')}: `));
  });

  it('when money has three decimals, then the row is refused naming the field', () => {
    expect(errorOf(c.parse(withField(c.base, c.money, c.threeDecimals)))).toMatch(new RegExp(`^${c.money.replaceAll('.', '\\.')}: `));
  });

  it.each(['2026-02-30 10:00:00', '2026-13-45 25:61:00', 'yesterday', '12.5'])('when the date is %s, then the row is refused naming the field', (bad) => {
    expect(errorOf(c.parse(withField(c.base, c.date, bad)))).toMatch(new RegExp(`^${c.date}: `));
  });

  it.each([undefined, '', '-', ' \t'])('when the row key is %j, then the row is refused as missing its key', (value) => {
    expect(errorOf(c.parse(withField(c.base, c.key, value)))).toBe(`${c.key}: missing`);
  });
});
