// Streaming reader for saved API payloads: a response, an array of responses, or an array of
// orders. stream-json hands numbers over as their source text, so a bare 19-digit JSON id
// (beyond 2^53, which JSON.parse silently rounds) keeps every digit, and a yuan amount such
// as 44.55 is never a float. Only a small batch of orders (or saved pages) is in memory.
import { Readable } from 'node:stream';
import StreamJsonParser from 'stream-json/Parser.js';
import { capped } from '../domain/echo.ts';
import type { SourceRow } from './tabular.ts';
import { ImportFileError, ImportLimitError, type PlatformRow, type RawValue } from './types.ts';

/** No platform nests an order more than a dozen levels deep; a deeper file is refused, not walked. */
export const MAX_JSON_DEPTH = 64;
/** As a table cell's limit (MAX_CELL_CHARS): no platform's field comes near it. */
export const MAX_JSON_STRING = 1_000_000;

/** Where a format's orders sit in one response, and the field that marks a bare order. */
export interface JsonRowSpec {
  /** Keys from a response down to its orders: ['data', 'orders']. */
  path: readonly string[];
  /** Whether `path` holds a list of orders (most APIs) or one order (WeChat's order get). */
  list: boolean;
  /** A field every order has: an array element that has it is an order, not a response. */
  rowKey: string;
  /**
   * Keys from the file's root down to a string that holds a whole response as JSON text (JD's real envelope:
   * `{"jd_union_open_order_row_query_responce": {"queryResult": "{\"data\": [...]}"}}`); that text is read
   * with `path` as if it were the file.
   */
  envelopes?: readonly (readonly string[])[];
}


interface Token {
  name: string;
  value?: string;
}
type Container = RawValue[] | { [key: string]: RawValue };
interface Frame {
  segment: string | number;
  /** Only values inside a capture are built; the rest of the file is walked, not kept. */
  container: Container | null;
  isArray: boolean;
  key: string;
  next: number;
}

const isObject = (v: RawValue | undefined): v is PlatformRow => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The orders of one root-array element: a saved response, or already an order; null when it
 * is neither (an error response saved by mistake), which is reported rather than skipped.
 * A response that stops short of the orders inside objects (the last page of a paged API,
 * `{data: {has_next: false}}` or `{data: {pcursor: "nomore"}}`) is a page without orders.
 */
