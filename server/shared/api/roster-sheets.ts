import { z } from 'zod';

/** A host sheet's import: good rows imported, each bad row reported with its row number and reason. */
export const hostImportResult = z.object({
  rows: z.number().int(), imported: z.number().int(), rejected: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().optional(), message: z.string() })),
});

/** The multipart upload's fields besides `file`: none. */
export const hostImportFields = z.object({});

export type HostImportResult = z.infer<typeof hostImportResult>;
