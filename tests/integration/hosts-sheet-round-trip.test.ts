import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { download } from './download-kit';
import { addHost, rosterServer } from './roster-kit';

// The hosts export in the reader's language (issue 17 item 2): labels, not codes, under headers of that
// language; and the import reads what the export writes, so an exported sheet imports back unchanged. The
// sensitive columns are masked in every export (SPEC section 4): a masked cell is read as not given.

let source: TestServer;
let target: TestServer;
beforeEach(async () => {
  [source, target] = await Promise.all([rosterServer(), rosterServer()]);
});
afterEach(() => Promise.all([source.close(), target.close()]));

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
async function seedSource(): Promise<ApiClient> {
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

    // The other agency has the same agent (by email) and imports the file as it came.
    const targetManager = await target.signIn('manager', { email: 'agent@example.test' });
    const imported = await targetManager.upload('/api/v1/hosts/import', { name: `hosts-${lang}.xlsx`, bytes: exported.bytes });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ rows: 5, imported: 5, rejected: 0, errors: [] });

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
    sheet.addRow(['甲', '甲某', 'signed', 'mother & baby, BOOKS', 'yes', '17']);
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
