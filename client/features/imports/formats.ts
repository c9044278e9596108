import { FORMAT_IDS, type FormatId } from '../../../server/shared/api/imports';

export function isFormatId(value: string | null): value is FormatId {
  return (FORMAT_IDS as readonly (string | null)[]).includes(value);
}
