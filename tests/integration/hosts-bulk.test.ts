import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { residentId } from '../factories/roster';
import { addAccount, addHost, expectError, rosterServer } from './roster-kit';

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

const headers = ['艺名 stageName', '真实姓名 legalName', '状态 status', '经纪人邮箱 agentEmail', '等级 tier', '品类 categories (comma separated)',
  '入驻日期 joinDate', '出生日期 birthDate', '身份证号 idNumber', '手机号 phone', '银行卡号 bankAccount', '开户行 bankName',
  '平台 platform', '账号ID identifiers (comma separated)', '昵称 handle', '粉丝数 followers', '实名认证 realNameVerified', '监护人同意 guardianConsent'];

async function xlsxOf(rows: string[][], header = headers): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('hosts');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function sheetOf(body: ArrayBuffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

/** Every part of the .xlsx zip as text: what a clear value would have to hide in. */
function zipText(bytes: ArrayBuffer): string {
  const buf = Buffer.from(bytes);
  const parts: string[] = [];
  for (let at = buf.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = buf.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    const method = buf.readUInt16LE(at + 8);
    const size = buf.readUInt32LE(at + 18);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(start, start + size);
    parts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
  }
  return parts.join('\n');
}

async function download(client: ApiClient, path: string) {
  const res = await fetch(server.url + path, { headers: { cookie: client.cookie ?? '' } });
  return { status: res.status, headers: res.headers, bytes: await res.arrayBuffer() };
}

const total = async (client: ApiClient) => (await client.get('/api/v1/hosts?archived=include')).body.total as number;
const row = (stageName: string, extra: Partial<Record<number, string>> = {}) => {
  const cells = [stageName, `${stageName}真名`, 'trial', '', 'A', 'beauty,food', '2026-01-10', '', '', '', '', '', '', '', '', ''];
  for (const [i, v] of Object.entries(extra)) cells[Number(i)] = v as string;
  return cells;
};

describe('hosts bulk: template and import', () => {
  it('when a manager downloads the template, then it parses back with the expected headers and an example row', async () => {
    const manager = await server.signIn('manager');
    const res = await download(manager, '/api/v1/hosts/import-template.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const [header, example] = await sheetOf(res.bytes);
    expect(header).toEqual(headers);
    expect(example?.[0]).toBe('小鹿');
    expect(example?.[6]).toBe('2026-01-10');
  });

  it('when an xlsx has 3 good rows and 2 bad ones, then the 3 are imported and the 2 reported with their row and reason', async () => {
    const manager = await server.signIn('manager');
    const holder = await addHost(manager);
    await addAccount(manager, holder.id, { platform: 'douyin', identifiers: ['dy-taken'] });
    const file = await xlsxOf([
      row('甲', { 3: manager.user.email, 8: residentId('1998-03-15', 11), 9: '13812345678' }),
      row('乙', { 12: 'douyin', 13: '7000000000511587049, dy-new', 14: '乙的直播间', 15: '120000' }),
      row('丙', { 2: '签约', 7: '1990-05-01' }),
      row('丁', { 8: '12345' }),
      row('戊', { 12: 'douyin', 13: 'dy-taken' }),
    ]);
    const res = await manager.upload('/api/v1/hosts/import', { name: 'hosts.xlsx', bytes: file });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 5, imported: 3, rejected: 2 });
    expect(res.body.errors).toEqual([
      { row: 4, field: 'idNumber', message: expect.stringContaining('resident ID') },
      { row: 5, field: 'identifiers', message: expect.stringContaining('dy-taken') },
    ]);
    const list = (await manager.get('/api/v1/hosts?pageSize=200')).body.items as { stageName: string; id: number; agentId: number | null; status: string; idNumber: string | null }[];
    expect(list.map((h) => h.stageName).sort()).toEqual([holder.stageName, '丙', '乙', '甲'].sort());
    const jia = list.find((h) => h.stageName === '甲');
    expect(jia).toMatchObject({ agentId: manager.user.id, idNumber: expect.stringMatching(/^\*{14}\d{3}[\dX]$/) });
    expect(list.find((h) => h.stageName === '丙')?.status).toBe('active');
    const yi = list.find((h) => h.stageName === '乙');
    const accounts = (await manager.get(`/api/v1/hosts/${yi?.id}/accounts`)).body.items;
    expect(accounts).toMatchObject([{ platform: 'douyin', identifiers: ['7000000000511587049', 'dy-new'], handle: '乙的直播间', followers: 120000 }]);

    // The same two bad rows sent from the Chinese app: the same rows and fields, each reason in Chinese.
    const bad = await xlsxOf([row('丁', { 8: '12345' }), row('戊', { 12: 'douyin', 13: 'dy-taken' })]);
    const zh = await manager.upload('/api/v1/hosts/import', { name: 'bad.xlsx', bytes: bad }, {}, { 'accept-language': 'zh-CN' });
    expect(zh.body).toMatchObject({ rows: 2, imported: 0, rejected: 2 });
    expect(zh.body.errors).toEqual([
      { row: 1, field: 'idNumber', message: expect.stringContaining('身份证号') },
      { row: 2, field: 'identifiers', message: expect.stringMatching(/dy-taken.*[\u4e00-\u9fff]/) },
    ]);
  });

  it('when a CSV is encoded in GB18030, then its rows import too, and an unknown agent email is that row\'s error', async () => {
    const manager = await server.signIn('manager');
    const csv = [headers.join(','), row('小红').map((c) => (c.includes(',') ? `"${c}"` : c)).join(','), row('小蓝').join(',').replace('beauty,food', 'food'), row('小黑', { 3: 'nobody@example.com', 5: 'food' }).join(',')].join('\r\n');
    const res = await manager.upload('/api/v1/hosts/import', { name: 'hosts.csv', bytes: iconv.encode(csv, 'gb18030') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 3, imported: 2, rejected: 1, errors: [{ row: 3, field: 'agentEmail', message: expect.stringContaining('nobody@example.com') }] });
    const names = (await manager.get('/api/v1/hosts')).body.items.map((h: { stageName: string }) => h.stageName);
    expect(names.sort()).toEqual(['小红', '小蓝'].sort());
  });

  it('when a row names a 60 KB agent email, then its error quotes only the start of it (issue 15 item 8)', async () => {
    const manager = await server.signIn('manager');
    const email = `a${'x'.repeat(60_000)}@example.com`;
    const csv = [headers.join(','), row('小灰', { 3: email, 5: 'food' }).join(',')].join('\r\n');
    const res = await manager.upload('/api/v1/hosts/import', { name: 'hosts.csv', bytes: Buffer.from(csv) });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([{ row: 1, field: 'agentEmail', message: expect.stringContaining('"axxxx') }]);
    expect(res.body.errors[0].message.length).toBeLessThan(400);
  });

  it('when the file is empty, has wrong headers, or the role may not write hosts, then it is refused and nothing is written', async () => {
    const manager = await server.signIn('manager');
    expectError(await manager.upload('/api/v1/hosts/import', { name: 'empty.csv', bytes: new Uint8Array() }), 400, 'invalid_request');
    const wrong = await manager.upload('/api/v1/hosts/import', { name: 'x.xlsx', bytes: await xlsxOf([['a', 'b']], ['name', 'whatever']) });
    expectError(wrong, 400, 'invalid_request');
    expect(wrong.body.error.message).toMatch(/stageName/);
    const good = await xlsxOf([row('某')]);
    expectError(await manager.upload('/api/v1/hosts/import', { name: 'cut.xlsx', bytes: good.subarray(0, good.length - 200) }), 400, 'invalid_request');
    expectError(await manager.upload('/api/v1/hosts/import', { name: 'header-only.csv', bytes: new TextEncoder().encode(`${headers.join(',')}\n`) }), 400, 'invalid_request');
    const viewer = await server.signIn('viewer');
    expectError(await viewer.upload('/api/v1/hosts/import', { name: 'h.xlsx', bytes: await xlsxOf([row('某')]) }), 403, 'forbidden');
    expect((await download(viewer, '/api/v1/hosts/import-template.xlsx')).status).toBe(403);
    expect(await total(manager)).toBe(0);
  });
});

