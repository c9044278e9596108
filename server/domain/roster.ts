// The fixed vocabularies of the roster (SPEC section 4), shared by the API, the database and the client.

export const categories = [
  'beauty', 'food', 'fashion', 'home', 'digital', 'maternity', 'sports', 'jewelry', 'books',
  'medical', 'finance', 'law', 'education', 'other',
] as const;
export type Category = (typeof categories)[number];

/** Categories whose selling needs a qualified host (China's livestream-marketing rules). */
export const regulatedCategories = ['medical', 'finance', 'law', 'education'] as const satisfies readonly Category[];

export const platforms = ['douyin', 'kuaishou', 'taobao', 'jd', 'wechat', 'xiaohongshu', 'other'] as const;
export type Platform = (typeof platforms)[number];

/** A platform as staff type it in a sheet: the code, or the name they see in the app (抖音, 京东, ...). */
export const platformLabels: Readonly<Record<string, Platform>> = {
  抖音: 'douyin', 快手: 'kuaishou', 淘宝: 'taobao', 京东: 'jd', 视频号: 'wechat', 微信: 'wechat', 小红书: 'xiaohongshu', 其他: 'other',
};

/** The sensitive fields of a host: stored as given, shown masked, revealed one at a time. */
export const sensitiveFields = ['idNumber', 'phone', 'bankAccount', 'bankName', 'birthDate'] as const;
export type SensitiveField = (typeof sensitiveFields)[number];

/**
 * Masks a sensitive value: the first 3 and last 4 characters stay ('110***********1234'), the rest
 * become '*'. A value too short to keep 7 characters is masked whole, so nothing of it leaks.
 */
export function maskSensitive(value: string | null): string | null {
  if (value === null) return null;
  // Only the last four characters (SPEC section 4): an ID number's first digits name the district and,
  // with a birth date, narrowed it to about two candidates.
  const chars = [...value];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 4) + chars.slice(-4).join('');
}

/** Whether a cell holds a value as maskSensitive wrote it (stars, then at most the last 4 characters): it says nothing of the value. */
export function isMasked(value: string): boolean {
  return /^\*+[^*]{0,4}$/.test(value);
}

/**
 * Whether a host may carry the tier: none, one of the agency's tiers (settings.hostTiers), or the tier the host
 * already has (a tier given before the list, or since removed from it, stays until it is changed).
 */
export function tierAllowed(tier: string | null | undefined, agencyTiers: readonly string[], current: string | null = null): boolean {
  return tier === null || tier === undefined || tier === '' || tier === current || agencyTiers.includes(tier);
}

const sameValue = (a: unknown, b: unknown): boolean => (Array.isArray(a) && Array.isArray(b)
  ? a.length === b.length && JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())
  : a === b);

/**
 * The entries of a patch that would change what is stored: a value not given (undefined) or equal to the
 * current one is left out, lists compare as sets. A sheet row read back as it was exported changes nothing.
 */
export function changedFields<P extends Record<string, unknown>>(current: Readonly<Record<string, unknown>>, patch: P): Partial<P> {
  return Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && !sameValue(current[key], value))) as Partial<P>;
}
