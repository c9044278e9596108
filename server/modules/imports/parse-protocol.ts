import type { FormatId } from '../../importers';
import type { PreparedOrder } from '../orders/prepared-order';

/** What the parse worker is given: the upload on disk and its (detected or named) format. */
export interface ParseJob {
  path: string;
  format: FormatId;
  fileName: string;
  batchSize: number;
}

export type PreparedRow = { row: number; order: PreparedOrder } | { row: number; error: string };

/** Worker -> main. Main -> worker is one empty message per batch consumed (flow control). */
export type WorkerMessage =
  | { kind: 'batch'; rows: PreparedRow[]; bytesRead: number }
  | { kind: 'done'; bytesRead: number }
  | { kind: 'failed'; fileError: boolean; message: string };
