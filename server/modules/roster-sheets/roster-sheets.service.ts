// Bulk roster work: the import template, importing a sheet of hosts (each row through the same schemas and
// services as POST /hosts and POST /hosts/:id/accounts, or PATCH /hosts/:id for a row with an ID), and exporting the filtered list.
import fs from 'node:fs';
import type { z } from 'zod';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { safeParseIn } from '../../http/parse';
import { text, type Locale } from '../../domain/text';
import { changedFields, isMasked, platformLabels } from '../../domain/roster';
import { booleanOfLabel, categoryLabels, codeOfLabel, hostStatusLabels, joinList, yesNo } from '../../domain/labels';
import { quoted } from '../../domain/echo';
import { accountCreate } from '../../shared/api/accounts';
import { createAccount } from '../accounts/accounts.service';
import { hostCreate, hostPatch, type HostQuery } from '../../shared/api/hosts';
import { createHost, findHost, requireHost, searchHosts, updateHost } from '../hosts/hosts.service';
import { emailsOf, userIdByEmail } from '../users/users.service';
import { agencyToday } from '../settings/settings.service';
import type { Upload } from '../../http/upload';
import { appErrorRowErrors, headerOf, readSheet, workbookOf, zodRowErrors, type RowError, type SheetRecord, type SheetRow } from '../../importers/sheet';
import { exportColumns, hostsSheet, importColumns, type SheetColumn } from './hosts-sheet';

export const MAX_BULK_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_EXPORT_ROWS = 10_000;


const exampleRow = [
  '小鹿', '王小鹿', 'trial', 'agent@example.com', 'A', 'beauty,food', '2026-01-10', '1998-03-15',
  '110105199803151237', '13812345678', '6222020200112233445', '中国工商银行', 'douyin', '7000000000511587049,dy57695176', '小鹿的直播间', '120000', 'no', 'no',
];

export function importTemplate(): Promise<Buffer> {
  return workbookOf('hosts', importColumns.map((c) => headerOf(hostsSheet, c)), [exampleRow]);
}

// Staff type the labels they see in the app as often as the codes, and an export writes the labels of the
// reader's language: the import reads codes and labels in either language, so an exported sheet imports back.
// A cell that matches nothing goes to the schema as it is, which says what is accepted.
const list = (s: string | undefined) => (s === undefined ? undefined : s.split(/[,，、;；\s]+/).filter(Boolean));
const code = (s: string | undefined, labels: Record<string, string>) => (s === undefined ? undefined : labels[s] ?? s.toLowerCase());
const count = (s: string | undefined) => (s === undefined ? undefined : /^\d+$/.test(s.replace(/,/g, '')) ? Number(s.replace(/,/g, '')) : s);
const status = (s: string | undefined) => (s === undefined ? undefined : codeOfLabel(hostStatusLabels, s) ?? s);
const flag = (s: string | undefined) => (s === undefined ? undefined : booleanOfLabel(s) ?? s);
// Labels may hold spaces ("Mother & baby"): a piece that is no label is split further, as codes were.
const categoryList = (s: string | undefined) => (s === undefined ? undefined : s.split(/[,，、;；]+/).map((p) => p.trim()).filter(Boolean)
  .flatMap((piece) => codeOfLabel(categoryLabels, piece) ?? piece.split(/\s+/).map((word) => codeOfLabel(categoryLabels, word) ?? word.toLowerCase())));
// An export masks sensitive values (SPEC section 4): a masked cell says nothing of the value and is read as not given.
const clear = (s: string | undefined) => (s === undefined || isMasked(s) ? undefined : s);

function agentIdOf(deps: AppDeps, email: string | undefined): number | null | undefined {
  if (email === undefined) return undefined;
  return userIdByEmail(deps.db, email);
}

type Parsed =
  | { errors: RowError[] }
  | { errors: []; hostId: null; host: z.output<typeof hostCreate>; account: z.output<typeof accountCreate> | null }
  | { errors: []; hostId: number; patch: z.output<typeof hostPatch> };

