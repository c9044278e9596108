import fs from 'node:fs';
import type { Actor, AppDeps } from '../../deps';
import { quoted } from '../../domain/echo';
import { UnitParseError, yuanToFen } from '../../domain/money';
import { platformLabels, platforms, type Platform } from '../../domain/roster';
import { text, type Locale } from '../../domain/text';
import { AppError } from '../../errors';
import { safeParseIn } from '../../http/parse';
import type { Upload } from '../../http/upload';
import { appErrorRowErrors, headerOf, readSheet, workbookOf, zodRowErrors, type RowError, type SheetRecord, type SheetRow, type SheetSpec } from '../../importers/sheet';
import { payoutSheetRow } from '../../shared/api/reconciliation';
import { accountByIdentifier } from '../accounts/accounts.service';
import { enterPayout } from './reconciliation.service';

// The platforms' stated payouts from finance's settlement sheet (SPEC section 9, "entered or imported"). The
// platforms' own settlement statements have no documented layout (platform-formats.md describes order data only),
// so the sheet is this template: platform, the account's identifier on it, period, and the payout in yuan. Each
// row lands exactly as PUT /reconciliation/:period/:accountId/payout would: audited, refused once the period is closed.

const columns = [['platform', '平台'], ['account', '账号ID'], ['period', '周期'], ['amount', '结算金额（元）']] as const;
type Column = (typeof columns)[number][0];
const payoutSheet: SheetSpec<Column> = { columns, required: ['platform', 'account', 'period', 'amount'], maxRows: 10_000 };

export const MAX_PAYOUT_UPLOAD_BYTES = 20 * 1024 * 1024;

export function payoutTemplate(): Promise<Buffer> {
  return workbookOf('payouts', columns.map((c) => headerOf(payoutSheet, c)), [['抖音', '7000000000511587049', '2026-11', '12345.67'], ['jd', '3492473815', '2026-11', '980.00']]);
}

type Parsed = { errors: RowError[] } | { errors: []; payout: { period: string; accountId: number; amountFen: number } };

function parseRow(deps: AppDeps, row: number, r: SheetRecord<Column>, locale: Locale): Parsed {
  const platform = r.platform === undefined ? undefined : platformLabels[r.platform] ?? r.platform.toLowerCase();
  if (!platforms.includes(platform as Platform)) {
    return { errors: [{ row, field: 'platform', message: text(`${quoted(r.platform ?? '')} is not a platform (${platforms.join(', ')})`, `${quoted(r.platform ?? '')} 不是平台（${platforms.join('、')}）`).in(locale) }] };
  }
  let amountFen: number | string | undefined = r.amount;
  try {
    if (r.amount !== undefined) amountFen = yuanToFen(r.amount);
  } catch (error) {
    if (!(error instanceof UnitParseError)) throw error;
    return { errors: [{ row, field: 'amount', message: error.text.in(locale) }] };
  }
  const parsed = safeParseIn(payoutSheetRow, { period: r.period, amountFen }, locale);
  if (!parsed.success) return { errors: zodRowErrors(row, parsed.error, locale, { amountFen: 'amount' }) };
  const account = accountByIdentifier(deps.db, platform as Platform, r.account ?? '');
  if (!account) {
    return { errors: [{ row, field: 'account', message: text(`No ${platform} account has the identifier ${quoted(r.account ?? '')}`, `没有标识为 ${quoted(r.account ?? '')} 的 ${platform} 账号`).in(locale) }] };
  }
  return { errors: [], payout: { ...parsed.data, accountId: account.accountId } };
}

/** Each good row's payout entered in its own transaction; bad rows, and a second row for the same account-period, are reported. */
function importRows(deps: AppDeps, actor: Actor, rows: SheetRow<Column>[], locale: Locale) {
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  let imported = 0;
  for (const item of rows) {
    if ('error' in item) { errors.push({ row: item.row, message: item.error }); continue; }
    const parsed = parseRow(deps, item.row, item.record, locale);
    if (!('payout' in parsed)) { errors.push(...parsed.errors); continue; }
    const { period, accountId, amountFen } = parsed.payout;
    const first = seen.get(`${period}/${accountId}`);
    if (first !== undefined) {
      errors.push({ row: item.row, field: 'account', message: text(`This account's ${period} payout is already on row ${first}`, `该账号 ${period} 的结算金额已在第 ${first} 行`).in(locale) });
      continue;
    }
    seen.set(`${period}/${accountId}`, item.row);
    try {
      enterPayout(deps, actor, period, accountId, amountFen);
      imported += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push(...appErrorRowErrors(item.row, error, locale));
    }
  }
  return { rows: rows.length, imported, rejected: new Set(errors.map((e) => e.row)).size, errors };
}

export async function importPayouts(deps: AppDeps, actor: Actor, upload: Upload, locale: Locale) {
  try {
    return importRows(deps, actor, await readSheet(upload.filePath, payoutSheet), locale);
  } finally {
    fs.rmSync(upload.filePath, { force: true });
  }
}