export function rowsOfElement(element: RawValue, spec: JsonRowSpec): PlatformRow[] | null {
  if (!isObject(element)) return null;
  let value: RawValue | undefined = element;
  let depth = 0;
  for (const key of spec.path) {
    if (!isObject(value) || !Object.hasOwn(value, key)) break;
    value = value[key];
    depth += 1;
  }
  if (depth === 0) return spec.rowKey in element ? [element] : null;
  if (depth < spec.path.length) return isObject(value) ? [] : null;
  // A list API answers one order as an object, not a one-element array (Taobao's publisher_order_dto).
  if (!spec.list || isObject(value)) return isObject(value) ? [value] : [];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The JSON text of a response wrapped in one of the spec's envelopes, if `element` is such a wrapper. */
export function envelopeText(element: RawValue, spec: JsonRowSpec): string | null {
  for (const path of spec.envelopes ?? []) {
    let value: RawValue | undefined = element;
    for (const key of path) value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    if (typeof value === 'string') return value;
  }
  return null;
}

/** Rebuilds values from parser tokens, but only those at a capture path; the rest is skipped. */
class Assembler {
  private readonly frames: Frame[] = [];
  private captureDepth = 0;
  readonly done: { path: (string | number)[]; value: RawValue }[] = [];

  constructor(private readonly capture: (path: (string | number)[], kind: 'array' | 'object' | 'string') => boolean) {}

  push(token: Token): void {
    const top = this.frames.at(-1);
    switch (token.name) {
      case 'startObject': return this.open({}, false);
      case 'startArray': return this.open([], true);
      case 'endObject':
      case 'endArray': return this.close();
      case 'keyValue': if (top) top.key = token.value ?? ''; return;
      case 'stringValue': {
        const value = token.value ?? '';
        // An envelope (a response saved as a JSON string) is parsed in turn; any other string is a field.
        if (this.captureString(value)) return;
        if (value.length > MAX_JSON_STRING) {
          throw new ImportLimitError(`refused: a JSON string longer than ${MAX_JSON_STRING} characters`, `已拒绝：JSON 中有字符串超过 ${MAX_JSON_STRING} 个字符`);
        }
        return this.add(value);
      }
      case 'numberValue': return this.add(token.value ?? '');
      case 'nullValue': return this.add(null);
      case 'trueValue': return this.add(true);
      case 'falseValue': return this.add(false);
    }
  }

  private segments(): (string | number)[] {
    return this.frames.slice(1).map((f) => f.segment);
  }

  private childSegment(): string | number {
    const top = this.frames.at(-1);
    return !top ? '' : top.isArray ? top.next : top.key;
  }

  /** A string outside any capture that sits at a capture path (an envelope's JSON text) is done on its own. */
  private captureString(value: string): boolean {
    if (this.captureDepth > 0 || this.frames.length === 0) return false;
    const path = [...this.segments(), this.childSegment()];
    if (!this.capture(path, 'string')) return false;
    this.add(value);
    this.done.push({ path, value });
    return true;
  }

  /** Adds a value to the container being built and moves an array's index on. */
  private add(value: RawValue): void {
    const top = this.frames.at(-1);
    if (!top) return;
    const container = this.captureDepth > 0 ? top.container : null;
    if (Array.isArray(container)) container.push(value);
    else if (container) container[top.key] = value;
    if (top.isArray) top.next += 1;
  }

  private open(container: Container, isArray: boolean): void {
    if (this.frames.length >= MAX_JSON_DEPTH) {
      throw new ImportLimitError(`refused: the JSON nests more than ${MAX_JSON_DEPTH} levels deep`, `已拒绝：JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`);
    }
    const segment = this.childSegment();
    const starts = this.captureDepth === 0 && this.frames.length > 0 && this.capture([...this.segments(), segment], isArray ? 'array' : 'object');
    const building = this.captureDepth > 0 || starts;
    this.add(container);
    this.frames.push({ segment, container: building ? container : null, isArray, key: '', next: 0 });
    if (starts) this.captureDepth = this.frames.length;
  }

  private close(): void {
    const frame = this.frames.pop();
    if (!frame || this.captureDepth === 0 || this.frames.length + 1 !== this.captureDepth) return;
    this.captureDepth = 0;
    this.done.push({ path: [...this.segments(), frame.segment], value: frame.container });
  }
}

const startsWith = (path: readonly (string | number)[], keys: readonly string[]): boolean => keys.every((key, i) => path[i] === key);

/** Is `path` (from the root) where an order, a saved page or an envelope's JSON text starts? */
function capturePath(spec: JsonRowSpec): (path: (string | number)[], kind: 'array' | 'object' | 'string') => boolean {
  return (path, kind) => {
    if (kind === 'string') return (spec.envelopes ?? []).some((keys) => path.length === keys.length && startsWith(path, keys));
    // A root array holds pages or orders: take each element whole (one page is small).
    if (path.length === 1 && typeof path[0] === 'number') return true;
    if (!startsWith(path, spec.path)) return false;
    // A list API's single order comes as an object where the array would be.
    if (path.length === spec.path.length) return !spec.list || kind === 'object';
    return spec.list && path.length === spec.path.length + 1 && typeof path.at(-1) === 'number';
  };
}

const BATCH = 256;

const describePath = (path: (string | number)[]): string =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || 'the file';
const SLICE = 64 * 1024;

/** Big chunks cut to 64 KiB: a paused parser buffers a chunk's tokens, and one huge chunk
 * (a whole file handed over as one Buffer) would buffer millions of them. */
async function* slices(input: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let at = 0; at < bytes.length; at += SLICE) yield bytes.subarray(at, at + SLICE);
  }
}

function failure(error: unknown, row: number): ImportFileError {
  const reason = capped(error instanceof Error ? error.message : String(error));
  return new ImportFileError(`unreadable JSON (truncated or malformed) after ${row} orders: ${reason}`, `读到第 ${row} 个订单后无法继续读取 JSON（文件被截断或格式有误）：${reason}`, row);
}

