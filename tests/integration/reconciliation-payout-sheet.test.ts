import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { fixtureDir, registerAccounts, waitForImport } from './import-kit';
import { expectError } from './roster-kit';
import { december5 } from './settlement-kit';

// Issue 16 item 1: the platform's stated payout read from finance's settlement sheet. Each row lands per
// account-period exactly as PUT .../payout would: the difference against the ledger, audited, refused once closed.

let server: TestServer;
let finance: ApiClient;
interface Item { accountId: number; hostId: number; platform: string; ledgerFen: number; payoutFen: number | null; differenceFen: number | null }
let items: Item[];
const identifierOf = new Map<number, string>();

beforeEach(async () => {
  server = await startTestServer({ clock: { now: () => december5 } });
  finance = await server.signIn('finance');
  const admin = await server.signIn('admin');
  await registerAccounts(admin, 'douyin-api');
  const bytes = fs.readFileSync(path.join(fixtureDir, 'douyin-api.v1.json'));
  const upload = await finance.upload('/api/v1/imports', { name: 'douyin-api.json', bytes });
  expect((await waitForImport(finance, upload.body.id)).status).toBe('succeeded');
  items = (await finance.get('/api/v1/reconciliation?period=2026-11')).body.items;
  expect(items.length).toBeGreaterThanOrEqual(2);
  for (const item of items) {
    const accounts = (await finance.get(`/api/v1/hosts/${item.hostId}/accounts`)).body.items as { id: number; identifiers: string[] }[];
    identifierOf.set(item.accountId, accounts.find((a) => a.id === item.accountId)!.identifiers.at(-1)!);
  }
}, 30_000);
afterEach(() => server.close());

const yuan = (fen: number) => (fen / 100).toFixed(2);
const csv = (rows: string[][]) => Buffer.from(['平台,账号ID,周期,结算金额（元）', ...rows.map((r) => r.join(','))].join('\r\n'));
const sheetUpload = (client: ApiClient, name: string, bytes: Buffer, language = 'en') =>
  client.upload('/api/v1/reconciliation/payouts/import', { name, bytes }, {}, { 'accept-language': language });
const itemOf = async (accountId: number) => ((await finance.get('/api/v1/reconciliation?period=2026-11')).body.items as Item[]).find((i) => i.accountId === accountId)!;

describe('the payout sheet', () => {
  it('when finance uploads a .csv settlement sheet, then each account-period gets its payout and the difference against the ledger, bad rows reported', async () => {
    const [a, b] = items as [Item, Item];
    const res = await sheetUpload(finance, 'settlement.csv', csv([
      ['抖音', identifierOf.get(a.accountId)!, '2026-11', yuan(a.ledgerFen + 1_234)],
      ['douyin', identifierOf.get(b.accountId)!, '2026-11', `¥${yuan(b.ledgerFen)}`],
      ['douyin', 'no-such-account', '2026-11', '1.00'],
      ['douyin', identifierOf.get(a.accountId)!, '2026-11', '5.00'],
      ['douyin', identifierOf.get(b.accountId)!, '2026-13', '5.00'],
      ['douyin', identifierOf.get(b.accountId)!, '2026-10', 'twelve'],
      ['myspace', identifierOf.get(b.accountId)!, '2026-10', '1.00'],
    ]));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 7, imported: 2, rejected: 5 });
    expect(res.body.errors.map((e: { row: number; field?: string }) => [e.row, e.field])).toEqual([[3, 'account'], [4, 'account'], [5, 'period'], [6, 'amount'], [7, 'platform']]);
    expect(res.body.errors[1].message).toBe("This account's 2026-11 payout is already on row 1");

    expect(await itemOf(a.accountId)).toMatchObject({ payoutFen: a.ledgerFen + 1_234, differenceFen: 1_234 });
    expect(await itemOf(b.accountId)).toMatchObject({ payoutFen: b.ledgerFen, differenceFen: 0 });
    const admin = await server.signIn('admin');
    const audit = (await admin.get(`/api/v1/audit-log?entity=reconciliation&entityId=2026-11/${a.accountId}`)).body.items;
    expect(audit).toMatchObject([{ action: 'payout', before: { payoutFen: null }, after: { payoutFen: a.ledgerFen + 1_234 } }]);
  });

  it('when finance fills in the downloaded template as .xlsx, then the payouts land as entered ones do', async () => {
    const template = await fetch(`${server.url}/api/v1/reconciliation/payouts/import-template.xlsx`, { headers: { cookie: finance.cookie ?? '' } });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toBe('attachment; filename="payouts-import-template.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const headers = (workbook.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(['平台 platform', '账号ID account', '周期 period', '结算金额（元） amount']);
    // Finance's own sheet under the template's header; the amount typed as a number, as Excel keeps it.
    const filled = new ExcelJS.Workbook();
    const sheet = filled.addWorksheet('结算');
    sheet.addRow(headers);
    const [a] = items as [Item];
    sheet.addRow(['抖音', identifierOf.get(a.accountId), '2026-11', (a.ledgerFen - 500) / 100]);
    const res = await sheetUpload(finance, '结算单.xlsx', Buffer.from(await filled.xlsx.writeBuffer()));
    expect(res.body).toMatchObject({ rows: 1, imported: 1, rejected: 0, errors: [] });
    expect(await itemOf(a.accountId)).toMatchObject({ payoutFen: a.ledgerFen - 500, differenceFen: -500 });
  });

  it('when the period is closed, then the sheet\'s row is refused with period_locked and the payout stays', async () => {
    const [a] = items as [Item];
    await finance.put(`/api/v1/reconciliation/2026-11/${a.accountId}/payout`, { amountFen: 100 });
    expect((await finance.post('/api/v1/periods/2026-11/close')).status).toBe(200);
    const res = await sheetUpload(finance, 'late.csv', csv([['douyin', identifierOf.get(a.accountId)!, '2026-11', '9.99']]), 'zh-CN');
    expect(res.body).toMatchObject({ rows: 1, imported: 0, rejected: 1 });
    expect(res.body.errors[0].message).toMatch(/2026-11/);
    expect(await itemOf(a.accountId)).toMatchObject({ payoutFen: 100 });
  });

  it('when the upload is not a sheet of payouts or the role may not write, then a clear 4xx', async () => {
    expectError(await sheetUpload(finance, 'x.csv', Buffer.from('主播,周期\r\nx,2026-11')) as never, 400, 'invalid_request', ['file']);
    expectError(await sheetUpload(finance, 'x.csv', Buffer.alloc(0)) as never, 400, 'invalid_request', ['file']);
    expectError(await finance.post('/api/v1/reconciliation/payouts/import', {}) as never, 400, 'invalid_request');
    const viewer = await server.signIn('viewer');
    expectError(await sheetUpload(viewer, 'x.csv', csv([['douyin', 'x', '2026-11', '1']])) as never, 403, 'forbidden');
    expect((await fetch(`${server.url}/api/v1/reconciliation/payouts/import-template.xlsx`, { headers: { cookie: viewer.cookie ?? '' } })).status).toBe(403);
  });
});
