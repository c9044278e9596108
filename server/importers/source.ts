// The first bytes of an upload, looked at before choosing a reader: the stream is replayed
// whole afterwards, so detection never needs the whole file in memory.
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';

export const PEEK_BYTES = 64 * 1024;

export interface Peeked {
  head: Buffer;
  /** True when the head is the whole file. */
  complete: boolean;
  /** The whole input again, head included. */
  stream: Readable;
}

export async function peek(input: Readable, bytes = PEEK_BYTES): Promise<Peeked> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let complete = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    length += chunk.length;
  }
  const read = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    if (read.length > 0) yield read;
    if (complete) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  const stream = Readable.from(replay(), { objectMode: false });
  // Ending early (a refused file, a reader that stops at a cap) must release the upload too.
  stream.on('close', () => {
    if (!input.destroyed) input.destroy();
  });
  // One chunk may be the whole file: detection looks at the first `bytes` only.
  return { head: read.subarray(0, bytes), complete: complete && read.length <= bytes, stream };
}

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

/**
 * BOMs first (Excel's "Unicode text" is UTF-16LE with a BOM); else UTF-8 if the bytes are
 * valid UTF-8; else GB18030, the superset of the GBK that Chinese Excel writes by default.
 */
export function sniffEncoding(head: Buffer, complete = true): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  try {
    // stream: true tolerates a character cut in half at the end of an incomplete head.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

export const isZip = (head: Buffer): boolean => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** Decoded text, chunk by chunk; a character split across chunks is joined, a BOM dropped. */
export async function* decodeChunks(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * The stream as BOM-less UTF-8, which is all the JSON parser reads: a payload saved by a
 * Windows editor may carry a BOM or be UTF-16. Plain UTF-8 passes through untouched.
 */
export function asPlainUtf8(peeked: Peeked): Readable {
  const encoding = sniffEncoding(peeked.head, peeked.complete);
  const hasBom = encoding !== 'utf8' || peeked.head.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
  if (!hasBom) return peeked.stream;
  async function* utf8(): AsyncGenerator<Buffer> {
    for await (const text of decodeChunks(peeked.stream, encoding)) yield Buffer.from(text, 'utf8');
  }
  return Readable.from(utf8(), { objectMode: false });
}

/** The opening text of the file, for detection (a cut character at the end is harmless). */
export function headText(peeked: Pick<Peeked, 'head' | 'complete'>): string {
  return iconv.decode(peeked.head, sniffEncoding(peeked.head, peeked.complete));
}
