import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { insertImport } from '../../server/modules/imports/imports.repo';
import { expected, fixtureDir, importFile, ledgerSum, registerAccounts, totals, waitForImport } from './import-kit';

let server: TestServer;
let finance: ApiClient;
let admin: ApiClient;
beforeEach(async () => {
  server = await startTestServer({ env: { MAX_UPLOAD_MB: '1' } });
  admin = await server.signIn('admin');
  finance = await server.signIn('finance');
});
afterEach(() => server.close());

const samples = [
  ['douyin-api.v1.json', 'douyin-api'], ['douyin-export.csv', 'douyin-export'], ['douyin-export.gb18030.csv', 'douyin-export'],
  ['douyin-export.xlsx', 'douyin-export'], ['kuaishou-api.json', 'kuaishou-api'], ['taobao-api.json', 'taobao-api'],
  ['taobao-export.csv', 'taobao-export'], ['taobao-export.gbk.csv', 'taobao-export'], ['taobao-export.utf16.csv', 'taobao-export'],
  ['jd-api.json', 'jd-api'], ['wechat-api.json', 'wechat-api'],
] as const;

describe('importing the platforms\' files', () => {
  it.each(samples)('when finance imports %s, then the orders, the ledger by host and by period reach expected.json', async (file, format) => {
    const hosts = await registerAccounts(admin, format);
    const want = expected[file];
    const result = await importFile(finance, file);
    expect(result).toMatchObject({ status: 'succeeded', format, rowsRead: want.rows, inserted: want.rows, updated: 0, unchanged: 0, rejected: 0, progress: 1 });
    expect(await totals(finance)).toEqual({ rows: want.rows, byStatus: want.byStatus, gmvFen: want.gmvFen, estimatedCommissionFen: want.estimatedCommissionFen, settledCommissionFen: want.settledCommissionFen });
    for (const [account, fen] of Object.entries(want.settledByAccount as Record<string, number>)) {
      expect(await ledgerSum(finance, `hostId=${hosts.get(account)}`), account).toBe(fen);
    }
    for (const [period, fen] of Object.entries(want.settledByPeriod as Record<string, number>)) {
      expect(await ledgerSum(finance, `period=${period}`), period).toBe(fen);
    }
  });

  it('when the same file is imported twice, then the second import changes nothing', async () => {
    await registerAccounts(admin, 'kuaishou-api');
    await importFile(finance, 'kuaishou-api.json');
    const before = { orders: await totals(finance), ledger: await ledgerSum(finance, '') };
    const again = await importFile(finance, 'kuaishou-api.json');
    expect(again).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, unchanged: 24 });
    expect({ orders: await totals(finance), ledger: await ledgerSum(finance, '') }).toEqual(before);
    expect((await finance.get('/api/v1/ledger?pageSize=200')).body.total).toBe(9);
  });

  it.each([['douyin-export.csv', 'douyin-export'], ['douyin-export.xlsx', 'douyin-export'], ['kuaishou-api.json', 'kuaishou-api']] as const)(
    'when an order of %s is opened, then its detail shows the raw row keyed as the platform wrote it', async (file, format) => {
      await registerAccounts(admin, format);
      await importFile(finance, file);
      const list = await finance.get('/api/v1/orders?page=1&pageSize=1');
      const detail = (await finance.get(`/api/v1/orders/${list.body.items[0].id}`)).body;
      if (file.endsWith('.json')) {
        expect(detail.raw).toBeTypeOf('object');
        expect(JSON.stringify(detail.raw)).toContain(detail.rowKey);
        return;
      }
      // Independent of the importers: the CSV fixture read by csv-parse with its header row as keys.
      const records = parse(fs.readFileSync(path.join(fixtureDir, 'douyin-export.csv')), { bom: true, columns: true }) as Record<string, string>[];
      const record = records.find((r) => r['订单id']!.trim() === detail.rowKey);
      expect(Object.keys(detail.raw)).toEqual(Object.keys(record!));
      expect(detail.raw['订单id'].trim()).toBe(detail.rowKey);
      expect(detail.raw['商品名称']).toBe(record!['商品名称']);
      if (file.endsWith('.csv')) expect(detail.raw).toEqual(record);
    },
  );

  it('when a CSV export is imported twice, then the second import finds every row unchanged', async () => {
    await registerAccounts(admin, 'douyin-export');
    await importFile(finance, 'douyin-export.csv');
    const before = { orders: await totals(finance), ledger: await ledgerSum(finance, '') };
    expect(await importFile(finance, 'douyin-export.csv')).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, unchanged: expected['douyin-export.csv'].rows });
    expect({ orders: await totals(finance), ledger: await ledgerSum(finance, '') }).toEqual(before);
  });

  it('when a newer Douyin export follows the first, then statuses move, refunds reverse, and the ledger by period is expected.json\'s', async () => {
    await registerAccounts(admin, 'douyin-api');
    await importFile(finance, 'douyin-api.v1.json');
    const v2 = await importFile(finance, 'douyin-api.v2.json');
    expect(v2.inserted).toBe(0);
    expect(v2.updated + v2.unchanged).toBe(24);
    const want = expected['douyin-api.v2.json'];
    expect((await totals(finance)).byStatus).toEqual(want.byStatus);
    for (const [period, fen] of Object.entries(want.ledgerByPeriodAfterV1ThenV2 as Record<string, number>)) {
      expect(await ledgerSum(finance, `period=${period}`), period).toBe(fen);
    }
  });

  it('when the older export is imported again after the newer one, then no order goes back and the ledger does not move', async () => {
    await registerAccounts(admin, 'douyin-api');
    await importFile(finance, 'douyin-api.v1.json');
    await importFile(finance, 'douyin-api.v2.json');
    const after = { totals: await totals(finance), ledger: await ledgerSum(finance, ''), entries: (await finance.get('/api/v1/ledger?pageSize=1')).body.total };
    const old = await importFile(finance, 'douyin-api.v1.json');
    expect(old).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, unchanged: 24, rejected: 0 });
    expect(await totals(finance)).toEqual(after.totals);
    expect(await ledgerSum(finance, '')).toBe(after.ledger);
    expect((await finance.get('/api/v1/ledger?pageSize=1')).body.total).toBe(after.entries);
  });

  it('when a Taobao 渠道 order names a registered relation id beside a shared adzone, then the relation id\'s account takes it', async () => {
    const addTaobaoAccount = async (stageName: string, identifier: string) => {
      const host = (await admin.post('/api/v1/hosts', { stageName, legalName: '王五', status: 'trial' })).body;
      const account = (await admin.post(`/api/v1/hosts/${host.id}/accounts`, { platform: 'taobao', identifiers: [identifier] })).body;
      return { hostId: host.id as number, accountId: account.id as number };
    };
    const agency = await addTaobaoAccount('渠道推广位', '719664060580');
    const talent = await addTaobaoAccount('渠道达人', '2795863427');
    // Bare 19-digit ids, as the API writes them: built as text, never through a JS number.
    const order = (tradeId: string, relationId: string) => `{"trade_id": ${tradeId}, "tk_status": 3, "item_title": "空气炸锅", "item_num": 1,
      "alipay_total_price": "100.00", "pay_price": "100.00", "total_commission_rate": "20.00", "pub_share_pre_fee": "20.00", "pub_share_fee": "20.00",
      "tk_paid_time": "2026-11-01 10:00:00", "tk_earning_time": "2026-11-13 20:50:00", "adzone_id": 719664060580, "relation_id": ${relationId}}`;
    const json = `{"tbk_order_details_get_response": {"data": {"results": {"publisher_order_dto": [
      ${order('6939266243771100194', '2795863427')}, ${order('6939266243771100195', '0')}]}}}}`;
    const res = await finance.upload('/api/v1/imports', { name: 'channel.json', bytes: Buffer.from(json) }, { format: 'taobao-api' });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(await waitForImport(finance, res.body.id)).toMatchObject({ status: 'succeeded', inserted: 2, rejected: 0 });
    const orders = (await finance.get('/api/v1/orders?platform=taobao&pageSize=10')).body.items as { rowKey: string; accountId: number; accountIdentifiers: string[] }[];
    const byKey = new Map(orders.map((o) => [o.rowKey, o]));
    expect(byKey.get('6939266243771100194')).toMatchObject({ accountId: talent.accountId, accountIdentifiers: ['2795863427', '719664060580'] });
    expect(byKey.get('6939266243771100195')).toMatchObject({ accountId: agency.accountId, accountIdentifiers: ['719664060580'] });
    expect(await ledgerSum(finance, `hostId=${talent.hostId}`)).toBe(2000);
  });
});

