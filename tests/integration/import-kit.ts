import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { addAccount, addHost } from './roster-kit';

// Shared steps of the import tests: the sample files, their expected totals, and registering their accounts.

export const fixtureDir = path.resolve('tests/fixtures/platforms');
export const expected = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const accountLists: Record<string, { list: string; platform: string; ids: (a: Record<string, string>) => string[] }> = {
  'douyin-api': { list: 'douyinAccounts', platform: 'douyin', ids: (a) => [a.buyinId!, a.shortId!] },
  'douyin-export': { list: 'douyinExportAccounts', platform: 'douyin', ids: (a) => [a.shortId!] },
  'kuaishou-api': { list: 'kuaishouAccounts', platform: 'kuaishou', ids: (a) => [a.distributorId!] },
  'taobao-api': { list: 'taobaoAccounts', platform: 'taobao', ids: (a) => [a.adzoneId!] },
  'taobao-export': { list: 'taobaoExportAccounts', platform: 'taobao', ids: (a) => [a.adzoneId!] },
  'jd-api': { list: 'jdAccounts', platform: 'jd', ids: (a) => [a.positionId!] },
  'wechat-api': { list: 'wechatAccounts', platform: 'wechat', ids: (a) => [a.finderId!] },
};

/** Registers the accounts a format's sample files name, one host each; returns label -> host id. */
export async function registerAccounts(admin: ApiClient, format: string): Promise<Map<string, number>> {
  const spec = accountLists[format]!;
  const hosts = new Map<string, number>();
  for (const a of expected[spec.list] as Record<string, string>[]) {
    const host = await addHost(admin, { status: 'trial' });
    await addAccount(admin, host.id, { platform: spec.platform as never, identifiers: spec.ids(a), handle: a.nickname ?? a.account });
    hosts.set(a.account!, host.id);
  }
  return hosts;
}

export async function importFile(client: ApiClient, file: string, fields: Record<string, string> = {}) {
  const res = await client.upload('/api/v1/imports', { name: file, bytes: fs.readFileSync(path.join(fixtureDir, file)) }, fields);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitForImport(client, res.body.id as number);
}

export async function waitForImport(client: ApiClient, id: number, timeoutMs = 10_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const res = await client.get(`/api/v1/imports/${id}`);
    if (res.body.status === 'succeeded' || res.body.status === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Every order and ledger entry, summed as expected.json states its totals. */
export async function totals(client: ApiClient) {
  const orders = (await client.get('/api/v1/orders?pageSize=200')).body.items as { status: string; gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number }[];
  const byStatus: Record<string, number> = {};
  for (const o of orders) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
  return {
    rows: orders.length,
    byStatus,
    gmvFen: orders.reduce((s, o) => s + o.gmvFen, 0),
    estimatedCommissionFen: orders.filter((o) => o.status !== 'invalid').reduce((s, o) => s + o.estimatedCommissionFen, 0),
    settledCommissionFen: orders.filter((o) => o.status === 'settled').reduce((s, o) => s + o.settledCommissionFen, 0),
  };
}

export async function ledgerSum(client: ApiClient, query: string): Promise<number> {
  return (await client.get(`/api/v1/ledger?pageSize=1&${query}`)).body.sumFen as number;
}
