import crypto from 'node:crypto';
import type { NormalizedOrder } from '../../importers';
import { extend } from '../../shared/extend';

/**
 * A normalized order ready to be stored: its raw row serialised once, for the row and the digest.
 * Pure and free of the database, so that the import's parse worker can prepare rows while the main
 * thread writes the previous ones.
 */
export type PreparedOrder = Omit<NormalizedOrder, 'raw'> & { rawJson: string; digest: string };

/**
 * Bump when an importer changes what it makes of the same raw row, so that re-importing a file
 * updates the orders it stored before.
 */
const NORMALIZATION_VERSION = 2;

/**
 * The platform's facts about the row: the raw row, from which every normalized field is derived.
 * An export that repeats them exactly changes nothing.
 */
function digestOf(rawJson: string): string {
  // crypto.hash, one call without a Hash object: the same bytes, so the same digest as before.
  return crypto.hash('sha1', `${NORMALIZATION_VERSION}\n${rawJson}`, 'base64');
}

export function prepareOrder(order: NormalizedOrder): PreparedOrder {
  const rawJson = JSON.stringify(order.raw);
  // The raw row travels as its JSON only (built without a spread literal: server/shared/extend.ts).
  return extend(order, { raw: undefined, rawJson, digest: digestOf(rawJson) });
}