describe('files and rows that cannot be read', () => {
  it('when the file is in no known format, then the import fails saying in plain words what to export from each platform, and nothing is written', async () => {
    const res = await importFile(finance, 'bad-not-an-export.csv');
    expect(res.status).toBe('failed');
    expect(res.message).toMatch(/Files that can be imported: Douyin: the order details exported from .*\.xlsx or \.csv/);
    for (const platform of ['Kuaishou', 'Taobao', 'JD', 'WeChat Channels']) expect(res.message).toContain(`${platform}: `);
    // No API method names or format codes: they speak to developers.
    expect(res.message).not.toMatch(/douyin-export|instituteOrderMCN|taobao\.tbk|jd\.union|commssion_order/);
    expect((await totals(finance)).rows).toBe(0);
    // Read by the Chinese app, the same failure is worded in Chinese.
    const zh = await finance.get(`/api/v1/imports/${res.id}`, { 'accept-language': 'zh-CN' });
    expect(zh.body.message).toMatch(/^bad-not-an-export\.csv：不是可识别的订单文件：.*可以导入的文件：抖音：精选联盟（百应）后台导出的订单明细/);
    expect(zh.body.message).not.toMatch(/[A-Za-z]{4,}\.[a-z]{3,}\.|Supported|Douyin/);
    expect(zh.headers.get('vary')).toMatch(/accept-language/i);
  });

  it('when the JSON is truncated, then nothing is imported', async () => {
    const res = await importFile(finance, 'bad-truncated.json');
    expect(res.status).toBe('failed');
    expect((await totals(finance)).rows).toBe(0);
  });

  it('when a CSV export breaks off inside a quoted cell, then that row is refused with the reason and the rows before it import', async () => {
    await registerAccounts(admin, 'douyin-export');
    const text = fs.readFileSync(path.join(fixtureDir, 'douyin-export.csv'), 'utf8');
    const bytes = Buffer.from(`${text.trimEnd()}\r\n"3719999999999999999,unterminated`);
    const res = await finance.upload('/api/v1/imports', { name: 'cut.csv', bytes });
    const result = await waitForImport(finance, res.body.id);
    expect(result).toMatchObject({ status: 'succeeded', rowsRead: 31, inserted: 30, rejected: 1 });
    expect(result.errors).toEqual([{ row: 31, message: expect.stringMatching(/^unreadable CSV row: Quote Not Closed/) }]);
    expect((await totals(finance)).rows).toBe(30);
  });

  it('when the file has a Chinese name, then the import keeps the name as the browser sent it', async () => {
    await registerAccounts(admin, 'douyin-export');
    const bytes = fs.readFileSync(path.join(fixtureDir, 'douyin-export.csv'));
    const res = await finance.upload('/api/v1/imports', { name: '抖音订单明细 11月.csv', bytes });
    expect((await waitForImport(finance, res.body.id)).fileName).toBe('抖音订单明细 11月.csv');
    expect((await finance.get('/api/v1/imports')).body.items[0].fileName).toBe('抖音订单明细 11月.csv');
  });

  it('when some rows are bad, then they are reported with their row numbers and the rows around them import', async () => {
    const res = await importFile(finance, 'bad-rows.douyin-export.csv');
    expect(res).toMatchObject({ status: 'succeeded', rowsRead: 4, inserted: 2, rejected: 2 });
    expect(res.errors.map((e: { row: number }) => e.row)).toEqual([2, 3]);
    // The same rows and reasons in Chinese, for the Chinese app; the list of imports says the same.
    const zh = await finance.get(`/api/v1/imports/${res.id}`, { 'accept-language': 'zh-CN' });
    expect(zh.body.errors.map((e: { row: number }) => e.row)).toEqual([2, 3]);
    for (const e of zh.body.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.body.errors.map((e: { message: string }) => e.message)).not.toEqual(res.errors.map((e: { message: string }) => e.message));
    const listed = await finance.get('/api/v1/imports', { 'accept-language': 'zh-CN' });
    expect(listed.body.items.find((i: { id: number }) => i.id === res.id).errors).toEqual(zh.body.errors);
  });

  it('when an import stored before reasons had Chinese is read in Chinese, then its English reasons are shown', async () => {
    const old = insertImport(server.deps.db, {
      fileName: 'old.csv', fileSize: 10, format: 'douyin-export', status: 'failed', createdAt: new Date('2026-11-01T00:00:00Z'),
      errors: [{ row: 2, message: '支付金额: "x" is not an amount of yuan' }], message: 'refused: more than 10 rows in the sheet',
    });
    const zh = await finance.get(`/api/v1/imports/${old.id}`, { 'accept-language': 'zh-CN' });
    expect(zh.body).toMatchObject({ errors: [{ row: 2, message: '支付金额: "x" is not an amount of yuan' }], message: 'refused: more than 10 rows in the sheet' });
  });

  it('when saved API pages repeat an order at a newer state, then the order ends at the later state and its commission is booked', async () => {
    await registerAccounts(admin, 'douyin-api');
    const v1 = fs.readFileSync(path.join(fixtureDir, 'douyin-api.v1.json'), 'utf8').trim();
    const v2 = fs.readFileSync(path.join(fixtureDir, 'douyin-api.v2.json'), 'utf8').trim();
    const res = await finance.upload('/api/v1/imports', { name: 'synced.json', bytes: Buffer.from(`${v1.slice(0, -1)},${v2}]`) });
    const result = await waitForImport(finance, res.body.id);
    expect(result).toMatchObject({ status: 'succeeded', rejected: 0, errors: [] });
    // The same orders as importing v1 and then v2 as two files.
    const once = await totals(finance);
    const twoFiles = await startTestServer();
    try {
      const [admin2, finance2] = [await twoFiles.signIn('admin'), await twoFiles.signIn('finance')];
      await registerAccounts(admin2, 'douyin-api');
      await importFile(finance2, 'douyin-api.v1.json');
      await importFile(finance2, 'douyin-api.v2.json');
      expect(once).toEqual(await totals(finance2));
    } finally {
      await twoFiles.close();
    }
  });

  it('when an export repeats a row key, then the import refuses the later row naming the first', async () => {
    await registerAccounts(admin, 'douyin-export');
    const lines = fs.readFileSync(path.join(fixtureDir, 'douyin-export.csv'), 'utf8').split('\r\n');
    const bytes = Buffer.from([...lines.slice(0, 4), lines[2], ...lines.slice(4)].join('\r\n'));
    const res = await finance.upload('/api/v1/imports', { name: 'repeated.csv', bytes });
    const result = await waitForImport(finance, res.body.id);
    expect(result).toMatchObject({ status: 'succeeded', rowsRead: 31, inserted: 30, rejected: 1 });
    expect(result.errors).toEqual([{ row: 4, message: expect.stringMatching(/^duplicate row key "\d{19}": already on row 2$/) }]);
    // The unfiltered total is the trigger-kept count; a filtered one is counted: both agree with the rows.
    const all = (await finance.get('/api/v1/orders?pageSize=200')).body;
    expect([all.total, all.items.length]).toEqual([30, 30]);
    const douyin = (await finance.get('/api/v1/orders?platform=douyin&pageSize=200')).body;
    expect(douyin.total).toBe(30);
    // Every platform an account may be on can be asked for; an unknown one is a 400.
    expect((await finance.get('/api/v1/orders?platform=xiaohongshu')).body).toMatchObject({ total: 0, items: [] });
    expect((await finance.get('/api/v1/orders?platform=other')).status).toBe(200);
    expect((await finance.get('/api/v1/orders?platform=myspace')).status).toBe(400);
  });

  it('when the named format does not fit the file, or is unknown, then it is refused', async () => {
    const res = await importFile(finance, 'kuaishou-api.json', { format: 'douyin-export' });
    expect(res.status).toBe('failed');
    const unknown = await finance.upload('/api/v1/imports', { name: 'x.csv', bytes: new Uint8Array([1]) }, { format: 'excel' });
    expect(unknown.status).toBe(400);
  });

  it('when the file is over the size limit or missing, then 413 or 400 with the envelope', async () => {
    const big = await finance.upload('/api/v1/imports', { name: 'big.csv', bytes: new Uint8Array(2 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('too_large');
    const none = await finance.post('/api/v1/imports', { file: 'nope' });
    expect(none.status).toBe(400);
    expect((await finance.get('/api/v1/imports')).body.total).toBe(0);
  });

  it('when a viewer or a scheduler imports, then 403', async () => {
    const viewer = await server.signIn('viewer');
    expect((await viewer.upload('/api/v1/imports', { name: 'a.json', bytes: new Uint8Array([123, 125]) })).status).toBe(403);
  });
});

describe('the unmatched queue', () => {
  it('when orders name no known account, then they wait unmatched; adding the account attributes them and books the ledger', async () => {
    await importFile(finance, 'jd-api.json');
    expect((await finance.get('/api/v1/orders?unmatched=true')).body.total).toBe(24);
    expect(await ledgerSum(finance, '')).toBe(0);
    const hosts = await registerAccounts(admin, 'jd-api');
    expect((await finance.get('/api/v1/orders?unmatched=true')).body.total).toBe(0);
    expect(await ledgerSum(finance, `hostId=${hosts.get('jd-acct-2')}`)).toBe(expected['jd-api.json'].settledByAccount['jd-acct-2']);
  });

  it('when finance assigns an unmatched order to an account, then every order naming that identifier is attributed', async () => {
    await importFile(finance, 'wechat-api.json');
    const host = (await admin.post('/api/v1/hosts', { stageName: '视频号主播', legalName: '李四', status: 'trial' })).body;
    const account = (await admin.post(`/api/v1/hosts/${host.id}/accounts`, { platform: 'wechat', identifiers: ['placeholder-id'] })).body;
    const first = (await finance.get('/api/v1/orders?unmatched=true&pageSize=1')).body.items[0];
    const res = await finance.post(`/api/v1/orders/${first.id}/assign`, { accountId: account.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ accountId: account.id, hosts: [{ hostId: host.id, shareBp: 10000 }] });
    expect(res.body.attributed).toBeGreaterThan(1);
    expect((await finance.post(`/api/v1/orders/${first.id}/assign`, { accountId: account.id })).status).toBe(409);
  });
});