/** A row's host as the API's body names it: codes read from the labels staff type, a masked cell not given. */
const hostInputOf = (r: SheetRecord<SheetColumn>, agentId: number | null | undefined) => ({
  stageName: r.stageName, legalName: r.legalName, status: status(r.status), agentId, tier: r.tier,
  categories: categoryList(r.categories), joinDate: r.joinDate, birthDate: clear(r.birthDate),
  idNumber: clear(r.idNumber), phone: clear(r.phone), bankAccount: clear(r.bankAccount), bankName: clear(r.bankName),
  realNameVerified: flag(r.realNameVerified), guardianConsent: flag(r.guardianConsent),
});

/** A row's host ID, as an export writes it: a whole number. */
const hostIdOf = (cell: string): number | null => (/^[1-9]\d{0,14}$/.test(cell) ? Number(cell) : null);

/** The IDs that name a host on more than one row: which of those rows should win cannot be told, so none does. */
function repeatedIds(rows: readonly SheetRow<SheetColumn>[]): Set<number> {
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const item of rows) {
    const id = 'record' in item && item.record.id !== undefined ? hostIdOf(item.record.id) : null;
    if (id === null) continue;
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return repeated;
}

/** Why a row's ID cannot name the host it updates, if it cannot: not a number, no such host, or given twice. */
function idError(deps: AppDeps, row: number, cell: string, repeated: ReadonlySet<number>, locale: Locale): RowError | null {
  const id = hostIdOf(cell);
  const message = id === null ? text(`The ID ${quoted(cell)} is not a host's ID (a whole number from an export)`, `ID ${quoted(cell)} 不是主播的 ID（应为导出文件中的整数）`)
    : repeated.has(id) ? text(`The ID ${id} is on more than one row: keep one row per host`, `ID ${id} 出现在多行中：每位主播只保留一行`)
      : findHost(deps.db, id) ? null : text(`No host has the ID ${id}`, `没有 ID 为 ${id} 的主播`);
  return message && { row, field: 'id', message: message.in(locale) };
}

/** One row as the API bodies (a new host and its account, or a change to the host the ID names), checked by the very schemas the API uses. */
function parseRow(deps: AppDeps, row: number, r: SheetRecord<SheetColumn>, repeated: ReadonlySet<number>, locale: Locale): Parsed {
  const agentId = agentIdOf(deps, r.agentEmail);
  const noAgent = () => text(`No staff user has the email ${quoted(r.agentEmail ?? '')}`, `没有邮箱为 ${quoted(r.agentEmail ?? '')} 的员工`).in(locale);
  const agentErrors: RowError[] = agentId === null ? [{ row, field: 'agentEmail', message: noAgent() }] : [];
  const wantsAccount = [r.platform, r.identifiers, r.handle, r.followers].some((v) => v !== undefined);
  if (r.id !== undefined) {
    const badId = idError(deps, row, r.id, repeated, locale);
    const noAccount = text('A row with an ID changes that host only: add accounts on the host\'s page', '带 ID 的行只修改该主播：账号请在主播页面添加');
    const patch = safeParseIn(hostPatch, hostInputOf(r, agentId), locale);
    const errors = [
      ...(badId ? [badId] : []), ...agentErrors,
      ...(wantsAccount ? [{ row, field: 'platform', message: noAccount.in(locale) }] : []),
      ...(patch.success ? [] : zodRowErrors(row, patch.error, locale, { agentId: 'agentEmail' })),
    ];
    if (errors.length > 0 || !patch.success) return { errors };
    return { errors: [], hostId: hostIdOf(r.id)!, patch: patch.data };
  }
  const host = safeParseIn(hostCreate, hostInputOf(r, agentId), locale);
  const account = wantsAccount
    ? safeParseIn(accountCreate, { platform: code(r.platform, platformLabels), identifiers: list(r.identifiers) ?? [], handle: r.handle, followers: count(r.followers) }, locale)
    : null;
  const errors = [
    ...agentErrors,
    ...(host.success ? [] : zodRowErrors(row, host.error, locale, { agentId: 'agentEmail' })),
    ...(account && !account.success ? zodRowErrors(row, account.error, locale) : []),
  ];
  if (errors.length > 0 || !host.success || (account && !account.success)) return { errors };
  return { errors: [], hostId: null, host: host.data, account: account?.data ?? null };
}