interface Pump {
  readonly state: { ended: boolean; error: unknown };
  /** Lets the parser go on and resolves when it has rows, ends or fails. */
  next(): Promise<void>;
  close(): void;
}

/**
 * Runs the parser into the assembler. Packed values only, consumed as events: a million-row
 * file is tens of millions of tokens, and one await per token is ~60x slower. The parser is
 * paused once a batch of rows is waiting, so a slow consumer holds back the file.
 */
function pump(input: Readable, assembler: Assembler): Pump {
  const parser = new StreamJsonParser({ streamValues: false });
  const state = { ended: false, error: null as unknown };
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  parser.on('data', (token: Token) => {
    try {
      assembler.push(token);
    } catch (error) {
      state.error = error;
      parser.destroy();
      signal();
      return;
    }
    if (assembler.done.length >= BATCH) parser.pause();
    if (assembler.done.length > 0) signal();
  });
  parser.on('end', () => ((state.ended = true), signal()));
  parser.on('error', (error) => ((state.error = error), signal()));
  parser.on('close', () => ((state.error ??= state.ended ? null : new Error('the input closed early')), signal()));
  const source = Readable.from(slices(input), { objectMode: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  return {
    state,
    next: () => new Promise<void>((resolve) => ((wake = resolve), parser.resume())),
    close: () => (source.unpipe(parser), parser.destroy(), source.destroy(), input.destroy()),
  };
}

/** The orders inside an envelope's JSON text, read like a file of their own (its numbers kept as source text too). */
async function* enveloped(textOf: string, spec: JsonRowSpec, where: (string | number)[], from: number): AsyncGenerator<SourceRow> {
  let row = from;
  try {
    for await (const item of readRows(Readable.from([Buffer.from(textOf)]), { ...spec, envelopes: [] })) yield { ...item, row: ++row };
  } catch (error) {
    const inner = error instanceof ImportFileError ? error.text : { en: String(error), zh: String(error) };
    const at = capped(describePath(where));
    throw new ImportFileError(`${at} holds unreadable JSON text: ${inner.en}`, `${at} 中的 JSON 文本无法读取：${inner.zh}`, row);
  }
}

/** Yields each order with its 1-based position; a broken or truncated file ends in ImportFileError. */
export async function* readJson(input: Readable, spec: JsonRowSpec): AsyncGenerator<SourceRow> {
  let rows = 0;
  for await (const item of readRows(input, spec)) {
    rows += 1;
    yield item;
  }
  const expected = [...spec.path, spec.list ? '[]' : ''].join('.');
  if (rows === 0) throw new ImportFileError(`no orders found: expected them at ${expected}`, `没有找到订单：应位于 ${expected}`);
}

async function* readRows(input: Readable, spec: JsonRowSpec): AsyncGenerator<SourceRow> {
  const assembler = new Assembler(capturePath(spec));
  const parsing = pump(input, assembler);
  let row = 0;
  try {
    for (;;) {
      for (const { path, value } of assembler.done.splice(0)) {
        const wrapped = typeof value === 'string' ? value : typeof path[0] === 'number' ? envelopeText(value, spec) : null;
        if (wrapped !== null) {
          for await (const item of enveloped(wrapped, spec, path, row)) {
            row = item.row;
            yield item;
          }
          continue;
        }
        const rows = typeof path[0] === 'number' ? rowsOfElement(value, spec) : isObject(value) ? [value] : null;
        if (!rows) {
          const where = capped(describePath(path));
          const list = spec.path.join('.');
          yield { row: ++row, error: `${where}: neither an order nor a response with ${list}`, errorZh: `${where}：既不是订单，也不是含 ${list} 的响应` };
        }
        for (const record of rows ?? []) yield { row: ++row, record };
      }
      if (parsing.state.error instanceof ImportLimitError) throw parsing.state.error;
      if (parsing.state.error) throw failure(parsing.state.error, row);
      if (parsing.state.ended) break;
      await parsing.next();
    }
  } finally {
    parsing.close();
  }
}
