// Reading one field of a platform row into fen, bp, instants and text. Every failure is a
// RowError naming the field, so one bad cell rejects its row and never the file.
import { UnitParseError, percentTextToBp, ratioToBp, yuanToFen } from '../domain/money.ts';
import { capped, quoted } from '../domain/echo.ts';
import { parseWallTime, zonedWallTimeToInstant, type WallTime } from '../domain/zones.ts';
import { Text } from '../domain/text.ts';
import { refusal, type OrderStatus, type ParsedRow, type PlatformRow, type RawValue } from './types.ts';

/** Platform wall times carry no offset: they are Beijing time (platform-formats.md). */
export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';

/** A row refused, with the reason in English and Chinese. */
export class RowError extends Error {
  override name = 'RowError';
  readonly text: Text;
  constructor(en: string, zh: string) {
    super(en);
    this.text = new Text(en, zh);
  }
}

/** Runs a row parser, turning a RowError or UnitParseError into the row's refusal. */
export function guardRow(parse: () => ParsedRow): ParsedRow {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RowError || error instanceof UnitParseError) return refusal(error.text);
    throw error;
  }
}

/** A value at a dotted path ("order_detail.product_info.title") or undefined. */
export function at(row: PlatformRow, path: string): RawValue | undefined {
  // Most paths are one plain key (every CSV/XLSX header): no need to split them, a million times.
  if (!path.includes('.')) return Object.hasOwn(row, path) ? row[path] : undefined;
  let value: RawValue | undefined = row;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * The field as trimmed text; '' when absent, null or '-'. Exports pad ids with a tab so that
 * Excel keeps them as text, and write '-' for "no value".
 */
export function text(row: PlatformRow, path: string): string {
  const value = at(row, path);
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') throw new RowError(`${path}: expected a value, found a nested object`, `${path}：应为单个值，却是嵌套对象`);
  // trim() strips exactly what \s matches (WhiteSpace and LineTerminator), tabs included.
  const trimmed = String(value).trim();
  return trimmed === '-' ? '' : trimmed;
}

export function requiredText(row: PlatformRow, path: string): string {
  const value = text(row, path);
  if (value === '') throw new RowError(`${path}: missing`, `${path}：缺失`);
  return value;
}

/**
 * A row key. An id shown by Excel in scientific notation ("6.95355E+18") has lost its last
 * digits, which is why platforms pad ids with a tab: such a key is refused, not guessed.
 */
export function rowKey(row: PlatformRow, path: string): string {
  const value = requiredText(row, path);
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(value)) {
    throw new RowError(`${path}: ${quoted(value)} is in scientific notation: the id lost digits (Excel?); export it again as text`,
      `${path}：${quoted(value)} 是科学计数法，编号已丢失末位数字（被 Excel 转换？）；请以文本格式重新导出`);
  }
  return value;
}

function wrap<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnitParseError) throw new RowError(`${path}: ${error.text.en}`, `${path}：${error.text.zh}`);
    if (error instanceof RangeError) throw new RowError(`${path}: ${capped(error.message)}`, `${path}：数值超出范围（${capped(error.message)}）`);
    throw error;
  }
}

const INTEGER = /^[+-]?\d+$/;

/** A whole number (fen in the Douyin/Kuaishou/WeChat APIs, counts); '' reads as `empty`. */
export function integer(row: PlatformRow, path: string, empty = 0): number {
  // A whole number may come as 12990.0 from a serializer that writes floats.
  const value = decimalText(text(row, path)).replace(/^([+-]?\d+)\.0+$/, '$1');
  if (value === '') return empty;
  if (!INTEGER.test(value)) throw new RowError(`${path}: ${quoted(value)} is not a whole number`, `${path}：${quoted(value)} 不是整数`);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RowError(`${path}: ${quoted(value)} is too large`, `${path}：${quoted(value)} 数值过大`);
  return n;
}

/** Yuan text or a JSON number's source text to fen, exactly; more than two decimals refused. */
export function yuan(row: PlatformRow, path: string): number {
  const value = decimalText(text(row, path));
  return value === '' ? 0 : wrap(path, () => yuanToFen(value));
}

export interface Rate {
  bp: number;
  raw: string;
}

