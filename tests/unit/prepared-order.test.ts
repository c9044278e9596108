import { describe, expect, it } from 'vitest';
import type { NormalizedOrder } from '../../server/importers';
import { prepareOrder } from '../../server/importers/prepared-order';

const order: NormalizedOrder = {
  platform: 'douyin', rowKey: '6900000000000007919', accountIdentifier: 'dy1', accountIdentifiers: ['dy1'], liveRoomId: null,
  product: '面膜', quantity: 1, gmvFen: 8909, commissionBaseFen: 8909, commissionRateBp: 2000, commissionRateRaw: '20.00%',
  estimatedCommissionFen: 1782, settledCommissionFen: 0, status: 'paid', paidAt: new Date('2026-06-01T00:01:14Z'), settledAt: null, refundedAt: null, sourceUpdatedAt: null,
  raw: { 订单id: '6900000000000007919\t', 商品名称: '面膜' },
};
const headers = ['订单id', '商品名称'];
const cells = ['6900000000000007919\t', '面膜'];

describe('prepareOrder', () => {
  it('when the row comes from a CSV or XLSX file, then its raw JSON is the cells and its headers travel beside it', () => {
    const prepared = prepareOrder(order, { headers, cells });
    expect(JSON.parse(prepared.rawJson)).toEqual(cells);
    expect(prepared.rawHeaders).toBe(headers);
    expect(prepared).not.toHaveProperty('raw', expect.anything());
  });

  it('when the row comes from an API dump, then its raw JSON is the object and there are no headers', () => {
    const prepared = prepareOrder(order);
    expect(JSON.parse(prepared.rawJson)).toEqual(order.raw);
    expect(prepared.rawHeaders).toBeNull();
  });

  it('when the same cells come under other headers, then the digest differs; under equal headers it is the same', () => {
    const digest = (h: string[], c: string[]) => prepareOrder(order, { headers: h, cells: c }).digest;
    expect(digest([...headers], cells)).toBe(digest([...headers], [...cells]));
    expect(digest(['订单号', '商品名称'], cells)).not.toBe(digest(headers, cells));
    expect(digest(headers, ['6900000000000007919\t', '耳机'])).not.toBe(digest(headers, cells));
    expect(prepareOrder(order).digest).not.toBe(digest(headers, cells));
  });
});
