import { z } from 'zod';

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

/** The multipart upload's fields besides `file`. */
export const importUploadFields = z.object({ format: z.enum(FORMAT_IDS).optional() });
