import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 20;
/** The API's ceiling for one page. */
export const MAX_PAGE_SIZE = 200;

// Every list answers `{items, total, page, pageSize}`: pageOf in server/shared/schemas.ts.

/** Ids are whatever the server sends; the client only passes them back. */
export const idSchema = z.union([z.string(), z.number()]);
export type Id = z.infer<typeof idSchema>;
