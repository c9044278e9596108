import { z } from 'zod';
import { isValidDate } from '../domain/dates';
import { parseInstant } from '../domain/zones';
import { locales, schemaText } from '../domain/text';

// Schemas shared by the API and the client: one definition of an instant, a date, a page.

/**
 * An ISO-8601 instant that carries an offset or Z; an instant without one is ambiguous and refused,
 * as is one outside the supported years (2000-01-01 to 2100-12-31, UTC).
 */
export const instant = z
  .string()
  .refine((s) => parseInstant(s) !== null, {
    message: schemaText('Expected an ISO-8601 instant with an offset or Z from 2000-01-01 to 2100-12-31, e.g. 2026-11-11T20:00:00+08:00',
      '应为带时区偏移或 Z 的 ISO-8601 时间，范围 2000-01-01 至 2100-12-31，例如 2026-11-11T20:00:00+08:00'),
  })
  .transform((s) => parseInstant(s) as Date)
  .meta({ type: 'string', format: 'date-time' });

/** A valid calendar date 'YYYY-MM-DD' whose year lies in [fromYear, toYear]. */
const dateInYears = (fromYear: number, toYear: number) => z.string().refine(
  (s) => isValidDate(s) && Number(s.slice(0, 4)) >= fromYear && Number(s.slice(0, 4)) <= toYear,
  { message: schemaText(`Expected a date YYYY-MM-DD from ${fromYear}-01-01 to ${toYear}-12-31`, `应为日期，格式 YYYY-MM-DD，范围 ${fromYear}-01-01 至 ${toYear}-12-31`) },
);

/** A calendar date in the agency time zone, within the years the product supports (as a period is). */
export const isoDate = dateInYears(2000, 2100);

/** A person's birth date: may lie in the last century, but not in year 0001 or 9999. */
export const birthDate = dateInYears(1900, 2100);

export const period = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, schemaText('Expected a period YYYY-MM', '应为结算周期，格式 YYYY-MM'));

// An export's language is named in the link (a download does not send the app's Accept-Language); without it,
// Accept-Language decides.
export const exportLanguage = { lang: z.enum(locales).optional() };

export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const fen = z.number().int().refine(Number.isSafeInteger, schemaText('Expected a whole number of fen', '应为整数金额（单位：分）'));
export const bp = z.number().int().min(0).max(10000);

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
