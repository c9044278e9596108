import fs from 'node:fs';
import type { Actor, AppDeps } from '../../deps';
import { UnitParseError, yuanToFen } from '../../domain/money';
import { quoted } from '../../domain/echo';
import { text, Text, type Locale } from '../../domain/text';
import { AppError } from '../../errors';
import type { Upload } from '../../http/upload';
import { appErrorRowErrors, headerOf, readSheet, workbookOf, zodRowErrors, type RowError, type SheetRecord, type SheetRow, type SheetSpec } from '../../importers/sheet';
import { safeParseIn } from '../../http/parse';
import { costCreate } from '../../shared/api/costs';
import { hostIdsNamed } from '../hosts/hosts.service';
import { createCost } from './costs.service';

// Costs from a spreadsheet (issue 14 item 2): one row a cost, checked by the very schema POST /costs uses,
// each row in its own transaction; bad rows are reported with their row number, the good ones recorded.

const columns = [['host', '主播'], ['period', '周期'], ['amount', '金额（元）'], ['kind', '类型'], ['note', '备注']] as const;
type Column = (typeof columns)[number][0];
const costsSheet: SheetSpec<Column> = { columns, required: ['host', 'period', 'amount', 'kind'], maxRows: 10_000 };

// Staff type the labels they see as often as the codes.
const kindLabels: Record<string, string> = { 投流: 'ad_spend', 样品: 'samples', 其他: 'other' };

export function costsTemplate(): Promise<Buffer> {
  return workbookOf('costs', columns.map((c) => headerOf(costsSheet, c)), [['小鹿', '2026-11', '1200.00', '投流', '千川投流'], ['12', '2026-11', '300', 'samples', '样品寄送']]);
}

/** The host a row names: by id, or by a stage or legal name that only one host has. */
function hostOf(deps: AppDeps, name: string): number | Text {
  if (/^\d+$/.test(name)) return Number(name);
  const ids = hostIdsNamed(deps.db, name);
  if (ids.length === 1) return ids[0]!;
  return ids.length === 0
    ? text(`No host is named ${quoted(name)}`, `没有名为 ${quoted(name)} 的主播`)
    : text(`${ids.length} hosts are named ${quoted(name)}: write the host's id`, `有 ${ids.length} 位主播名为 ${quoted(name)}：请填写主播 ID`);
}

function parseRow(deps: AppDeps, row: number, r: SheetRecord<Column>, locale: Locale) {
  const host = hostOf(deps, r.host ?? '');
  if (host instanceof Text) return { errors: [{ row, field: 'host', message: host.in(locale) }] };
  let amountFen: number | string | undefined = r.amount;
  try {
    if (r.amount !== undefined) amountFen = yuanToFen(r.amount);
  } catch (error) {
    if (!(error instanceof UnitParseError)) throw error;
    return { errors: [{ row, field: 'amount', message: error.text.in(locale) }] };
  }
  const kind = r.kind === undefined ? undefined : kindLabels[r.kind] ?? r.kind.toLowerCase();
  const parsed = safeParseIn(costCreate, { hostId: host, period: r.period, amountFen, kind, note: r.note ?? '' }, locale);
  return parsed.success ? { errors: [], cost: parsed.data } : { errors: zodRowErrors(row, parsed.error, locale, { hostId: 'host', amountFen: 'amount' }) };
}

export const MAX_COSTS_UPLOAD_BYTES = 20 * 1024 * 1024;

export async function importCosts(deps: AppDeps, actor: Actor, upload: Upload, locale: Locale) {
  try {
    return await importRows(deps, actor, await readSheet(upload.filePath, costsSheet), locale);
  } finally {
    fs.rmSync(upload.filePath, { force: true });
  }
}

function importRows(deps: AppDeps, actor: Actor, rows: SheetRow<Column>[], locale: Locale) {
  const errors: RowError[] = [];
  let imported = 0;
  for (const item of rows) {
    if ('error' in item) { errors.push({ row: item.row, message: item.error }); continue; }
    const parsed = parseRow(deps, item.row, item.record, locale);
    if (!parsed.cost) { errors.push(...parsed.errors); continue; }
    try {
      createCost(deps, actor, parsed.cost);
      imported += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(...appErrorRowErrors(item.row, error, locale));
    }
  }
  return { rows: rows.length, imported, rejected: new Set(errors.map((e) => e.row)).size, errors };
}

