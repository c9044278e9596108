import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { allocate } from '../../server/domain/money';
import { ordersTable } from '../../server/modules/ledger/order-export';
import { importFile, registerAccounts } from './import-kit';
import { download } from './download-kit';
import { expectError } from './roster-kit';
import { xlsxRows } from '../helpers/xlsx';

// The orders list as finance reads it (issue 17): subtotals of what the filter matches (count, GMV, estimated
// and settled commission, refunds; by platform and by host), and the filtered orders exported in the reader's
// language. Every expected figure is counted here from the list itself (GET /orders), the way SPEC section 9
// counts: GMV and estimated commission of the orders not invalid, settled commission of all, refunds the
// invalid orders with a refund instant.

let server: TestServer;
let finance: ApiClient;
let admin: ApiClient;
let douyinHosts: Map<string, number>;
let kuaishouHosts: Map<string, number>;
let shared: { orderId: number; hosts: { hostId: number; shareBp: number }[] };

type Order = {
  id: number; platform: string; rowKey: string; status: string; hosts: { hostId: number; shareBp: number }[]; paidAt: string | null; refundedAt: string | null;
  gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number;
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  finance = await server.signIn('finance');
  douyinHosts = await registerAccounts(admin, 'douyin-export');
  kuaishouHosts = await registerAccounts(admin, 'kuaishou-api');
  expect((await importFile(finance, 'douyin-export.csv')).status).toBe('succeeded');
  expect((await importFile(finance, 'kuaishou-api.json')).status).toBe('succeeded');
  // One order shared by two hosts 60/40 (as a session with two hosts attributes it; order_hosts follows by its
  // triggers), and two orders never paid, which the list sorts last: the export's pages must keep both right.
  const [a, b] = [douyinHosts.get('douyin-acct-0')!, douyinHosts.get('douyin-acct-1')!];
  const target = server.deps.sqlite.prepare("SELECT id FROM orders WHERE platform = 'douyin' AND status = 'settled' ORDER BY id LIMIT 1").get() as { id: number };
  shared = { orderId: target.id, hosts: [{ hostId: a, shareBp: 6000 }, { hostId: b, shareBp: 4000 }] };
  server.deps.sqlite.prepare('UPDATE orders SET hosts = ? WHERE id = ?').run(JSON.stringify(shared.hosts), shared.orderId);
  server.deps.sqlite.prepare("UPDATE orders SET paid_at = NULL WHERE id IN (SELECT id FROM orders WHERE platform = 'kuaishou' ORDER BY id LIMIT 2)").run();
}, 120_000);
afterAll(() => server.close());

/** Paid dates that hold every order paid (the two never paid are outside any bound). */
const allPaid = 'from=2000-01-01&to=2099-12-31';

async function listed(query = ''): Promise<{ items: Order[]; total: number }> {
  const res = await finance.get(`/api/v1/orders?pageSize=200&${query}`);
  expect(res.status).toBe(200);
  expect(res.body.items.length).toBe(res.body.total);
  return res.body;
}

const counted = (o: Order) => o.status !== 'invalid';
const refunded = (o: Order) => o.status === 'invalid' && o.refundedAt !== null;
const sum = (orders: Order[], fen: (o: Order) => number) => orders.reduce((t, o) => t + fen(o), 0);
function figuresOf(orders: Order[]) {
  return {
    orders: orders.length,
    gmvFen: sum(orders.filter(counted), (o) => o.gmvFen),
    estimatedCommissionFen: sum(orders.filter(counted), (o) => o.estimatedCommissionFen),
    settledCommissionFen: sum(orders, (o) => o.settledCommissionFen),
    refunds: orders.filter(refunded).length,
    refundsFen: sum(orders.filter(refunded), (o) => o.gmvFen),
  };
}

/** Each host's part of the orders: the order's amounts allocated over its hosts' shares. */
function hostPartsOf(orders: Order[]) {
  const out = new Map<number, ReturnType<typeof figuresOf>>();
  for (const o of orders) {
    const weights = o.hosts.map((h) => h.shareBp);
    const part = (fen: number) => allocate(fen, weights);
    const [gmv, estimated, settled] = [part(o.gmvFen), part(o.estimatedCommissionFen), part(o.settledCommissionFen)];
    o.hosts.forEach((h, i) => {
      const f = out.get(h.hostId) ?? figuresOf([]);
      f.orders += 1;
      if (counted(o)) { f.gmvFen += gmv[i]!; f.estimatedCommissionFen += estimated[i]!; }
      f.settledCommissionFen += settled[i]!;
      if (refunded(o)) { f.refunds += 1; f.refundsFen += gmv[i]!; }
      out.set(h.hostId, f);
    });
  }
  return out;
}

