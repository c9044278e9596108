// Hostile uploads, generated: zip bombs built by hand with node:zlib (so a zip's directory can say what
// a test needs), workbooks past each of the readers' limits, broken encodings, truncated files and
// JSON bombs. Each is small on disk and quick to build; how it is hostile is in its description.
import { crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** What the central directory declares instead of the true size (a lying zip). */
  declare?: number;
}

/** A zip (deflate) of the parts, in order, with a correct central directory unless a part lies. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.data, { level: 1 });
    const crc = crc32(part.data);
    const size = part.declare ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (body: string): Buffer => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `count` copies of `unit`, built by filling (no string of that length in the JS heap). */
export const repeated = (unit: string, count: number): Buffer => Buffer.alloc(Buffer.byteLength(unit) * count, unit);

/** A minimal one-sheet workbook; `sheetData` is the inside of <sheetData>, `sharedStrings` the inside of <sst>. */
export function workbook(input: { sheetData: Buffer | string; sharedStrings?: Buffer | string; declare?: Partial<Record<'sheet' | 'sharedStrings', number>> }): Buffer {
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`) },
    { name: '_rels/.rels', data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: xml(`<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`) },
  ];
  const strings = input.sharedStrings ?? '';
  parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.concat([xml(`<sst xmlns="${NS}">`), Buffer.from(strings), Buffer.from('</sst>')]), declare: input.declare?.sharedStrings });
  parts.push({ name: 'xl/worksheets/sheet1.xml', data: Buffer.concat([xml(`<worksheet xmlns="${NS}"><sheetData>`), Buffer.from(input.sheetData), Buffer.from('</sheetData></worksheet>')]), declare: input.declare?.sheet });
  return zip(parts);
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const columnName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** A sheet row of inline-string cells. */
export function sheetRow(row: number, cells: readonly string[]): string {
  return `<row r="${row}">${cells.map((c, i) => `<c r="${columnName(i)}${row}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`).join('')}</row>`;
}

/** A workbook of inline-string rows, the first the header. */
export function tableWorkbook(rows: readonly (readonly string[])[]): Buffer {
  return workbook({ sheetData: rows.map((cells, i) => sheetRow(i + 1, cells)).join('') });
}

/** A shared strings table of `count` one-letter strings, each as rich text (the shape of the 2.4 MB bomb). */
export const sharedStringsOf = (count: number): Buffer => repeated('<si><r><t>a</t></r></si>', count);

/** `count` distinct shared strings (distinct, so they cost memory once cached). */
export function distinctSharedStrings(count: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; i < count; i += 10_000) {
    let text = '';
    for (let j = i; j < Math.min(count, i + 10_000); j += 1) text += `<si><t>string number ${j} of the table</t></si>`;
    chunks.push(Buffer.from(text));
  }
  return Buffer.concat(chunks);
}

export const csv = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

export const gbk = (text: string): Buffer => iconv.encode(text, 'gbk');
export const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);

/** A JSON document nested `depth` arrays deep. */
export const deepJson = (depth: number): Buffer => Buffer.concat([repeated('[', depth), repeated(']', depth)]);

/** An API-shaped payload one of whose strings is `chars` long. */
export function hugeStringJson(chars: number): Buffer {
  return Buffer.concat([Buffer.from('{"data":{"orders":[{"order_id":"1","author_buyin_id":"1","product_name":"'), repeated('x', chars), Buffer.from('"}]}}')]);
}
