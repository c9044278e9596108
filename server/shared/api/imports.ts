import { z } from 'zod';
import { pageOf, pageQuery } from '../schemas';

// The platform files an import reads (server/importers/formats.ts describes each); the upload may name one,
// else the file's content decides.
export const FORMAT_IDS = [
  'douyin-api',
  'douyin-export',
  'kuaishou-api',
  'taobao-api',
  'taobao-export',
  'jd-api',
  'wechat-api',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export const importStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** The list of imports, optionally of one status (the dashboard links to the failed ones). */
export const importQuery = pageQuery.extend({ status: z.enum(importStatuses).optional() });

/** The multipart upload's fields besides `file`. */
export const importUploadFields = z.object({ format: z.enum(FORMAT_IDS).optional() });

/** An upload accepted: the import runs in the background; its progress is read by id. */
export const importStarted = z.object({ id: z.number() });

/** An import as the API shows it, its messages in the request's language. */
export const importView = z.object({
  id: z.number(),
  format: z.string().nullable().describe('the format named or detected; null while undetected'),
  fileName: z.string(),
  fileSize: z.number(),
  status: z.enum(importStatuses),
  progress: z.number().min(0).max(1),
  rowsRead: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  errors: z.array(z.object({ row: z.number(), message: z.string() })).describe('the first rejected rows only; `rejected` counts them all'),
  message: z.string().nullable(),
  attribution: z.object({ toSession: z.number(), toHostOnly: z.number(), leftUnmatched: z.number() }).nullable()
    .describe('where the orders it wrote (new or updated) were attributed when it finished: to a session, to a host without a session, unmatched; null while it runs'),
  createdBy: z.number().nullable().describe('who uploaded it (a name from GET /staff)'),
  createdAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const importPage = pageOf(importView);

export type Import = z.infer<typeof importView>;
