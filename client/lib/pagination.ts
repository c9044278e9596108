import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 20;
/** The API's ceiling for one page. */
export const MAX_PAGE_SIZE = 200;

/** Every list answers `{items, total, page, pageSize}`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Ids are whatever the server sends; the client only passes them back. */
export const idSchema = z.union([z.string(), z.number()]);
export type Id = z.infer<typeof idSchema>;
