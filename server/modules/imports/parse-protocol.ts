import type { Refusal } from '../../importers';
import type { WorkerFailure } from '../../importers/worker-thread';
import type { FormatId } from '../../shared/api/imports';
import type { PreparedOrder } from '../../importers/prepared-order';

/** What the parse worker is given: the upload on disk and its named format, or none to detect it there. */
export interface ParseJob {
  path: string;
  format?: FormatId;
  fileName: string;
  batchSize: number;
  /** The old generation of a worker reading a workbook (a CSV's or JSON's is smaller). */
  xlsxHeapMb?: number;
}

export type PreparedRow = { row: number; order: PreparedOrder } | ({ row: number } & Refusal);

/**
 * A prepared order's fields in the order they travel. Structured cloning writes, and the receiver
 * reads back, every key of every object. Measured on 20,000 Douyin rows with v8.serialize, objects
 * cost ~11 µs a row to send and ~5 µs to receive, arrays ~5 and ~2; in the worker of a 200,000-row
 * import, postMessage took 0.84-0.99 s as objects and 0.53 s as arrays.
 */
const FIELDS = [
  'platform', 'rowKey', 'accountIdentifier', 'accountIdentifiers', 'liveRoomId', 'product', 'quantity', 'gmvFen',
  'commissionBaseFen', 'commissionRateBp', 'commissionRateRaw', 'estimatedCommissionFen', 'settledCommissionFen', 'status',
  'paidAt', 'settledAt', 'refundedAt', 'sourceUpdatedAt', 'rawJson', 'rawHeaders', 'digest',
] as const satisfies readonly (keyof PreparedOrder)[];

// Every field of PreparedOrder is on the list: a field added there and not here fails to compile.
type Unsent = Exclude<keyof PreparedOrder, (typeof FIELDS)[number]>;
const everyFieldSent: [Unsent] extends [never] ? true : Unsent = true;
void everyFieldSent;

/** An order row as [row number, ...fields]; a refused row stays an object (they are few). */
export type WireRow = unknown[] | ({ row: number } & Refusal);

export function toWire(row: PreparedRow): WireRow {
  if ('error' in row) return row;
  const wire: unknown[] = [row.row];
  for (const field of FIELDS) wire.push(row.order[field]);
  return wire;
}

export function fromWire(wire: WireRow): PreparedRow {
  if (!Array.isArray(wire)) return wire;
  const order: Record<string, unknown> = {};
  FIELDS.forEach((field, i) => { order[field] = wire[i + 1]; });
  return { row: wire[0] as number, order: order as PreparedOrder };
}

/** Worker -> main. Main -> worker is one empty message per batch consumed (flow control). */
export type WorkerMessage =
  | { kind: 'format'; format: FormatId }
  | { kind: 'batch'; rows: WireRow[]; bytesRead: number }
  | { kind: 'done'; bytesRead: number }
  | ({ kind: 'failed' } & WorkerFailure);
