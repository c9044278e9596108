// A zip's central directory: the name and declared uncompressed size of every entry, read from the end
// of the file without inflating anything. An .xlsx is a zip, so this is how a workbook's parts are
// sized up before any of them is parsed.
import { open } from 'node:fs/promises';
import { ImportFileError } from './types.ts';

export interface ZipEntry {
  name: string;
  /** As declared; Infinity for a ZIP64 size (an order export past 4 GiB is absurd). */
  uncompressedSize: number;
}

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_ENTRY = 0x02014b50;
const truncated = () => new ImportFileError('not a readable .xlsx: its zip directory is missing or cut short (a truncated file?)',
  '不是可读取的 .xlsx：zip 目录缺失或不完整（文件被截断？）');

export async function zipEntries(path: string): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(Math.min(size, 65_557));
    await file.read(tail, 0, tail.length, size - tail.length);
    const eocd = tail.lastIndexOf(EOCD);
    if (eocd < 0 || eocd + 22 > tail.length) throw truncated();
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize === 0xffffffff || cdOffset === 0xffffffff) return [{ name: '(ZIP64)', uncompressedSize: Number.POSITIVE_INFINITY }];
    if (cdOffset + cdSize > size) throw truncated();
    const directory = Buffer.alloc(cdSize);
    await file.read(directory, 0, cdSize, cdOffset);
    return entriesOf(directory);
  } finally {
    await file.close();
  }
}

function entriesOf(directory: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (; at + 46 <= directory.length && directory.readUInt32LE(at) === CENTRAL_ENTRY;) {
    const size = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const name = directory.toString('utf8', at + 46, Math.min(directory.length, at + 46 + nameLength));
    entries.push({ name, uncompressedSize: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  if (at !== directory.length) throw truncated();
  return entries;
}

/** The sum of the uncompressed sizes the zip's central directory declares. */
export async function declaredUncompressedSize(path: string): Promise<number> {
  return (await zipEntries(path)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
}
