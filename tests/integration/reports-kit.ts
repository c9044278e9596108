import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { writeDouyinExport } from '../factories/douyin-export';
import { writeKuaishouApi } from '../factories/kuaishou-api';
import { buildBrand, buildDeal } from '../factories/roster';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { fixtureDir, waitForImport } from './import-kit';
import { addAccount, addContract, addHost } from './roster-kit';
import { december5 } from './settlement-kit';

// The dashboard's and reports' world (issue 16): on 2026-12-05 12:00 in Shanghai, three hosts with Douyin and
// Kuaishou accounts, two of them with the same agent, a completed November session the three hosts share 50/30/20 (where rounding each part alone would not add up) with a
// brand's deal on it, a session on air now, Douyin and Kuaishou orders from late October to today (settled,
// refunded, unmatched), an expiring contract and qualification, a failed import, and November's settlement run.
// Every figure is then counted again here from the orders list, independently of the server's SQL.

export interface Order {
  id: number; rowKey: string; platform: string; status: string; accountId: number | null; sessionId: number | null; hosts: { hostId: number; shareBp: number }[];
  gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number; paidAt: string | null; settledAt: string | null; refundedAt: string | null;
}

export interface ReportsWorld {
  server: TestServer; admin: ApiClient; finance: ApiClient; manager: ApiClient & { user: { id: number } };
  hosts: number[]; sharedSession: number; brandId: number; orders: Order[];
}

async function importBytes(client: ApiClient, name: string, bytes: Buffer) {
  const res = await client.upload('/api/v1/imports', { name, bytes });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitForImport(client, res.body.id as number, 60_000);
}

async function created(res: Promise<{ status: number; body: { id: number } }>): Promise<number> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

export async function allOrders(client: ApiClient): Promise<Order[]> {
  const out: Order[] = [];
  for (let page = 1; ; page += 1) {
    const res = await client.get(`/api/v1/orders?pageSize=200&page=${page}`);
    out.push(...res.body.items);
    if (out.length >= res.body.total) return out;
  }
}

