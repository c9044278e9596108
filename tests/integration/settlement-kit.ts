import { expect } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { importFile, registerAccounts } from './import-kit';
import { addContract } from './roster-kit';

// Shared steps of the settlement tests: a server on 2026-12-05 in Shanghai (November has ended), the
// Douyin sample's hosts under contract, and an independent computation of what SPEC section 8 says.

export const december5 = new Date('2026-12-05T04:00:00Z');

export interface SettlementWorld {
  server: TestServer;
  admin: ApiClient;
  finance: ApiClient & { user: { id: number } };
  approver: ApiClient & { user: { id: number } };
  hosts: Map<string, number>;
}

/** Three Douyin hosts with contracts of different terms, their November orders imported (v1 of the sample). */
export async function settlementWorld(terms: Record<string, unknown>[], now: () => Date = () => december5): Promise<SettlementWorld> {
  const server = await startTestServer({ clock: { now } });
  const admin = await server.signIn('admin');
  const finance = await server.signIn('finance');
  const approver = await server.signIn('finance');
  const hosts = await registerAccounts(admin, 'douyin-api');
  let i = 0;
  for (const hostId of hosts.values()) await addContract(admin, hostId, { terms: terms[i++ % terms.length] as never });
  expect((await importFile(finance, 'douyin-api.v1.json')).status).toBe('succeeded');
  return { server, admin, finance, approver, hosts };
}

export async function ledgerOf(client: ApiClient, period: string, hostId: number): Promise<number> {
  const res = await client.get(`/api/v1/ledger?period=${period}&hostId=${hostId}&pageSize=1`);
  expect(res.status).toBe(200);
  return res.body.sumFen as number;
}

/** Half away from zero of a / b, for non-negative BigInts. */
const divRound = (a: bigint, b: bigint) => (a * 2n + b) / (2n * b);

export const shareOf = (baseFen: number, rateBp: number) => (baseFen <= 0 ? 0 : Number(divRound(BigInt(baseFen) * BigInt(rateBp), 10000n)));

/** SPEC section 8 step 8, written out again: 劳务报酬 withholding, exact in fifths of a fen, rounded once. */
export function laborTax(incomeFen: number): number {
  if (incomeFen <= 0) return 0;
  const income = BigInt(incomeFen);
  const taxable5 = incomeFen <= 400_000 ? (income - 80_000n) * 5n : income * 4n;
  if (taxable5 <= 0n) return 0;
  const [rate, quick] = taxable5 <= 2_000_000n * 5n ? [20n, 0n] : taxable5 <= 5_000_000n * 5n ? [30n, 200_000n] : [40n, 700_000n];
  const tax500 = taxable5 * rate - quick * 500n;
  return tax500 <= 0n ? 0 : Number(divRound(tax500, 500n));
}

/** The statement tables as they are: a refused request must leave them exactly so. */
export function moneyTables(world: SettlementWorld): string {
  const { sqlite } = world.server.deps;
  return JSON.stringify(['statements', 'statement_adjustments', 'costs', 'periods', 'settlement_runs', 'ledger_entries', 'deals']
    .map((t) => sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}
