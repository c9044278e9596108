import type { z } from 'zod';
import { AppError } from './errors';

/** Validates input with a zod schema; a failure is a 400 naming every bad field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError(
    'invalid_request',
    `Invalid ${where}`,
    result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message })),
  );
}
