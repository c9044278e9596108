import fs from 'node:fs';
import { placeOrder, type ExportOptions } from './douyin-export';

// Saved responses of Kuaishou's open.distribution.cps.distributor.order.cursor.list (fen, per-mille
// rates, epoch milliseconds, 19-digit oids as bare JSON numbers), for the demo seed and tests.

const items = ['速干运动T恤', '氨基酸洗面奶', '手工水饺', '儿童保温杯', '蓝牙音箱', '桂花乌龙茶'];

function order(i: number, o: ExportOptions & { accounts: readonly { shortId: string; nickname: string }[] }): string {
  const { account, paidAt } = placeOrder(i, o);
  const price = 990 + ((i * 3_571) % 39_000);
  const rate = [100, 200, 250, 300, 450][i % 5]!;
  const estimated = Math.round((price * rate) / 1000);
  const settleAt = paidAt.getTime() + 8 * 86_400_000;
  const kind = i % 10;
  const status = kind === 9 ? 80 : kind < 6 && settleAt < o.now.getTime() ? 60 : kind < 8 ? 50 : 30;
  const oid = ((o.idBase ?? 6_800_000_000_000_000_000n) + BigInt(i) * 6_007n).toString();
  return `{"oid":${oid},"distributorId":${account.shortId},"cpsOrderStatus":${status},"orderCreateTime":${paidAt.getTime() - 60_000},`
    + `"payTime":${paidAt.getTime()},"recvTime":${status >= 50 ? paidAt.getTime() + 3 * 86_400_000 : 0},"settlementSuccessTime":${status === 60 ? settleAt : 0},`
    + `"orderTradeAmount":${price},"baseAmount":${price},"settlementAmount":${status === 60 ? estimated : 0},"settlementBizType":1,"sendStatus":1,`
    + `"updateTime":${paidAt.getTime()},"cpsOrderProductView":[{"oid":${oid},"itemId":${3_200_000_000 + (i % 991)},"itemTitle":"${items[i % items.length]}",`
    + `"itemPrice":${price},"num":1,"commissionRate":${rate},"estimatedIncome":${estimated},"serviceRate":50,"serviceAmount":0,"excitationInCome":0}],`
    + `"orderRefundInfo":${status === 80 ? `[{"refundStatus":50,"startRefundTime":${paidAt.getTime() + 86_400_000},"endRefundTime":${paidAt.getTime() + 2 * 86_400_000}}]` : '[]'}}`;
}

/** One saved response holding every order (the `accounts`' shortId is the distributorId). */
export function writeKuaishouApi(file: string, o: ExportOptions): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '{"result":1,"error_msg":"","data":{"pcursor":"nomore","orderView":[');
  for (let i = 0; i < o.count; i += 1) fs.writeSync(fd, (i ? ',' : '') + order(i, o));
  fs.writeSync(fd, ']}}');
  fs.closeSync(fd);
}
