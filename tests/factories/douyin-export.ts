import fs from 'node:fs';
import { once } from 'node:events';
import { formatInstant } from '../../server/domain/zones';

// Douyin 精选联盟 order exports in the platform's own 47-column CSV shape (UTF-8 with BOM, ids
// ending in a tab), for tests, the import benchmark and the demo seed, which all feed the real importer.

const header = '订单id,商品id,商品名称,作者账号,抖音/火山号,支付金额,佣金率,预估佣金支出,结算金额,实际佣金支出,订单状态,超时未结算原因,付款时间,收货时间,订单结算时间,商品来源,尾款支付时间,定金金额,店铺id,店铺名称,商品数量,佣金发票,冻结比例,是否阶梯佣金,门槛销量,基础佣金率,升佣佣金率,预估奖励佣金支出,结算奖励佣金支出,阶梯计划ID,支付补贴,平台补贴,达人补贴,运费,税费,运费补贴,分销来源,营销活动id,推广费率,推广技术服务费,预估推广费支出,结算推广费支出,计划类型,订单来源,流量细分来源,流量来源,订单类型';
const products = ['螺蛳粉', '玻尿酸补水面膜', '蓝牙耳机', '低脂鸡胸肉', '速干运动T恤', '坚果礼盒', '防晒霜', '保温杯', '洗衣凝珠', '羊毛围巾'];
const rates = [1000, 2000, 2500, 3000, 3500, 4500];
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const beijing = (d: Date) => formatInstant(d, 'Asia/Shanghai').slice(0, 19).replace('T', ' ');

export interface ExportOptions {
  count: number;
  accounts: readonly { shortId: string; nickname: string }[];
  /** Paid instants are spread evenly over [from, to). */
  from: Date;
  to: Date;
  /** Orders paid before this are mostly settled (settlement 7 days after payment, if that is before `now`). */
  now: Date;
  /** Varies the order ids, so two files do not share orders. */
  idBase?: bigint;
  /** When given, order i is paid during slot i mod n, on that slot's account (a demo's sessions). */
  slots?: readonly Slot[];
}

export interface Slot { account: { shortId: string; nickname: string }; startsAt: Date; endsAt: Date }

/** Who sold order i, and when it was paid. */
export function placeOrder(i: number, o: Pick<ExportOptions, 'count' | 'accounts' | 'from' | 'to' | 'slots'>) {
  const slot = o.slots?.[i % o.slots.length];
  if (slot) {
    const span = slot.endsAt.getTime() - slot.startsAt.getTime();
    return { account: slot.account, paidAt: new Date(slot.startsAt.getTime() + ((i * 7_919_000) % span)) };
  }
  return {
    account: o.accounts[i % o.accounts.length]!,
    paidAt: new Date(o.from.getTime() + Math.floor(((o.to.getTime() - o.from.getTime()) * i) / o.count)),
  };
}

/** The i-th row: deterministic, so the same options always make the same file. */
export function exportRow(i: number, o: ExportOptions): string {
  const { account, paidAt } = placeOrder(i, o);
  const payFen = 990 + ((i * 7_919) % 59_000);
  const rateBp = rates[i % rates.length]!;
  const estimateFen = Math.round((payFen * rateBp) / 10_000);
  const settleAt = new Date(paidAt.getTime() + 7 * 86_400_000);
  const kind = i % 10;
  const settled = kind < 6 && settleAt < o.now;
  const status = kind === 9 ? '订单退货退款' : settled ? '订单结算' : kind < 8 ? '订单收货' : '订单付款';
  const id = ((o.idBase ?? 6_900_000_000_000_000_000n) + BigInt(i) * 7_919n).toString();
  const cells = [
    `"${id}\t"`, `"${3_000_000_000 + (i % 997)}\t"`, products[i % products.length], account.nickname, account.shortId,
    yuan(payFen), `${(rateBp / 100).toFixed(2)}%`, kind === 9 ? '0.00' : yuan(estimateFen),
    settled ? yuan(payFen) : '0.00', settled ? yuan(estimateFen) : '0.00', status, '-', beijing(paidAt),
    kind < 8 ? beijing(new Date(paidAt.getTime() + 3 * 86_400_000)) : '-', settled ? beijing(settleAt) : '-',
    '抖音', '-', '-', '"272308913\t"', '趣白', '1', ...Array(22).fill('-'), '抖音', '-', i % 4 === 0 ? '橱窗' : '直播', '普通订单',
  ];
  return cells.join(',');
}

/** Writes the export to a file, streaming, so a million rows never sit in memory. */
export async function writeDouyinExport(file: string, o: ExportOptions): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`\uFEFF${header}\n`);
  for (let i = 0; i < o.count; i += 1) {
    if (!out.write(`${exportRow(i, o)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
