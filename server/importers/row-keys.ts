// Within one file a row key may appear once (an export never repeats a key; a repeat is a corrupt or
// concatenated file), so an import remembers every key it has read: a million of them for a big export.

export interface RowKeyRegistry {
  /** Remembers that `key` is on `row`; if it was already seen, returns the row it was first on instead. */
  claim(key: string, row: number): number | undefined;
}

const CHUNK_BYTES = 4 * 1024 * 1024;
/** Locations (chunk × CHUNK_BYTES + offset, plus one) must fit a Uint32: 4 GiB of keys. */
const MAX_CHUNKS = 1023;
/** Before each key's bytes: the row it was first on, then its byte length with WIDE set for UTF-16 (u32 LE each). */
const HEADER = 8;
const WIDE = 0x80000000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A key's FNV-1a hash and how it is stored: one byte per character (latin1) when every code unit is
 * below 256, as order ids are; UTF-16 otherwise. Both are exact for any JS string, lone surrogates included.
 */
function shapeOf(key: string): { hash: number; wide: boolean } {
  let hash = FNV_OFFSET;
  let widest = 0;
  for (let i = 0; i < key.length; i += 1) {
    const unit = key.charCodeAt(i);
    widest |= unit;
    hash = Math.imul(hash ^ unit, FNV_PRIME);
  }
  return { hash: hash >>> 0, wide: widest > 0xff };
}

/**
 * The row keys seen so far, off the JS heap: each key's bytes and first row appended to 4 MiB
 * buffers, found through an open-addressing hash table in one Uint32Array of (hash, location + 1)
 * pairs, at most three quarters full. A million 19-digit keys take ~45 MB and no objects for the
 * garbage collector to mark again and again (as JS strings in a Map they took ~100 MB of heap); a
 * claim costs about a microsecond. Keys are compared byte for byte, so a hash collision is never
 * taken for a repeat.
 */
export function compactRowKeys(): RowKeyRegistry {
  const chunks: Buffer[] = [];
  let tail = 0;
  let slots = new Uint32Array(2 * 1024);
  let count = 0;

  /** The chunk whose free tail can take `bytes`, starting a new one if the last cannot. */
  function chunkWithRoom(bytes: number): number {
    const last = chunks.length - 1;
    if (last >= 0 && tail + bytes <= chunks[last]!.length) return last;
    if (chunks.length === MAX_CHUNKS) throw new RangeError('Too many row keys for one import');
    chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes)));
    tail = 0;
    return chunks.length - 1;
  }

  function grow(): void {
    const old = slots;
    slots = new Uint32Array(old.length * 2);
    const mask = slots.length / 2 - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let s = old[i]! & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = old[i]!;
      slots[2 * s + 1] = old[i + 1]!;
    }
  }

  return {
    claim(key, row) {
      // The key is written after the last one first; it stays there only if it is new.
      const { hash, wide } = shapeOf(key);
      const bytes = wide ? key.length * 2 : key.length;
      const c = chunkWithRoom(HEADER + bytes);
      const chunk = chunks[c]!;
      const start = tail + HEADER;
      const end = start + chunk.write(key, start, wide ? 'utf16le' : 'latin1');
      const lengthField = (bytes | (wide ? WIDE : 0)) >>> 0;
      const mask = slots.length / 2 - 1;
      let s = hash & mask;
      for (let at = slots[2 * s + 1]!; at !== 0; s = (s + 1) & mask, at = slots[2 * s + 1]!) {
        if (slots[2 * s] !== hash) continue;
        const other = chunks[Math.floor((at - 1) / CHUNK_BYTES)]!;
        const offset = (at - 1) % CHUNK_BYTES;
        if (other.readUInt32LE(offset + 4) === lengthField && other.compare(chunk, start, end, offset + HEADER, offset + HEADER + bytes) === 0) {
          return other.readUInt32LE(offset);
        }
      }
      chunk.writeUInt32LE(row, tail);
      chunk.writeUInt32LE(lengthField, tail + 4);
      slots[2 * s] = hash;
      slots[2 * s + 1] = c * CHUNK_BYTES + tail + 1;
      tail = end;
      count += 1;
      if (count * 4 > (slots.length / 2) * 3) grow();
      return undefined;
    },
  };
}
