import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../server/modules/imports/parse-protocol';
import { prepareOrder } from '../../server/importers/prepared-order';

const headers = ['订单id', '商品名称'];
const order = prepareOrder({
  platform: 'douyin', rowKey: '6900000000000007919', accountIdentifier: 'dy1', accountIdentifiers: ['dy1', '42'], liveRoomId: null,
  product: '面膜', quantity: 2, gmvFen: 8909, commissionBaseFen: 8909, commissionRateBp: 2000, commissionRateRaw: '20.00%',
  estimatedCommissionFen: 1782, settledCommissionFen: 1782, status: 'settled', paidAt: new Date('2026-06-01T00:01:14Z'),
  settledAt: new Date('2026-06-08T00:01:14Z'), refundedAt: null, sourceUpdatedAt: new Date('2026-06-08T00:01:15Z'), raw: {},
}, { headers, cells: ['6900000000000007919\t', '面膜'] });

describe('the parse worker\'s wire rows', () => {
  it('when a prepared order is sent as an array and cloned as postMessage does, then it arrives with every field equal', () => {
    const arrived = fromWire(v8.deserialize(v8.serialize(toWire({ row: 7, order }))));
    const { raw: _raw, ...fields } = order as typeof order & { raw?: unknown };
    expect(arrived).toEqual({ row: 7, order: fields });
  });

  it('when a row was refused, then its reason travels as it is, in both languages, through structured cloning', () => {
    const refused = { row: 3, error: 'bad', errorZh: '有误' };
    expect(fromWire(v8.deserialize(v8.serialize(toWire(refused))))).toEqual(refused);
  });
});