async function importOrders(finance: ApiClient, douyin: { shortId: string; nickname: string }[], kuaishou: { shortId: string; nickname: string }[], session: { startsAt: Date; endsAt: Date }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-'));
  const common = { from: new Date('2026-10-20T00:00:00+08:00'), to: new Date('2026-12-05T11:00:00+08:00'), now: december5 };
  await writeDouyinExport(path.join(dir, 'dy.csv'), { ...common, count: 260, accounts: [...douyin, { shortId: 'dy-unknown', nickname: '陌生号' }] });
  await writeDouyinExport(path.join(dir, 'dy-live.csv'), { ...common, count: 40, accounts: douyin, idBase: 6_950_000_000_000_000_000n, slots: [{ account: douyin[0]!, ...session }] });
  writeKuaishouApi(path.join(dir, 'ks.json'), { ...common, count: 150, accounts: kuaishou });
  for (const file of ['dy.csv', 'dy-live.csv', 'ks.json']) expect((await importBytes(finance, file, fs.readFileSync(path.join(dir, file)))).status).toBe('succeeded');
  expect((await importBytes(finance, 'bad-not-an-export.csv', fs.readFileSync(path.join(fixtureDir, 'bad-not-an-export.csv')))).status).toBe('failed');
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The world on a new server, or on one already started (a browser test's) whose clock stands on december5. */
export async function reportsWorld(existing?: TestServer): Promise<ReportsWorld> {
  const server = existing ?? await startTestServer({ clock: { now: () => december5 } });
  const admin = await server.signIn('admin');
  const finance = await server.signIn('finance');
  const manager = await server.signIn('manager');
  const hosts: number[] = [];
  const douyin: { shortId: string; nickname: string; accountId: number }[] = [];
  const kuaishou: { shortId: string; nickname: string }[] = [];
  for (let i = 0; i < 3; i += 1) {
    const host = await addHost(admin, { stageName: `报表主播${i + 1}`, agentId: i < 2 ? manager.user.id : undefined });
    await addContract(admin, host.id, { startDate: '2026-01-01', endDate: '2027-12-31' });
    const dy = await addAccount(admin, host.id, { platform: 'douyin', identifiers: [`dy-report-${i}`] });
    await addAccount(admin, host.id, { platform: 'kuaishou', identifiers: [`88000${i}`] });
    hosts.push(host.id);
    douyin.push({ shortId: `dy-report-${i}`, nickname: `抖音${i}`, accountId: dy.id });
    kuaishou.push({ shortId: `88000${i}`, nickname: `快手${i}` });
  }
  const expiring = await addHost(admin, { stageName: '合约将到期' });
  await addContract(admin, expiring.id, { startDate: '2026-01-01', endDate: '2026-12-20' });
  expect((await admin.post(`/api/v1/hosts/${hosts[2]}/qualifications`, { category: 'medical', certificateNumber: 'YS-2026-01', expiresOn: '2026-12-15' })).status).toBe(201);
  const session = { startsAt: new Date('2026-11-10T12:00:00+08:00'), endsAt: new Date('2026-11-10T20:00:00+08:00') };
  const sharedSession = await created(admin.post('/api/v1/sessions', {
    accountId: douyin[0]!.accountId, status: 'completed', title: '双十一预热', startsAt: '2026-11-10T12:00:00+08:00', endsAt: '2026-11-10T20:00:00+08:00',
    hosts: [{ hostId: hosts[0], role: 'main', shareBp: 5000 }, { hostId: hosts[1], role: 'assistant', shareBp: 3000 }, { hostId: hosts[2], role: 'assistant', shareBp: 2000 }],
  }));
  await created(admin.post('/api/v1/sessions', {
    accountId: douyin[2]!.accountId, title: '今日直播', startsAt: '2026-12-05T10:00:00+08:00', endsAt: '2026-12-05T14:00:00+08:00',
    hosts: [{ hostId: hosts[2], role: 'main', shareBp: 10000 }],
  }));
  const brandId = await created(admin.post('/api/v1/brands', buildBrand({ name: '报表品牌' })));
  await created(admin.post('/api/v1/deals', buildDeal(brandId, { sessionIds: [sharedSession], status: 'confirmed' })));
  await importOrders(finance, douyin, kuaishou, session);
  expect((await finance.post('/api/v1/settlements/runs', { period: '2026-11' })).status).toBe(201);
  return { server, admin, finance, manager, hosts, sharedSession, brandId, orders: await allOrders(finance) };
}

/** Largest remainder over the shares, ties to the earlier-listed host (SPEC section 3), written out again. */
export function partsOf(amount: number, shares: number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  if (total === 0) return shares.map(() => 0);
  const exact = shares.map((s) => amount * s);
  const floors = exact.map((e) => Math.floor(e / total));
  let left = amount - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - floors[i]! * total })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) if (left-- > 0) floors[i]! += 1;
  return floors;
}

export interface Money { orders: number; gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number; refunds: number; refundsFen: number }

/** SPEC section 9's counting over the orders, with `part` the share of each order counted (the whole, or a host's part). */
export function count(orders: Order[], inRange: (at: string | null) => boolean, part: (o: Order, amount: number) => number = (_o, a) => a): Money {
  const paid = orders.filter((o) => inRange(o.paidAt) && o.status !== 'invalid');
  const settled = orders.filter((o) => inRange(o.settledAt));
  const refunded = orders.filter((o) => o.status === 'invalid' && inRange(o.refundedAt));
  const sum = (list: Order[], f: (o: Order) => number) => list.reduce((t, o) => t + part(o, f(o)), 0);
  return {
    orders: paid.length, gmvFen: sum(paid, (o) => o.gmvFen), estimatedCommissionFen: sum(paid, (o) => o.estimatedCommissionFen),
    settledCommissionFen: sum(settled, (o) => o.settledCommissionFen), refunds: refunded.length, refundsFen: sum(refunded, (o) => o.gmvFen),
  };
}

/** A host's part of an order's amount (0 when the host is not on it). */
export const hostPart = (hostId: number) => (o: Order, amount: number) => {
  const i = o.hosts.findIndex((h) => h.hostId === hostId);
  return i < 0 ? 0 : partsOf(amount, o.hosts.map((h) => h.shareBp))[i]!;
};

export const month = (prefix: string) => (at: string | null) => at !== null && at.startsWith(prefix);

export async function download(client: ApiClient, url: string, language = 'zh-CN') {
  const res = await fetch(client.baseUrl + url, { headers: { cookie: client.cookie ?? '', 'accept-language': language } });
  return { status: res.status, headers: res.headers, bytes: await res.arrayBuffer() };
}
