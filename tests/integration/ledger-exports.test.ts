import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { ledgerTable } from '../../server/modules/ledger/ledger-export';
import { expected, fixtureDir, registerAccounts, waitForImport } from './import-kit';
import { download } from './download-kit';
import { xlsxRows } from '../helpers/xlsx';

// The ledger as finance reads it (issue 17): the platform's order number and platform, newest first,
// subtotals by host and by booking period, and the filtered entries exported in the reader's language.

let server: TestServer;
let finance: ApiClient;
let hosts: Map<string, number>;
const want = expected['douyin-export.csv'];
let admin: ApiClient;
// One import for the file: the tests read; the one that renames a host runs last.
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  finance = await server.signIn('finance');
  hosts = await registerAccounts(admin, 'douyin-export');
  const upload = await finance.upload('/api/v1/imports', { name: 'douyin-export.csv', bytes: fs.readFileSync(path.join(fixtureDir, 'douyin-export.csv')) });
  expect((await waitForImport(finance, upload.body.id, 60_000)).status).toBe('succeeded');
}, 120_000);
afterAll(() => server.close());

type Entry = { id: number; orderId: number; hostId: number; amountFen: number; eventAt: string; platform: string; platformOrderId: string; orderStatus: string; hostName: string };
const allEntries = async (query = '') => (await finance.get(`/api/v1/ledger?pageSize=200&${query}`)).body as { items: Entry[]; total: number; sumFen: number };

describe('GET /ledger', () => {
  it('when finance lists the ledger, then entries come newest first with the platform, its order number, the order status and the host name', async () => {
    const { items, total } = await allEntries();
    expect(total).toBeGreaterThan(1);
    const times = items.map((e) => Date.parse(e.eventAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const order = (await finance.get(`/api/v1/orders/${items[0]!.orderId}`)).body;
    expect(items[0]).toMatchObject({ platform: 'douyin', platformOrderId: order.rowKey, orderStatus: order.status });
    const host = (await finance.get(`/api/v1/hosts/${items[0]!.hostId}`)).body;
    expect(items[0]!.hostName).toBe(host.stageName);
  });
});

describe('GET /ledger/subtotals', () => {
  it('when nothing is filtered, then the subtotals by host and by period are expected.json\'s and add up to the sum', async () => {
    const res = await finance.get('/api/v1/ledger/subtotals');
    expect(res.status).toBe(200);
    const byHost = Object.fromEntries(res.body.byHost.map((h: { hostId: number; amountFen: number }) => [h.hostId, h.amountFen]));
    for (const [account, fen] of Object.entries(want.settledByAccount as Record<string, number>)) expect(byHost[hosts.get(account)!], account).toBe(fen);
    expect(Object.fromEntries(res.body.byPeriod.map((p: { period: string; amountFen: number }) => [p.period, p.amountFen]))).toEqual(want.settledByPeriod);
    expect(res.body.byPeriod.map((p: { period: string }) => p.period)).toEqual(['2026-12', '2026-11']);
    expect(res.body.totalFen).toBe(want.settledCommissionFen);
    expect(res.body.entries).toBe((await allEntries()).total);
  });

  it('when filtered by host and period, then only that host\'s entries of that period are summed', async () => {
    const hostId = hosts.get('douyin-acct-1')!;
    const res = await finance.get(`/api/v1/ledger/subtotals?hostId=${hostId}&period=2026-11`);
    const list = await allEntries(`hostId=${hostId}&period=2026-11`);
    expect(res.body.byHost).toEqual([expect.objectContaining({ hostId, amountFen: list.sumFen, entries: list.total })]);
    expect(res.body.byPeriod).toEqual([{ period: '2026-11', amountFen: list.sumFen, entries: list.total }]);
    expect((await finance.get('/api/v1/ledger/subtotals?period=2026-13')).status).toBe(400);
  });
});

describe('GET /ledger/export.xlsx and .csv', () => {
  it('when exported in English, then the .xlsx has English headers, labels instead of codes, yuan, and the entries the list shows', async () => {
    const res = await download(finance, '/api/v1/ledger/export.xlsx?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ledger-all.xlsx"');
    const [header, ...rows] = await xlsxRows(res.bytes);
    expect(header).toEqual(['Booking period', 'Event time', 'Platform', 'Platform order no.', 'Order status', 'Host', 'Amount (yuan)']);
    const list = await allEntries();
    expect(rows).toHaveLength(list.total);
    expect(rows.map((r) => r[3])).toEqual(list.items.map((e) => e.platformOrderId));
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['Douyin']));
    expect(rows.every((r) => ['Settled', 'Paid', 'Received', 'Invalid', 'Pending'].includes(r[4] as string))).toBe(true);
    expect(Math.round(rows.reduce((t, r) => t + (r[6] as number), 0) * 100)).toBe(list.sumFen);
    expect(rows[0]![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('when exported as .csv in Chinese for one host, then Chinese headers and labels, exact yuan, and only that host\'s entries', async () => {
    const hostId = hosts.get('douyin-acct-0')!;
    const res = await download(finance, `/api/v1/ledger/export.csv?lang=zh-CN&hostId=${hostId}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = res.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    expect(header).toEqual(['记账周期', '发生时间', '平台', '平台订单号', '订单状态', '主播', '金额（元）']);
    const list = await allEntries(`hostId=${hostId}`);
    expect(rows).toHaveLength(list.total);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['抖音']));
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set([list.items[0]!.hostName]));
    const fen = rows.reduce((t, r) => t + Number(r[6]!.replace('.', '')), 0);
    expect(fen).toBe(want.settledByAccount['douyin-acct-0']);
    for (const r of rows) expect(r[6]).toMatch(/^-?\d+\.\d{2}$/);
  });

  it('when no lang is named, then Accept-Language decides; a bad lang is 400', async () => {
    const res = await download(finance, '/api/v1/ledger/export.csv', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(res.bytes.toString('utf8')).toContain('记账周期');
    expect((await download(finance, '/api/v1/ledger/export.csv?lang=fr')).status).toBe(400);
  });

  it('when the export reads the ledger a few rows at a time, then every entry comes once, in the list\'s order', () => {
    const pages = [...ledgerTable(server.deps, {}, 'en', 3).pages];
    expect(pages.length).toBeGreaterThan(2);
    const ids = pages.flat().map((r) => r[3]);
    return allEntries().then((list) => expect(ids).toEqual(list.items.map((e) => e.platformOrderId)));
  });

  it('when a viewer exports, then it is allowed (orders.read); signed out, 401', async () => {
    const viewer = await server.signIn('viewer');
    expect((await download(viewer, '/api/v1/ledger/export.csv')).status).toBe(200);
    const anonymous = await download({ baseUrl: finance.baseUrl, cookie: null } as ApiClient, '/api/v1/ledger/export.csv');
    expect(anonymous.status).toBe(401);
  });

  it('when a host\'s name starts like a formula, then the export writes it as text', async () => {
    const hostId = hosts.get('douyin-acct-0')!;
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { stageName: '=HYPERLINK("x")' })).status).toBe(200);
    const csv = (await download(finance, `/api/v1/ledger/export.csv?lang=en&hostId=${hostId}`)).bytes.toString('utf8');
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    const [, first] = await xlsxRows((await download(finance, `/api/v1/ledger/export.xlsx?lang=en&hostId=${hostId}`)).bytes);
    expect(first![5]).toBe('\'=HYPERLINK("x")');
  });
});
