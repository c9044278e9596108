// Which format a file is in, from its first bytes: a zip is a workbook, a leading { or [ is an
// API payload named by its keys, anything else is a CSV/TSV named by its header row.
import { FORMATS, supportedFormatsText, type FormatSpec } from './formats.ts';
import { headText, isZip } from './source.ts';
import { text as say, type Text } from '../domain/text.ts';
import { quoted } from '../domain/echo.ts';
import { FORMAT_IDS, type FormatId } from '../shared/api/imports.ts';
import { ImportFileError } from './types.ts';

export type SourceKind = 'json' | 'csv' | 'xlsx';

/** From the content, never the file name: a renamed file is still what its bytes say. */
export function detectKind(head: Buffer, complete = true): SourceKind {
  if (isZip(head)) return 'xlsx';
  const text = headText({ head: head.subarray(0, 4096), complete: complete && head.length <= 4096 }).trimStart();
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
}

export function unknownFormat(reason: Text): ImportFileError {
  return new ImportFileError(`Not a known order file: ${reason.en}. ${supportedFormatsText()}.`, `不是可识别的订单文件：${reason.zh}。${supportedFormatsText('zh-CN')}。`);
}

/** The API format whose keys appear first in the payload's opening bytes. */
export function detectJsonFormat(head: Buffer, complete = true): FormatId {
  const text = headText({ head, complete });
  let best: { id: FormatId; at: number } | null = null;
  for (const id of FORMAT_IDS) {
    const spec = FORMATS[id];
    if (spec.kind !== 'json') continue;
    for (const marker of spec.markers) {
      const at = text.indexOf(`"${marker}"`);
      if (at >= 0 && (!best || at < best.at)) best = { id, at };
    }
  }
  if (!best) throw unknownFormat(say('a JSON file with none of the keys of a known platform API', '这个 JSON 文件不含任何已知平台 API 的字段'));
  return best.id;
}

/** The export whose required columns are all in the header row. */
export function detectTableFormat(headers: readonly string[]): FormatId {
  const found = FORMAT_IDS.find((id) => {
    const spec = FORMATS[id];
    return spec.kind === 'table' && spec.headers.every((h) => headers.includes(h));
  });
  const shown = quoted(headers.slice(0, 8).join(', '));
  if (!found) throw unknownFormat(say(`a table whose header row (${shown}) matches no known export`, `表头（${shown}）与任何已知的导出格式都不匹配`));
  return found;
}

/** A named format must fit the file: an API format needs JSON, an export needs a table. */
export function checkNamedFormat(spec: FormatSpec, kind: SourceKind, headers?: readonly string[]): void {
  if (spec.kind === 'json' && kind !== 'json') {
    throw new ImportFileError(`${spec.id} is a JSON API payload, but the file is ${kind === 'xlsx' ? 'a workbook' : 'not JSON'}`,
      `${spec.id} 是 JSON 格式的 API 数据，但该文件${kind === 'xlsx' ? '是 Excel 工作簿' : '不是 JSON'}`);
  }
  if (spec.kind === 'table' && kind === 'json') throw new ImportFileError(`${spec.id} is an export table, but the file is JSON`, `${spec.id} 是导出表格，但该文件是 JSON`);
  if (spec.kind === 'table' && headers) {
    const missing = spec.headers.filter((h) => !headers.includes(h));
    const list = missing.join(', ');
    if (missing.length > 0) throw new ImportFileError(`${spec.id}: the header row lacks the columns ${list}`, `${spec.id}：表头缺少这些列：${list}`);
  }
}
