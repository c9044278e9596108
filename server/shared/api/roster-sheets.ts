import { z } from 'zod';

/**
 * A host sheet's import: good rows imported (`imported`: hosts created, updated by the ID a row carries, or
 * unchanged since the row says what is stored), each bad row reported with its row number and reason.
 */
export const hostImportResult = z.object({
  rows: z.number().int(), imported: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().optional(), message: z.string() })),
});

/** The multipart upload's fields besides `file`: none. */
export const hostImportFields = z.object({});

export type HostImportResult = z.infer<typeof hostImportResult>;
