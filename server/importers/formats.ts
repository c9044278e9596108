// The supported formats (SPEC section 7): how each is recognised and which parser reads a row.
import { parseDouyinApiRow } from './douyin-api.ts';
import { DOUYIN_EXPORT_HEADERS, parseDouyinExportRow } from './douyin-export.ts';
import { parseJdApiRow } from './jd-api.ts';
import { parseKuaishouApiRow } from './kuaishou-api.ts';
import type { JsonRowSpec } from './read-json.ts';
import { parseTaobaoApiRow } from './taobao-api.ts';
import { TAOBAO_EXPORT_HEADERS, parseTaobaoExportRow } from './taobao-export.ts';
import { FORMAT_IDS, type FormatId } from '../shared/api/imports.ts';
import type { ParsedRow, PlatformRow } from './types.ts';
import { text as say, type Text } from '../domain/text.ts';
import { parseWechatApiRow } from './wechat-api.ts';

interface BaseSpec {
  id: FormatId;
  /** What to export from the platform, in plain words (the "which files can be imported" message). */
  help: Text;
  parse: (row: PlatformRow) => ParsedRow;
}
export interface JsonFormatSpec extends BaseSpec {
  kind: 'json';
  json: JsonRowSpec;
  /** Keys whose presence in the first bytes names the format. */
  markers: readonly string[];
}
export interface TableFormatSpec extends BaseSpec {
  kind: 'table';
  /** Columns that name the format and that every row needs. */
  headers: readonly string[];
}
export type FormatSpec = JsonFormatSpec | TableFormatSpec;

export const FORMATS: Readonly<Record<FormatId, FormatSpec>> = {
  'douyin-api': {
    id: 'douyin-api', kind: 'json', parse: parseDouyinApiRow,
    // buyin.instituteOrderMCN / kolOrderAds
    help: say('Douyin: the order data saved from the Douyin Buyin (精选联盟) order API, a .json file', '抖音：从抖音精选联盟（百应）订单接口保存的订单数据，.json 文件'),
    json: { path: ['data', 'orders'], list: true, rowKey: 'order_id' },
    markers: ['flow_point', 'author_buyin_id'],
  },
  'douyin-export': {
    id: 'douyin-export', kind: 'table', parse: parseDouyinExportRow, headers: DOUYIN_EXPORT_HEADERS,
    help: say('Douyin: the order details exported from the 精选联盟 (Buyin) back office, .xlsx or .csv', '抖音：精选联盟（百应）后台导出的订单明细，.xlsx 或 .csv'),
  },
  'kuaishou-api': {
    id: 'kuaishou-api', kind: 'json', parse: parseKuaishouApiRow,
    // open.distribution.cps.distributor.order.cursor.list
    help: say('Kuaishou: the order data saved from the Kuaishou distribution (分销) order API, a .json file', '快手：从快手分销推广订单接口保存的订单数据，.json 文件'),
    json: { path: ['data', 'orderView'], list: true, rowKey: 'oid' },
    markers: ['orderView', 'cpsOrderStatus'],
  },
  'taobao-api': {
    id: 'taobao-api', kind: 'json', parse: parseTaobaoApiRow,
    // taobao.tbk.order.details.get
    help: say('Taobao: the order data saved from the Taobao Union (淘宝联盟) order API, a .json file', '淘宝：从淘宝联盟订单查询接口保存的订单数据，.json 文件'),
    json: {
      path: ['tbk_order_details_get_response', 'data', 'results', 'publisher_order_dto'], list: true, rowKey: 'trade_id',
    },
    markers: ['tbk_order_details_get_response', 'publisher_order_dto', 'tk_status'],
  },
  'taobao-export': {
    id: 'taobao-export', kind: 'table', parse: parseTaobaoExportRow, headers: TAOBAO_EXPORT_HEADERS,
    help: say('Taobao: the publisher order details exported from the 淘宝联盟 back office, .xlsx or .csv', '淘宝：淘宝联盟后台导出的推广者订单明细，.xlsx 或 .csv'),
  },
  'jd-api': {
    id: 'jd-api', kind: 'json', parse: parseJdApiRow,
    // jd.union.open.order.row.query
    help: say('JD: the order data saved from the JD Union (京东联盟) order API, a .json file', '京东：从京东联盟订单接口保存的订单数据，.json 文件'),
    // As the API answers it, the rows sit in queryResult, a string of JSON (JD's spelling "responce" and the corrected one);
    // the response inside it is also accepted saved on its own.
    json: {
      path: ['data'], list: true, rowKey: 'id',
      envelopes: [['jd_union_open_order_row_query_responce', 'queryResult'], ['jd_union_open_order_row_query_response', 'queryResult']],
    },
    markers: ['jd_union_open_order_row_query_responce', 'jd_union_open_order_row_query_response', 'validCode', 'estimateCosPrice'],
  },
  'wechat-api': {
    id: 'wechat-api', kind: 'json', parse: parseWechatApiRow,
    // the channels league headsupplier order get (commssion_order)
    help: say('WeChat Channels: the order data saved from the Channels affiliate (带货) order API, a .json file', '微信视频号：从视频号带货订单接口保存的订单数据，.json 文件'),
    json: { path: ['commssion_order'], list: false, rowKey: 'order_id' },
    markers: ['commssion_order'],
  },
};

export function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value);
}

/** Which files can be imported, in plain words (what to export from each platform), for refusals. */
export function supportedFormatsText(locale: 'en' | 'zh-CN' = 'en'): string {
  // The back offices' exports first: what most staff can download themselves; API data comes from developers.
  const ordered = [...FORMAT_IDS].sort((a, b) => Number(FORMATS[a].kind === 'json') - Number(FORMATS[b].kind === 'json'));
  const list = ordered.map((id) => FORMATS[id].help.in(locale));
  return locale === 'zh-CN' ? `可以导入的文件：${list.join('；')}` : `Files that can be imported: ${list.join('; ')}`;
}