describe('hosts bulk: export', () => {
  it('when the list is filtered by status, then the export has only matching hosts and masked ID numbers, for a viewer too', async () => {
    const manager = await server.signIn('manager');
    const clearIds = [residentId('1995-01-02', 21), residentId('1996-03-04', 22)];
    await addHost(manager, { stageName: '试播一', status: 'trial', birthDate: null, idNumber: clearIds[0] });
    await addHost(manager, { stageName: '待签二', status: 'prospect', birthDate: null, idNumber: clearIds[1] });
    const viewer = await server.signIn('viewer');
    const res = await download(viewer, '/api/v1/hosts/export.xlsx?status=trial');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="hosts-20261125.xlsx"');
    const [header, ...rows] = await sheetOf(res.bytes);
    const idColumn = header?.indexOf('ID number') ?? -1;
    expect(idColumn).toBeGreaterThan(0);
    expect(rows.map((r) => r[1])).toEqual(['试播一']);
    expect(rows[0]?.[idColumn]).toBe(`**************${clearIds[0]?.slice(-4)}`);
    // Nowhere in the file: every zip part inflated and searched.
    const text = zipText(res.bytes);
    expect(text).toContain('试播一');
    for (const clear of clearIds) expect(text).not.toContain(clear);
    expectError(await viewer.get('/api/v1/hosts/export.xlsx?status=nope'), 400, 'invalid_request', ['status']);
  });
});
