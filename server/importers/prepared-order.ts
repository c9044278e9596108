import crypto from 'node:crypto';
import type { NormalizedOrder, TabularRaw } from './types';
import { extend } from '../shared/extend';

/**
 * A normalized order ready to be stored: its raw row serialised once, for the row and the digest.
 * Pure and free of the database, so that the import's parse worker can prepare rows while the main
 * thread writes the previous ones.
 */
export type PreparedOrder = Omit<NormalizedOrder, 'raw'> & {
  /** JSON text of the raw row: the platform's object, or a CSV/XLSX row's array of cells. */
  rawJson: string;
  /** The header row that names the cells when rawJson is an array; null for a JSON object. */
  rawHeaders: readonly string[] | null;
  digest: string;
};

/**
 * Bump when an importer changes what it makes of the same raw row, or how the raw row is stored,
 * so that re-importing a file updates the orders it stored before. 3: CSV/XLSX rows are stored
 * as their cells and their file's header row. 4: Taobao rows offer their relation id (渠道关系ID)
 * before the adzone as account identifiers, and every order keeps the platform's update time.
 */
const NORMALIZATION_VERSION = 4;

const sha1 = (text: string) => crypto.hash('sha1', text, 'base64');

/** Each header row is hashed once per file, not once per row. */
const headerDigests = new WeakMap<readonly string[], string>();

function headersDigest(headers: readonly string[]): string {
  let digest = headerDigests.get(headers);
  if (digest === undefined) {
    digest = sha1(JSON.stringify(headers));
    headerDigests.set(headers, digest);
  }
  return digest;
}

/**
 * The platform's facts about the row: the raw row, from which every normalized field is derived
 * (for a CSV/XLSX row, its cells and the headers naming them). An export that repeats them
 * exactly changes nothing.
 */
function digestOf(rawJson: string, headers: readonly string[] | null): string {
  return sha1(`${NORMALIZATION_VERSION}\n${headers ? headersDigest(headers) : ''}\n${rawJson}`);
}

/**
 * A CSV/XLSX row keeps its cells, a fraction of the header-keyed object's size (a Douyin export's
 * 47 Chinese headers made up most of each row's JSON), and the import writes and copies less.
 */
export function prepareOrder(order: NormalizedOrder, tabular?: TabularRaw): PreparedOrder {
  const rawJson = JSON.stringify(tabular ? tabular.cells : order.raw);
  const rawHeaders = tabular ? tabular.headers : null;
  // The raw row travels as its JSON only (built without a spread literal: server/shared/extend.ts).
  return extend(order, { raw: undefined, rawJson, rawHeaders, digest: digestOf(rawJson, rawHeaders) });
}
