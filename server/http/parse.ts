import { z } from 'zod';
import { schemaMessageIn, text, type Locale } from '../domain/text';
import { AppError } from '../errors';
import { plainIssueMessage } from './plain-issues';

const refusals = {
  params: text('Invalid path parameters', '路径参数无效'),
  query: text('Invalid query', '查询参数无效'),
  body: text('Invalid body', '请求内容无效'),
};

// zod's own Chinese messages for the issues no schema words itself (wrong type, too short, not one of ...).
const zodChinese = z.locales.zhCN().localeError;

/** Validates input with a zod schema; a failure is a 400 naming every bad field, in the request's language. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, where: keyof typeof refusals, locale: Locale): z.output<S> {
  const result = safeParseIn(schema, input, locale);
  if (result.success) return result.data;
  throw new AppError('invalid_request', refusals[where], issueDetails(result.error, locale));
}

/** Each issue of a failed parse as an error detail: its path, and its message in the locale. */
export function issueDetails(error: z.ZodError, locale: Locale): { path: (string | number)[]; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: schemaMessageIn(issue, locale),
  }));
}

const plainEnglish = (issue: z.core.$ZodRawIssue) => plainIssueMessage(issue, 'en');
const plainChinese = (issue: z.core.$ZodRawIssue) => plainIssueMessage(issue, 'zh-CN') ?? zodChinese(issue);

/**
 * `schema.safeParse` with messages in plain words of the locale (plain-issues.ts), else zod's own; a schema's
 * own messages are read by `issueDetails`.
 */
export function safeParseIn<S extends z.ZodType>(schema: S, input: unknown, locale: Locale) {
  return schema.safeParse(input, { error: locale === 'zh-CN' ? plainChinese : plainEnglish });
}