/** A percent ("32.00%", "20.00 %", "0.45", JSON 10.0) to bp, keeping the raw text. */
export function percentRate(row: PlatformRow, path: string): Rate {
  const raw = text(row, path);
  return { raw, bp: raw === '' ? 0 : wrap(path, () => percentTextToBp(decimalText(raw))) };
}

/** An integer rate over `denominator` (Douyin x10000, Kuaishou per mille, WeChat x1e6). */
export function ratioRate(row: PlatformRow, path: string, denominator: number): Rate {
  const raw = text(row, path);
  return { raw, bp: raw === '' ? 0 : wrap(path, () => ratioToBp(BigInt(integer(row, path)), denominator)) };
}

/** 'YYYY-MM-DD HH:mm:ss' Beijing wall time to an instant; '' is no time. */
export function wallTime(row: PlatformRow, path: string): Date | null {
  const value = text(row, path);
  if (value === '') return null;
  const wall = parseWallTime(value);
  if (!wall) throw new RowError(`${path}: ${quoted(value)} is not a valid date and time (YYYY-MM-DD HH:mm:ss)`, `${path}：${quoted(value)} 不是有效的日期时间（YYYY-MM-DD HH:mm:ss）`);
  return new Date(hourStart(wall) + (wall.mi * 60 + wall.s) * 1000);
}

// Zone lookups go through Intl and cost microseconds; an export of a million rows has only a
// few thousand distinct hours. Offsets change on whole hours, so the hour's start is cached.
const hourStarts = new Map<string, number>();

function hourStart(wall: WallTime): number {
  const key = `${wall.y}-${wall.m}-${wall.d} ${wall.h}`;
  let start = hourStarts.get(key);
  if (start === undefined) {
    if (hourStarts.size >= 100_000) hourStarts.clear();
    start = zonedWallTimeToInstant({ ...wall, mi: 0, s: 0 }, PLATFORM_TIME_ZONE).getTime();
    hourStarts.set(key, start);
  }
  return start;
}

/** Epoch milliseconds (Kuaishou) or seconds (WeChat); 0 means "has not happened". */
export function epoch(row: PlatformRow, path: string, unit: 'ms' | 's'): Date | null {
  const n = integer(row, path);
  if (n === 0) return null;
  const ms = unit === 's' ? n * 1000 : n;
  if (ms < 0 || ms > 8.64e15) throw new RowError(`${path}: ${n} is not a valid epoch time`, `${path}：${n} 不是有效的时间戳`);
  return new Date(ms);
}

/**
 * A JSON number's source text in plain decimal notation: "1.5e2" -> "150", exactly (string
 * arithmetic, never a float). Anything else is returned unchanged for the caller to judge.
 */
export function decimalText(value: string): string {
  if (!value.includes('e') && !value.includes('E')) return value;
  const match = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(value);
  if (!match) return value;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = match;
  const shift = Number(exp);
  if (Math.abs(shift) > 30) return value;
  const digits = whole + fraction;
  const point = whole.length + shift;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const intPart = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const fracPart = padded.slice(at).replace(/0+$/, '');
  return `${sign}${intPart}${fracPart ? `.${fracPart}` : ''}`;
}

/** Looks a status up in a platform's table; an unknown status is a row error, never a guess. */
export function lookupStatus<T>(table: Readonly<Record<string, T>>, value: string, path: string): T {
  const status = Object.hasOwn(table, value) ? table[value] : undefined;
  if (status === undefined) {
    const known = Object.keys(table).join(', ');
    throw new RowError(`${path}: unknown status ${quoted(value)} (known: ${known})`, `${path}：未知状态 ${quoted(value)}（已知：${known}）`);
  }
  return status;
}

/**
 * A row is settled only once it carries its settlement instant: that is the platforms' own signal
 * (platform-formats.md 1.4: flow_point=SETTLE and a settle_time; 4.4: status 60 and
 * settlementSuccessTime > 0). A row marked settled without one is confirmed but not settled yet:
 * 'received', so its GMV and estimate import, and the ledger, which books settled commission at
 * its settlement instant, books nothing until a later export brings the instant.
 */
export function settledOnlyWithInstant(status: OrderStatus, settledAt: Date | null): OrderStatus {
  return status === 'settled' && !settledAt ? 'received' : status;
}