/** Writes one good row: a new host (and its account), or the host its ID names changed as PATCH changes it, if anything differs. */
function writeRow(deps: AppDeps, actor: Actor, parsed: Extract<Parsed, { errors: [] }>): 'created' | 'updated' | 'unchanged' {
  return writeTransaction(deps.db, (tx) => {
    if (parsed.hostId === null) {
      const host = createHost(deps, actor, parsed.host);
      if (parsed.account) createAccount(deps, actor, host.id, parsed.account);
      return 'created';
    }
    const changes = changedFields(requireHost(tx, parsed.hostId), parsed.patch);
    if (Object.keys(changes).length === 0) return 'unchanged';
    updateHost(deps, actor, parsed.hostId, changes);
    return 'updated';
  });
}

/**
 * Imports every good row, each in its own transaction (host and account together or neither); bad rows are
 * reported. A row with an export's ID updates that host, one without creates a host.
 */
export async function importHosts(deps: AppDeps, actor: Actor, upload: Upload, locale: Locale) {
  try {
    const rows = await readSheet(upload.filePath, hostsSheet);
    const repeated = repeatedIds(rows);
    const errors: RowError[] = [];
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const item of rows) {
      if ('error' in item) { errors.push({ row: item.row, message: item.error }); continue; }
      const parsed = parseRow(deps, item.row, item.record, repeated, locale);
      if (!('hostId' in parsed)) { errors.push(...parsed.errors); continue; }
      try {
        counts[writeRow(deps, actor, parsed)] += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        errors.push(...appErrorRowErrors(item.row, error, locale));
      }
    }
    const rejected = new Set(errors.map((e) => e.row)).size;
    return { rows: rows.length, imported: counts.created + counts.updated + counts.unchanged, ...counts, rejected, errors };
  } finally {
    fs.rmSync(upload.filePath, { force: true });
  }
}

/** The filtered roster as an .xlsx in the reader's language (labels, not codes), sensitive fields masked exactly as the API shows them. */
export async function exportHosts(deps: AppDeps, query: HostQuery, locale: Locale) {
  const views: ReturnType<typeof searchHosts>['items'] = [];
  const pageSize = 1000;
  for (let page = 1; views.length < MAX_EXPORT_ROWS; page += 1) {
    const { items } = searchHosts(deps, { ...query, page, pageSize });
    views.push(...items.slice(0, MAX_EXPORT_ROWS - views.length));
    if (items.length < pageSize) break;
  }
  const agentIds = [...new Set(views.map((v) => v.agentId).filter((id): id is number => id !== null))];
  const emails = emailsOf(deps.db, agentIds);
  const rows = views.map((v) => {
    const cells: Record<(typeof exportColumns)[number][0], string | number | null> = {
      id: v.id, stageName: v.stageName, legalName: v.legalName, status: hostStatusLabels[v.status].in(locale),
      agentEmail: v.agentId === null ? null : emails.get(v.agentId) ?? null, tier: v.tier,
      categories: joinList(v.categories.map((c) => categoryLabels[c].in(locale)), locale),
      joinDate: v.joinDate, birthDate: v.birthDate, idNumber: v.idNumber, phone: v.phone, bankAccount: v.bankAccount, bankName: v.bankName,
      realNameVerified: yesNo(v.realNameVerified, locale), guardianConsent: yesNo(v.guardianConsent, locale), archived: yesNo(v.archived, locale),
      createdAt: v.createdAt, platform: null, identifiers: null, handle: null, followers: null,
    };
    return exportColumns.map(([key]) => cells[key]);
  });
  const fileName = `hosts-${agencyToday(deps).replace(/-/g, '')}.xlsx`;
  return { fileName, body: await workbookOf(text('Hosts', '主播').in(locale), exportColumns.map(([, header]) => header.in(locale)), rows) };
}
