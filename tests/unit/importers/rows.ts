// Minimal valid rows per format, shaped like the fixtures, for the parsers' table tests.
import type { PlatformRow, RawValue } from '../../../server/importers/index.ts';

/** A copy of `row` with the field at a dotted path set (or removed when `value` is undefined). */
export function withField(row: PlatformRow, path: string, value: RawValue | undefined): PlatformRow {
  const copy = structuredClone(row);
  const keys = path.split('.');
  let target: PlatformRow = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as PlatformRow;
  const last = keys.at(-1) ?? '';
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

export const douyinApiRow: PlatformRow = {
  order_id: '6976681938597990286', product_name: '螺蛳粉', author_short_id: 'dy57695176',
  author_buyin_id: '7000000000511587049', total_pay_amount: '12990', pay_goods_amount: '12990',
  settled_goods_amount: '8660', commission_rate: '2500', estimated_commission: '3248', real_commission: '2165',
  flow_point: 'SETTLE', pay_success_time: '2026-11-24 19:46:19', settle_time: '2026-12-04 21:07:17',
  refund_time: '', item_num: '1', media_type: 'live', media_id: '7300000000000000000',
};

export const douyinExportRow: PlatformRow = {
  订单id: '6947926375096917951\t', 商品id: '3635069776\t', 商品名称: '螺蛳粉', 作者账号: '阿卷直播间0',
  '抖音/火山号': 'dy11099092', 支付金额: '198.00', 佣金率: '20.00%', 预估佣金支出: '39.60', 结算金额: '132.00',
  实际佣金支出: '26.40', 订单状态: '订单结算', 超时未结算原因: '-', 付款时间: '2026-11-18 15:39:23',
  收货时间: '2026-11-23 15:39:23', 订单结算时间: '2026-12-02 01:22:34', 商品数量: '2',
};

export const kuaishouApiRow: PlatformRow = {
  oid: '6911008020347695831', distributorId: '2515501894', cpsOrderStatus: '60', payTime: '1793860008000',
  settlementSuccessTime: '1794549402000', orderTradeAmount: '1990', baseAmount: '1990', settlementAmount: '597',
  cpsOrderProductView: [{ oid: '6911008020347695831', itemTitle: '速干运动T恤', num: '1', commissionRate: '450', estimatedIncome: '896' }],
  orderRefundInfo: [],
};

export const taobaoApiRow: PlatformRow = {
  trade_id: '6939266243771100194', tk_status: '3', item_title: '空气炸锅', item_num: '3',
  alipay_total_price: '389.70', pay_price: '389.70', total_commission_rate: '35.00', pub_share_pre_fee: '136.40',
  pub_share_fee: '136.40', tk_paid_time: '2026-11-01 00:00:00', tk_earning_time: '2026-11-13 20:50:00',
  adzone_id: '719664060580',
};

export const taobaoExportRow: PlatformRow = {
  付款时间: '2026-11-22 17:12:11', 结算时间: '2026-12-09 23:58:04', 商品标题: '氨基酸洗面奶', 商品数量: '3',
  淘宝子订单号: '6990845081568537583', 订单状态: '已结算', 付款金额: '389.70', 结算金额: '389.70', 佣金比率: '20.00 %',
  付款预估收入: '77.94', 结算预估收入: '77.94', 推广位ID: '191888155369',
};

export const jdApiRow: PlatformRow = {
  id: '6961274364460418444_3438339080', orderId: '6961274364460418444', orderTime: '2026-11-01 21:29:35',
  skuName: '螺蛳粉', skuNum: '3', price: '99', commissionRate: '15', estimateCosPrice: '297', estimateFee: '44.55',
  actualCosPrice: '198', actualFee: '29.7', validCode: '17', payMonth: '20261116', positionId: '3492473815',
};

export const wechatApiRow: PlatformRow = {
  order_id: '6960067357284013009', sku_id: '3766610936', create_time: '1793462399', status: '100',
  order_detail: {
    product_info: { product_id: '3766610936', title: '羊绒围巾', actual_payment: '9900' },
    order_info: { order_status: '100' },
    commission_info: {
      finder_info: { nickname: '视频号达人1', ratio: '350000', amount: '3465', openfinderid: 'olxvp93hxzaFinder1' },
      service_ratio: '0', service_amount: '0', profit_sharding_suc_time: '1794503204',
    },
  },
};
