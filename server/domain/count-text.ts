// Counts as people type them (followers, viewers): '125000', '125,000', '12.5万', '1.2亿', '3千', '12.5w', '３千',
// read exactly (no floating point): a count that is not a whole number ('1.23456万') is refused.

const units: Record<string, number> = { 百: 2, 千: 3, k: 3, K: 3, 万: 4, w: 4, W: 4, 亿: 8 };

/** Full-width digits, point and comma (typed with a Chinese input method) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/，/g, ',');
}

/**
 * The count a text stands for: null when empty, undefined when it is not a whole, non-negative count.
 * '12.5万' -> 125000; '1,234' -> 1234; '1.2亿' -> 120000000; '3千' -> 3000.
 */
export function countOfText(text: string): number | null | undefined {
  const plain = halfWidth(text).trim();
  if (plain === '') return null;
  const match = /^(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?\s*([百千kK万wW亿])?$/.exec(plain);
  if (!match) return undefined;
  const [, whole = '', fraction = '', unit] = match;
  const shift = unit ? (units[unit] ?? 0) : 0;
  // The decimal point moves `shift` places right; any digit still after it must be zero.
  const padded = fraction.padEnd(shift, '0');
  if (/[1-9]/.test(padded.slice(shift))) return undefined;
  const digits = `${whole.replace(/[, ]/g, '')}${padded.slice(0, shift)}`;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}
