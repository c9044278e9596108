import { countOfText } from '../../server/domain/count-text';
import { bpToPercentString, fenToYuanString, percentTextToBp, yuanToFen } from '../../server/domain/money';

// Yuan and percent as people type them, to fen and bp as the API takes them, with the very parsers the
// server's importers use: exact, no floating point (SPEC 3).

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** '1,234.5' -> 123450; '' -> null (left empty); anything else is not ok. */
export function parseYuan(text: string): Parsed<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: yuanToFen(text) };
  } catch {
    return { ok: false };
  }
}

/** '32.5' or '32.5%' -> 3250; '' -> null. */
export function parsePercent(text: string): Parsed<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: percentTextToBp(text) };
  } catch {
    return { ok: false };
  }
}

/** Fen as an editable yuan text: 123450 -> '1234.50'. */
export function fenToYuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : fenToYuanString(fen);
}

/** Bp as an editable percent text, without the sign: 3250 -> '32.50'. */
export function bpToPercentText(bp: number | null | undefined): string {
  return bp === null || bp === undefined ? '' : fenToYuanString(bp);
}

/** Bp for reading: 3250 -> '32.50%'. */
export function formatRate(bp: number | null | undefined): string {
  return bp === null || bp === undefined ? '—' : bpToPercentString(bp);
}

/** A count as people type it: '12.5万' -> 125000, '1,234' -> 1234, '３千' -> 3000; '' -> null (server/domain/count-text). */
export function parseCount(text: string): Parsed<number | null> {
  const value = countOfText(text);
  return value === undefined ? { ok: false } : { ok: true, value };
}