describe('GET /orders/subtotals', () => {
  it('when paid dates span everything, then the totals, each platform and each host\'s part are the list\'s, counted as SPEC section 9 counts', async () => {
    const list = await listed(allPaid);
    const res = await finance.get(`/api/v1/orders/subtotals?${allPaid}`);
    expect(res.status).toBe(200);
    const want = figuresOf(list.items);
    expect(want.refunds).toBeGreaterThan(0);
    expect(res.body).toMatchObject(want);
    expect(res.body.orders).toBe(list.total);
    for (const platform of ['douyin', 'kuaishou']) {
      expect(res.body.byPlatform).toContainEqual({ platform, ...figuresOf(list.items.filter((o) => o.platform === platform)) });
    }
    expect(res.body.byPlatform).toHaveLength(2);
    const parts = hostPartsOf(list.items);
    expect(res.body.byHost).toHaveLength(parts.size);
    for (const row of res.body.byHost as { hostId: number; hostName: string }[]) {
      expect(row).toMatchObject(parts.get(row.hostId)!);
      expect(row.hostName).toBe((await finance.get(`/api/v1/hosts/${row.hostId}`)).body.stageName);
    }
    const gmvs = (res.body.byHost as { gmvFen: number }[]).map((h) => h.gmvFen);
    expect(gmvs).toEqual([...gmvs].sort((x, y) => y - x));
  });

  it('when an order is shared by two hosts, then each host\'s subtotal holds its part by its share, and the parts add up to the order', async () => {
    const order = (await listed()).items.find((o) => o.id === shared.orderId)!;
    const [first, second] = allocate(order.settledCommissionFen, [6000, 4000]);
    const only = async (hostId: number) => hostPartsOf((await listed(`hostId=${hostId}`)).items).get(hostId)!;
    const res = (await finance.get(`/api/v1/orders/subtotals?${allPaid}`)).body as { byHost: { hostId: number; settledCommissionFen: number }[] };
    for (const [i, h] of shared.hosts.entries()) {
      expect(res.byHost.find((r) => r.hostId === h.hostId)).toMatchObject(await only(h.hostId));
      expect(first! + second!).toBe(order.settledCommissionFen);
      expect([first, second][i]).toBeGreaterThan(0);
    }
  });

  it('when filtered by host and period, then the totals are the whole orders the list shows, by platform, and no split by host', async () => {
    const hostId = douyinHosts.get('douyin-acct-1')!;
    const list = await listed(`hostId=${hostId}&period=2026-11`);
    expect(list.total).toBeGreaterThan(0);
    const res = await finance.get(`/api/v1/orders/subtotals?hostId=${hostId}&period=2026-11`);
    expect(res.body).toEqual({ ...figuresOf(list.items), byPlatform: [{ platform: 'douyin', ...figuresOf(list.items) }], byHost: null });
  });

  it('when filtered by platform and status, then only those orders are summed (refunds of the invalid ones)', async () => {
    const list = await listed(`platform=kuaishou&status=invalid&${allPaid}`);
    const res = await finance.get(`/api/v1/orders/subtotals?platform=kuaishou&status=invalid&${allPaid}`);
    expect(res.body).toMatchObject({ ...figuresOf(list.items), gmvFen: 0, estimatedCommissionFen: 0 });
    expect(res.body.refunds).toBeGreaterThan(0);
    const unmatched = await finance.get('/api/v1/orders/subtotals?unmatched=true');
    expect(unmatched.body).toMatchObject({ ...figuresOf((await listed('unmatched=true')).items), byHost: [] });
  });

  it('when nothing bounds the orders (no period, dates, host, session, account or unmatched), then 422 naming the period, as a platform or status alone', async () => {
    for (const query of ['', 'platform=douyin', 'status=settled', 'unmatched=false']) {
      const res = await finance.get(`/api/v1/orders/subtotals?${query}`);
      expectError(res, 422, 'unprocessable', ['period']);
      expect(res.body.error.message).toMatch(/period, paid dates, a host, a session or an account/);
    }
  });

  it('when the filter is malformed, then 400 with the error envelope naming the field', async () => {
    expectError(await finance.get('/api/v1/orders/subtotals?status=nope'), 400, 'invalid_request', ['status']);
    expectError(await finance.get('/api/v1/orders/subtotals?period=2026-13'), 400, 'invalid_request', ['period']);
    expectError(await finance.get('/api/v1/orders/subtotals?hostId=abc'), 400, 'invalid_request', ['hostId']);
  });
});

