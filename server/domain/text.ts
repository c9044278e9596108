// A sentence the API may show a person, in each language the product speaks (English and Simplified Chinese).
// It serializes as its English, so a log line, a stored row or an API client that asks for no language reads
// English; the error handler picks the language the request asked for.

export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];

export class Text {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {}

  in(locale: Locale): string {
    return locale === 'zh-CN' ? this.zh : this.en;
  }

  toString(): string {
    return this.en;
  }

  toJSON(): string {
    return this.en;
  }
}

/** A message in English and Chinese, written side by side where the rule that says it lives. */
export const text = (en: string, zh: string): Text => new Text(en, zh);

/** Several messages as one: '; ' between the English, '；' between the Chinese sentences (their 。 dropped). */
export function joinTexts(messages: readonly Text[]): Text {
  return new Text(messages.map((m) => m.en).join('; '), messages.map((m) => m.zh.replace(/。$/, '')).join('；'));
}

/** A message that is either plain English (not yet translated) or a Text, as the given locale reads it. */
export function inLocale(message: string | Text, locale: Locale): string {
  return message instanceof Text ? message.in(locale) : message;
}

/**
 * Every Text inside a value (objects and arrays, to any depth) read in the locale; everything else as it is.
 * Only plain objects and arrays are walked: a Date or other class instance is kept whole.
 */
export function localize(value: unknown, locale: Locale): unknown {
  if (value instanceof Text) return value.in(locale);
  if (Array.isArray(value)) return value.map((item) => localize(item, locale));
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localize(item, locale)]));
  }
  return value;
}

/**
 * The locale an Accept-Language header prefers among the ones spoken here: the highest-weighted tag that is
 * Chinese (zh, zh-CN, zh-Hans, ...) or English (en, en-GB, ...), ties to the earlier one; English when none is.
 * Traditional-script and Taiwan/Hong Kong tags are read as Chinese too: Simplified is closer than English.
 */
export function preferredLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'en';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of acceptLanguage.split(',')) {
    const [rawTag = '', ...params] = part.trim().split(';');
    const tag = rawTag.trim().toLowerCase();
    const locale: Locale | null = tag === 'zh' || tag.startsWith('zh-') ? 'zh-CN' : tag === 'en' || tag.startsWith('en-') ? 'en' : null;
    if (!locale) continue;
    const q = weight(params);
    if (q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'en';
}

function weight(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=').map((s) => s.trim());
    if (name?.toLowerCase() !== 'q' || value === undefined) continue;
    const q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : NaN;
    return Number.isNaN(q) ? 0 : q;
  }
  return 1;
}

// A zod schema's own messages are strings. A fixed one is named with `schemaText`, which gives zod the English and
// keeps the Chinese here; an issue a refinement raises carries its Chinese in its params (`issueText`), because a
// message built from the input must not be kept.
const chineseOfSchemaMessage = new Map<string, string>();

/** A schema's own fixed message (never one built from input): zod gets the English; `schemaMessageIn` reads it. */
export function schemaText(en: string, zh: string): string {
  chineseOfSchemaMessage.set(en, zh);
  return en;
}

/** The message and params of an issue a refinement adds (`ctx.addIssue({ code: 'custom', ...issueText(t) })`). */
export function issueText(message: Text): { message: string; params: { zh: string } } {
  return { message: message.en, params: { zh: message.zh } };
}

/** An issue's message in the locale: its own Chinese (`issueText`, `schemaText`) when asked for Chinese, else as zod wrote it. */
export function schemaMessageIn(issue: { message: string; params?: Record<string, unknown> }, locale: Locale): string {
  if (locale !== 'zh-CN') return issue.message;
  const own = issue.params?.zh;
  return typeof own === 'string' ? own : (chineseOfSchemaMessage.get(issue.message) ?? issue.message);
}
