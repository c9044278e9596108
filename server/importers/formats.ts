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
import { parseWechatApiRow } from './wechat-api.ts';

interface BaseSpec {
  id: FormatId;
  /** What the user uploads, for the "supported formats" message. */
  description: string;
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
    description: 'JSON saved from Douyin buyin.instituteOrderMCN / kolOrderAds',
    json: { path: ['data', 'orders'], list: true, rowKey: 'order_id' },
    markers: ['flow_point', 'author_buyin_id'],
  },
  'douyin-export': {
    id: 'douyin-export', kind: 'table', parse: parseDouyinExportRow, headers: DOUYIN_EXPORT_HEADERS,
    description: 'Douyin 精选联盟 order export, .xlsx or .csv',
  },
  'kuaishou-api': {
    id: 'kuaishou-api', kind: 'json', parse: parseKuaishouApiRow,
    description: 'JSON saved from Kuaishou open.distribution.cps.distributor.order.cursor.list',
    json: { path: ['data', 'orderView'], list: true, rowKey: 'oid' },
    markers: ['orderView', 'cpsOrderStatus'],
  },
  'taobao-api': {
    id: 'taobao-api', kind: 'json', parse: parseTaobaoApiRow,
    description: 'JSON saved from taobao.tbk.order.details.get',
    json: {
      path: ['tbk_order_details_get_response', 'data', 'results', 'publisher_order_dto'], list: true, rowKey: 'trade_id',
    },
    markers: ['tbk_order_details_get_response', 'publisher_order_dto', 'tk_status'],
  },
  'taobao-export': {
    id: 'taobao-export', kind: 'table', parse: parseTaobaoExportRow, headers: TAOBAO_EXPORT_HEADERS,
    description: '淘宝联盟 publisher order export, .xlsx or .csv',
  },
  'jd-api': {
    id: 'jd-api', kind: 'json', parse: parseJdApiRow,
    description: 'JSON saved from jd.union.open.order.row.query',
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
    description: 'JSON saved from the WeChat channels league headsupplier order get (commssion_order)',
    json: { path: ['commssion_order'], list: false, rowKey: 'order_id' },
    markers: ['commssion_order'],
  },
};

export function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value);
}

/** "Supported formats: douyin-api (JSON saved from ...), ..." for refusals. */
export function supportedFormatsText(locale: 'en' | 'zh-CN' = 'en'): string {
  const list = FORMAT_IDS.map((id) => `${id} (${FORMATS[id].description})`);
  return locale === 'zh-CN' ? `支持的格式：${list.join('；')}` : `Supported formats: ${list.join('; ')}`;
}