describe('GET /orders/export.xlsx and .csv', () => {
  it('when exported in English for a platform, then the .xlsx has English headers, labels, yuan, the list\'s orders in its order, and the subtotals\' figures', async () => {
    const list = await listed('platform=kuaishou');
    const res = await download(finance, '/api/v1/orders/export.xlsx?lang=en&platform=kuaishou');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="orders-all.xlsx"');
    const [header, ...rows] = await xlsxRows(res.bytes);
    expect(header).toEqual([
      'Paid at', 'Platform', 'Platform order no.', 'Order status', 'Hosts', 'Product', 'Quantity', 'GMV (yuan)', 'Commission rate',
      'Estimated commission (yuan)', 'Settled commission (yuan)', 'Settled at', 'Refunded at',
    ]);
    expect(rows.map((r) => r[2])).toEqual(list.items.map((o) => o.rowKey));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Kuaishou']));
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['Settled', 'Invalid', 'Paid', 'Received']));
    // Subtotals need a bound: every paid date, so the rows never paid (no time) are left out of both.
    const subtotals = (await finance.get(`/api/v1/orders/subtotals?platform=kuaishou&${allPaid}`)).body;
    const fen = (rs: unknown[][], col: number) => Math.round(rs.reduce((t, r) => t + (r[col] as number), 0) * 100);
    const paid = rows.filter((r) => r[0] !== undefined);
    expect(paid.length).toBe(rows.length - 2);
    const notInvalid = paid.filter((r) => r[3] !== 'Invalid');
    expect(fen(notInvalid, 7)).toBe(subtotals.gmvFen);
    expect(fen(notInvalid, 9)).toBe(subtotals.estimatedCommissionFen);
    expect(fen(paid, 10)).toBe(subtotals.settledCommissionFen);
    expect(paid.filter((r) => r[3] === 'Invalid' && r[12]).length).toBe(subtotals.refunds);
    expect(rows[0]![0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(rows.at(-1)![0]).toBeUndefined(); // never paid: last, with no time
    expect(rows[0]![8]).toMatch(/^\d+\.\d{2}%$/);
  });

  it('when exported as .csv in Chinese for a host and period, then Chinese headers and labels, exact yuan, the host\'s name, and the subtotals\' figures', async () => {
    const hostId = douyinHosts.get('douyin-acct-0')!;
    const query = `hostId=${hostId}&period=2026-11`;
    const res = await download(finance, `/api/v1/orders/export.csv?lang=zh-CN&${query}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="orders-2026-11-host${hostId}.csv"`);
    const text = res.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    expect(header).toEqual(['付款时间', '平台', '平台订单号', '订单状态', '主播', '商品', '数量', '成交金额（元）', '佣金率', '预估佣金（元）', '结算佣金（元）', '结算时间', '退款时间']);
    const list = await listed(query);
    expect(rows.map((r) => r[2])).toEqual(list.items.map((o) => o.rowKey));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['抖音']));
    const name = (await finance.get(`/api/v1/hosts/${hostId}`)).body.stageName as string;
    expect(rows.every((r) => r[4]!.split('、').includes(name))).toBe(true);
    for (const r of rows) for (const col of [7, 9, 10]) expect(r[col]).toMatch(/^-?\d+\.\d{2}$/);
    const fen = (rs: string[][], col: number) => rs.reduce((t, r) => t + Number(r[col]!.replace('.', '')), 0);
    const subtotals = (await finance.get(`/api/v1/orders/subtotals?${query}`)).body;
    expect(fen(rows.filter((r) => r[3] !== '已失效'), 7)).toBe(subtotals.gmvFen);
    expect(fen(rows, 10)).toBe(subtotals.settledCommissionFen);
    expect(rows.length).toBe(subtotals.orders);
  });

  it('when the order is shared, then its hosts cell names both hosts in the language\'s list style', async () => {
    const names = await Promise.all(shared.hosts.map(async (h) => (await finance.get(`/api/v1/hosts/${h.hostId}`)).body.stageName as string));
    const rowKey = (await finance.get(`/api/v1/orders/${shared.orderId}`)).body.rowKey as string;
    const row = (lang: string) => download(finance, `/api/v1/orders/export.csv?lang=${lang}&hostId=${shared.hosts[1]!.hostId}`)
      .then((r) => (parse(r.bytes.toString('utf8').slice(1)) as string[][]).find((cells) => cells[2] === rowKey)!);
    expect((await row('en'))[4]).toBe(names.join(', '));
    expect((await row('zh-CN'))[4]).toBe(names.join('、'));
  });

  it('when the filter is malformed, then 400 with the error envelope, in either format; a bad lang too', async () => {
    expectError(await finance.get('/api/v1/orders/export.xlsx?status=nope'), 400, 'invalid_request', ['status']);
    expectError(await finance.get('/api/v1/orders/export.csv?period=2026-13'), 400, 'invalid_request', ['period']);
    expectError(await finance.get('/api/v1/orders/export.csv?lang=fr'), 400, 'invalid_request', ['lang']);
  });

  it('when paid dates end before they start, then 422 with the envelope for the subtotals and both formats, as for the list', async () => {
    const query = 'from=2026-12-01&to=2026-11-01';
    expectError(await finance.get(`/api/v1/orders?${query}`), 422, 'unprocessable', ['to']);
    for (const path of ['subtotals', 'export.xlsx', 'export.csv']) expectError(await finance.get(`/api/v1/orders/${path}?${query}`), 422, 'unprocessable', ['to']);
  });

  it('when filtered by paid dates, then the export and the subtotals hold the list\'s orders of those days', async () => {
    const query = 'from=2026-11-10&to=2026-11-30';
    const list = await listed(query);
    expect(list.total).toBeGreaterThan(0);
    expect(list.total).toBeLessThan((await listed()).total);
    const rows = parse((await download(finance, `/api/v1/orders/export.csv?lang=en&${query}`)).bytes.toString('utf8').slice(1)) as string[][];
    expect(rows.slice(1).map((r) => r[2])).toEqual(list.items.map((o) => o.rowKey));
    expect((await finance.get(`/api/v1/orders/subtotals?${query}`)).body).toMatchObject(figuresOf(list.items));
  });

  it('when the export reads the list a few rows at a time, then every order comes once, in the list\'s order, never-paid ones last', async () => {
    for (const query of [{}, { hostId: kuaishouHosts.get('kuaishou-acct-0')! }]) {
      const pages = [...ordersTable(server.deps, query, 'en', 3).pages];
      expect(pages.length).toBeGreaterThan(2);
      const list = await listed(query.hostId ? `hostId=${query.hostId}` : '');
      expect(pages.flat().map((r) => r[2])).toEqual(list.items.map((o) => o.rowKey));
    }
    expect((await listed()).items.slice(-2).map((o) => o.paidAt)).toEqual([null, null]);
  });

  it('when a viewer exports, then it is allowed (orders.read); signed out, 401', async () => {
    const viewer = await server.signIn('viewer');
    expect((await download(viewer, '/api/v1/orders/export.csv')).status).toBe(200);
    expect((await viewer.get('/api/v1/orders/subtotals?period=2026-11')).status).toBe(200);
    expect((await download({ baseUrl: finance.baseUrl, cookie: null } as ApiClient, '/api/v1/orders/export.xlsx')).status).toBe(401);
  });

  it('when a host\'s name starts like a formula, then the export writes it as text', async () => {
    const hostId = kuaishouHosts.get('kuaishou-acct-2')!;
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { stageName: '=HYPERLINK("x")' })).status).toBe(200);
    const csv = (await download(finance, `/api/v1/orders/export.csv?lang=en&hostId=${hostId}`)).bytes.toString('utf8');
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    const [, first] = await xlsxRows((await download(finance, `/api/v1/orders/export.xlsx?lang=en&hostId=${hostId}`)).bytes);
    expect(first![4]).toBe('\'=HYPERLINK("x")');
  });
});
