// The normalized order every platform format is read into (SPEC sections 6 and 7). Money is
// integer fen and rates integer bp; the platform's own rate text is kept beside the bp
// because a rate finer than 1 bp must survive exactly (SPEC section 3).

import { Text } from '../domain/text.ts';

export type Platform = 'douyin' | 'kuaishou' | 'taobao' | 'jd' | 'wechat';
export type OrderStatus = 'pending' | 'paid' | 'received' | 'settled' | 'invalid';

/**
 * A value as read from a platform file. JSON numbers arrive as their source text (a string),
 * so a 19-digit id keeps every digit and a yuan amount is never a float.
 */
export type RawValue = string | boolean | null | RawValue[] | { [key: string]: RawValue };
/** One platform row: a CSV/XLSX record (header -> cell text) or one JSON order object. */
export type PlatformRow = { [key: string]: RawValue };

export interface NormalizedOrder {
  platform: Platform;
  /** The platform's unique row key, trimmed of the tabs and spaces exports add. */
  rowKey: string;
  /** The preferred account identifier: accountIdentifiers[0]. */
  accountIdentifier: string;
  /** Every identifier that may name the account, by preference (Douyin: buyin id, short id). */
  accountIdentifiers: string[];
  liveRoomId: string | null;
  product: string;
  quantity: number;
  gmvFen: number;
  commissionBaseFen: number;
  /** Rounded half away from zero to bp; the exact platform text is commissionRateRaw. */
  commissionRateBp: number;
  commissionRateRaw: string;
  estimatedCommissionFen: number;
  /** 0 unless status is 'settled': only settled commission is booked (fixtures README). */
  settledCommissionFen: number;
  status: OrderStatus;
  paidAt: Date | null;
  settledAt: Date | null;
  refundedAt: Date | null;
  /**
   * The platform's own last-update instant of the row (Douyin update_time, Kuaishou updateTime, Taobao
   * modified_time, JD modifyTime, WeChat update_time); null where the data has none (the exports). It tells
   * an older state of an order from a newer one (domain/order-freshness.ts).
   */
  sourceUpdatedAt: Date | null;
  /** The row exactly as read (JSON numbers as their source text), for audit. */
  raw: PlatformRow;
}

/**
 * Why a row is refused, in English (`error`) and Chinese (`errorZh`). Plain strings, not a Text: refusals travel
 * from the parse worker by structured cloning, which keeps no class.
 */
export interface Refusal { error: string; errorZh: string }

export const refusal = (reason: Text): Refusal => ({ error: reason.en, errorZh: reason.zh });

/** What a format parser makes of one row: an order, or the reason the row is refused. */
export type ParsedRow = { order: NormalizedOrder } | Refusal;

/** `row` is the 1-based data row (header excluded) or the 1-based order in a JSON file. */
export type RowResult = { row: number; order: NormalizedOrder; tabular?: TabularRaw } | ({ row: number } & Refusal);

/**
 * A CSV/XLSX row as the file holds it: its cells and the file's header row (the same array for
 * every row of the file). `raw` is the header-keyed record built from them (recordBuilder).
 */
export interface TabularRaw { headers: readonly string[]; cells: readonly string[] }

/**
 * The file as a whole cannot be read (unknown format, broken JSON, zip bomb). Rows yielded
 * before it were read correctly, but the caller should treat the import as failed and keep
 * nothing (fixtures: a truncated JSON is "refused; nothing imported").
 */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  readonly text: Text;
  constructor(
    en: string,
    zh: string,
    readonly rowsRead = 0,
  ) {
    super(en);
    this.text = new Text(en, zh);
  }
}

/** A file refused because it passes one of the readers' limits (a bomb, or just too big): the message names the limit. */
export class ImportLimitError extends ImportFileError {
  override name = 'ImportLimitError';
}
