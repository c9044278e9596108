import type { FormatId } from '../../../server/importers/types';

// The importers' format ids (server/importers/types.ts, where the server keeps them); the type-only import
// keeps this copy exact without bundling server code: a missing or unknown id fails the type check.
export const FORMAT_IDS = ['douyin-api', 'douyin-export', 'kuaishou-api', 'taobao-api', 'taobao-export', 'jd-api', 'wechat-api'] as const satisfies readonly FormatId[];
const exhaustive: Exclude<FormatId, (typeof FORMAT_IDS)[number]> extends never ? true : false = true;
void exhaustive;

export type { FormatId };

export function isFormatId(value: string | null): value is FormatId {
  return (FORMAT_IDS as readonly (string | null)[]).includes(value);
}
