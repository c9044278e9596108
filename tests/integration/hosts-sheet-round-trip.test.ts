import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { download } from './download-kit';
import { addHost, auditOf, rosterServer } from './roster-kit';

// The hosts export in the reader's language (issue 17 item 2): labels, not codes, under headers of that
// language; and the import reads what the export writes, so an exported sheet imports back unchanged. The
// sensitive columns are masked in every export (SPEC section 4): a masked cell is read as not given.
// The export's ID column names the host a row is about: imported into the same agency, a row with an ID
// updates that host (as PATCH does), so export, edit in Excel, import back changes only what was edited.

let source: TestServer;
let target: TestServer;
beforeEach(async () => {
  [source, target] = await Promise.all([rosterServer(), rosterServer()]);
});
afterEach(() => Promise.all([source.close(), target.close()]));

/** The workbook with its first sheet changed as staff would change it in Excel. */
async function edited(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook.worksheets[0]!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function sheetOf(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

const sensitive = { en: ['ID number', 'Phone', 'Bank account', 'Bank name'], 'zh-CN': ['身份证号', '手机号', '银行卡号', '开户行'] };
const notCarried = { en: ['ID', 'Created at'], 'zh-CN': ['ID', '创建时间'] };

/** The roster of the source agency: every status, lists of categories (one label with a space), an agent, flags. */
async function seedSource(): Promise<ApiClient & { user: { id: number } }> {
  const manager = await source.signIn('manager', { email: 'agent@example.test' });
  await addHost(manager, { stageName: '小鹿', legalName: '王小鹿', status: 'active', categories: ['books', 'education'], agentId: manager.user.id, realNameVerified: true });
  await addHost(manager, { stageName: '阿杰', legalName: '李杰', status: 'trial', categories: ['maternity', 'beauty'], tier: 'B', guardianConsent: false, realNameVerified: false });
  await addHost(manager, { stageName: 'Mia', legalName: 'Mia Chen', status: 'prospect', categories: [], tier: null, joinDate: null, idNumber: null, phone: null, bankAccount: null, bankName: null });
  await addHost(manager, { stageName: '大鹏', legalName: '赵鹏', status: 'suspended', categories: ['other'] });
  await addHost(manager, { stageName: '老周', legalName: '周海', status: 'terminated', categories: ['digital', 'home', 'food'] });
  return manager;
}

describe('hosts export and import: the round trip', () => {
  it.each(['en', 'zh-CN'] as const)('when the roster is exported in %s and imported into another agency, then its export there is the same sheet', async (lang) => {
    const sourceManager = await seedSource();
    const exported = await download(sourceManager, `/api/v1/hosts/export.xlsx?lang=${lang}`);
    expect(exported.status).toBe(200);
    const [header, ...rows] = await sheetOf(exported.bytes);
    expect(rows).toHaveLength(5);

    // Labels of the language, not codes.
    const col = (name: string) => header!.indexOf(name);
    const words = lang === 'en'
      ? { status: 'Status', categories: 'Categories', verified: 'Real name verified', statuses: ['Signed', 'Trial', 'Prospect', 'Suspended', 'Terminated'], books: 'Books, Education', baby: 'Mother & baby, Beauty', yes: 'Yes' }
      : { status: '状态', categories: '品类', verified: '实名认证', statuses: ['签约', '试播', '待签约', '暂停', '解约'], books: '图书、教育', baby: '母婴、美妆', yes: '是' };
    const byName = new Map(rows.map((r) => [r[col(lang === 'en' ? 'Stage name' : '艺名')], r]));
    expect(['小鹿', '阿杰', 'Mia', '大鹏', '老周'].map((n) => byName.get(n)![col(words.status)])).toEqual(words.statuses);
    expect(byName.get('小鹿')![col(words.categories)]).toBe(words.books);
    expect(byName.get('阿杰')![col(words.categories)]).toBe(words.baby);
    expect(byName.get('小鹿')![col(words.verified)]).toBe(words.yes);
    const text = rows.flat().join('|');
    for (const code of ['active', 'books', 'maternity', 'suspended']) expect(text).not.toContain(code);

    // The other agency has the same agent (by email) and imports the file without its ID column: the IDs
    // name the source agency's hosts (there, a row with an ID updates; here, no host has it).
    const targetManager = await target.signIn('manager', { email: 'agent@example.test' });
    const withIds = await targetManager.upload('/api/v1/hosts/import', { name: `hosts-${lang}.xlsx`, bytes: exported.bytes });
    expect(withIds.body).toMatchObject({ rows: 5, imported: 0, rejected: 5 });
    expect(withIds.body.errors.map((e: { field: string }) => e.field)).toEqual(['id', 'id', 'id', 'id', 'id']);
    const imported = await targetManager.upload('/api/v1/hosts/import', { name: `hosts-${lang}.xlsx`, bytes: await edited(exported.bytes, (sheet) => sheet.spliceColumns(1, 1)) });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ rows: 5, imported: 5, created: 5, updated: 0, unchanged: 0, rejected: 0, errors: [] });

    const [againHeader, ...again] = await sheetOf((await download(targetManager, `/api/v1/hosts/export.xlsx?lang=${lang}`)).bytes);
    expect(againHeader).toEqual(header);
    const masked = sensitive[lang].map(col);
    const skipped = new Set([...masked, ...notCarried[lang].map(col)]);
    const carried = (r: string[]) => r.filter((_, i) => !skipped.has(i));
    expect(again.map(carried)).toEqual(rows.map(carried));
    // What the export never holds stays unknown: masked there, not given here.
    expect(rows.find((r) => r[masked[0]!] !== '')).toBeDefined();
    expect(again.every((r) => masked.every((i) => r[i] === ''))).toBe(true);
  });

  it('when a sheet mixes codes, English and Chinese labels, then each reads as its code; a word that is none is refused on its row (data rows counted from 1)', async () => {
    const manager = await target.signIn('manager');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('hosts');
    sheet.addRow(['Stage name', 'Legal name', 'Status', 'Categories', 'Real name verified', 'ID']);
    sheet.addRow(['甲', '甲某', 'signed', 'mother & baby, BOOKS', 'yes', '']);
    sheet.addRow(['乙', '乙某', '试播', '图书、教育', '否', '']);
    sheet.addRow(['丙', '丙某', 'trial', 'beauty food', '', '']);
    sheet.addRow(['丁', '丁某', 'retired', 'books', 'perhaps', '']);
    const res = await manager.upload('/api/v1/hosts/import', { name: 'mixed.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 4, imported: 3, rejected: 1 });
    expect(res.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual(expect.arrayContaining([[4, 'status'], [4, 'realNameVerified']]));
    const hosts = (await manager.get('/api/v1/hosts?sort=createdAt')).body.items as { stageName: string; status: string; categories: string[]; realNameVerified: boolean }[];
    expect(hosts.map((h) => [h.stageName, h.status, [...h.categories].sort(), h.realNameVerified])).toEqual([
      ['甲', 'active', ['books', 'maternity'], true], ['乙', 'trial', ['books', 'education'], false], ['丙', 'trial', ['beauty', 'food'], false],
    ]);
  });
});

type StoredHost = Record<string, unknown> & { id: number; stage_name: string };
const storedHosts = (server: TestServer) => server.deps.sqlite.prepare('SELECT * FROM hosts ORDER BY id').all() as StoredHost[];
const auditCount = (server: TestServer) => server.deps.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const sensitiveColumns = ['id_number', 'phone', 'bank_account', 'bank_name', 'birth_date'] as const;

/** The export's data row (1 = the first under the header) that holds a host, found by its stage name in the second column. */
function rowOf(sheet: ExcelJS.Worksheet, stageName: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => { if (row.getCell(2).text === stageName) found = row; });
  return found!;
}

describe('hosts export and import into the same agency: rows with an ID update their host', () => {
  it('when two cells of the export are edited in Excel and it is imported back, then those two hosts are updated (audited), the rest unchanged, no host added, masked cells kept', async () => {
    const manager = await seedSource();
    const admin = await source.signIn('admin');
    const before = storedHosts(source);
    const audits = auditCount(source);
    const exported = await download(manager, '/api/v1/hosts/export.xlsx?lang=zh-CN');
    const [header] = await sheetOf(exported.bytes);
    const col = (name: string) => header!.indexOf(name) + 1;
    const bytes = await edited(exported.bytes, (sheet) => {
      rowOf(sheet, '阿杰').getCell(col('等级')).value = 'A';
      rowOf(sheet, '老周').getCell(col('艺名')).value = '老周同学';
      // A masked cell cleared, or left as the export wrote it, says nothing of the value: both keep what is stored.
      rowOf(sheet, '小鹿').getCell(col('手机号')).value = '';
    });

    const res = await manager.upload('/api/v1/hosts/import', { name: 'hosts.xlsx', bytes });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ rows: 5, imported: 5, created: 0, updated: 2, unchanged: 3, rejected: 0, errors: [] });

    const after = storedHosts(source);
    expect(after).toHaveLength(before.length);
    const edits = new Map<string, Record<string, unknown>>([['阿杰', { tier: 'A' }], ['老周', { stage_name: '老周同学' }]]);
    for (const host of before) {
      const now = after.find((h) => h.id === host.id)!;
      const { updated_at: beforeUpdated, ...was } = host;
      const { updated_at: nowUpdated, ...is } = now;
      expect(is).toEqual({ ...was, ...edits.get(host.stage_name) });
      expect(sensitiveColumns.map((c) => now[c])).toEqual(sensitiveColumns.map((c) => host[c]));
      if (!edits.has(host.stage_name)) expect(nowUpdated).toBe(beforeUpdated);
    }
    expect(before.find((h) => h.stage_name === '小鹿')!.phone).not.toBeNull();

    // One audit entry per host changed, as PATCH writes it; none for a row that changed nothing.
    expect(auditCount(source)).toBe(audits + 2);
    const jie = before.find((h) => h.stage_name === '阿杰')!;
    const [entry] = await auditOf(admin, 'host', jie.id);
    expect(entry).toMatchObject({ action: 'update', actorId: manager.user.id, before: { tier: 'B' }, after: { tier: 'A' } });
    const lu = before.find((h) => h.stage_name === '小鹿')!;
    expect((await auditOf(admin, 'host', lu.id)).map((e) => e.action)).toEqual(['create']);

    // The same file again: every row now says what is stored.
    const again = await manager.upload('/api/v1/hosts/import', { name: 'hosts.xlsx', bytes });
    expect(again.body).toMatchObject({ rows: 5, created: 0, updated: 0, unchanged: 5, rejected: 0 });
    expect(auditCount(source)).toBe(audits + 2);
  });

  it('when a row names a host that does not exist, or two rows name the same host, then those rows are refused on their row and nothing changes', async () => {
    const manager = await seedSource();
    const before = storedHosts(source);
    const audits = auditCount(source);
    const exported = await download(manager, '/api/v1/hosts/export.xlsx?lang=en');
    const [header] = await sheetOf(exported.bytes);
    const col = (name: string) => header!.indexOf(name) + 1;
    const rows: Record<string, number> = {};
    const bytes = await edited(exported.bytes, (sheet) => {
      for (const name of ['小鹿', '阿杰', 'Mia']) rows[name] = rowOf(sheet, name).number - 1;
      rowOf(sheet, '小鹿').getCell(col('ID')).value = '999999';
      rowOf(sheet, '小鹿').getCell(col('Tier')).value = 'B';
      // Mia's row now names 阿杰 too: which of the two is meant cannot be told.
      rowOf(sheet, 'Mia').getCell(col('ID')).value = rowOf(sheet, '阿杰').getCell(col('ID')).text;
      rowOf(sheet, 'Mia').getCell(col('Legal name')).value = 'Someone else';
      rowOf(sheet, '阿杰').getCell(col('Tier')).value = 'A';
    });

    const res = await manager.upload('/api/v1/hosts/import', { name: 'hosts.xlsx', bytes });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 5, imported: 2, created: 0, updated: 0, unchanged: 2, rejected: 3 });
    expect(res.body.errors).toEqual(expect.arrayContaining([
      { row: rows['小鹿'], field: 'id', message: 'No host has the ID 999999' },
      { row: rows['阿杰'], field: 'id', message: expect.stringContaining('more than one row') },
      { row: rows['Mia'], field: 'id', message: expect.stringContaining('more than one row') },
    ]));
    expect(res.body.errors).toHaveLength(3);
    expect(storedHosts(source)).toEqual(before);
    expect(auditCount(source)).toBe(audits);
  });

  it('when ID cells or the cells of a row with an ID are hostile, then each row is refused with a reason in the language asked for, never a 500, and nothing changes', async () => {
    const manager = await seedSource();
    const [host] = storedHosts(source);
    const before = storedHosts(source);
    const audits = auditCount(source);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('hosts');
    sheet.addRow(['ID', 'Stage name', 'Legal name', 'Status', 'Tier', 'Join date', 'Platform', 'Agent email']);
    const hostile = ['=HYPERLINK("http://x","1")', '-1', '0', '1.5', '1e3', '１２', '99999999999999999999', `${host!.id} OR 1=1`, ' '.repeat(3) + 'x'.repeat(5000)];
    for (const id of hostile) sheet.addRow([id, '甲', '甲某', 'trial']);
    sheet.addRow([String(host!.id), '甲', '甲某', 'retired']);
    sheet.addRow([String(host!.id + 1), '乙', '乙某', 'trial', 'x'.repeat(40), '2026-02-30']);
    sheet.addRow([String(host!.id + 2), '丙', '丙某', 'trial', '', '', 'douyin']);
    sheet.addRow([String(host!.id + 3), '丁', '丁某', 'trial', '', '', '', 'nobody@example.test']);
    const res = await manager.upload('/api/v1/hosts/import', { name: 'hostile.xlsx', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) }, {}, { 'accept-language': 'zh-CN' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const total = hostile.length + 4;
    expect(res.body).toMatchObject({ rows: total, imported: 0, created: 0, updated: 0, unchanged: 0, rejected: total });
    const fields = (row: number) => res.body.errors.filter((e: { row: number }) => e.row === row).map((e: { field: string }) => e.field);
    hostile.forEach((_, i) => expect(fields(i + 1)).toContain('id'));
    expect(fields(hostile.length + 1)).toEqual(['status']);
    expect(fields(hostile.length + 2)).toEqual(expect.arrayContaining(['tier', 'joinDate']));
    expect(fields(hostile.length + 3)).toEqual(['platform']);
    expect(fields(hostile.length + 4)).toEqual(['agentEmail']);
    expect(res.body.errors.every((e: { message: string }) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
    expect(storedHosts(source)).toEqual(before);
    expect(auditCount(source)).toBe(audits);
  });
});
