import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { allocate } from '../../server/domain/money';

// order_hosts against a full recomputation from orders.hosts, in TypeScript with the domain's allocate
// (the triggers of migration 0023 compute the same in SQL; this is the independent count).

const copied = ['platform', 'account_id', 'session_id', 'status', 'paid_at', 'settled_at', 'refunded_at', 'gmv_fen', 'estimated_commission_fen', 'settled_commission_fen'] as const;
const amounts = ['gmv_fen', 'estimated_commission_fen', 'settled_commission_fen'] as const;
type OrderRow = Record<(typeof copied)[number], unknown> & { id: number; hosts: string };
type Row = Record<string, unknown>;

/** One row per (order, host): the host's first position, its shares and parts summed if it is listed twice. */
export function recomputedOrderHosts(sqlite: Database.Database): Row[] {
  const out: Row[] = [];
  for (const o of sqlite.prepare(`SELECT id, hosts, ${copied.join(', ')} FROM orders`).all() as OrderRow[]) {
    const hosts = JSON.parse(o.hosts) as { hostId: number; shareBp: number }[];
    if (hosts.length === 0) continue;
    const weights = hosts.map((h) => h.shareBp);
    const parts = amounts.map((a) => (weights.some((w) => w > 0) ? allocate(o[a] as number, weights) : weights.map(() => 0)));
    const byHost = new Map<number, Row>();
    hosts.forEach((h, i) => {
      const row = byHost.get(h.hostId) ?? { order_id: o.id, host_id: h.hostId, position: i, share_bp: 0, ...Object.fromEntries(copied.map((c) => [c, o[c]])), ...Object.fromEntries(amounts.map((a) => [a.replace('_fen', '_part_fen'), 0])) };
      row.share_bp = (row.share_bp as number) + h.shareBp;
      amounts.forEach((a, k) => { const key = a.replace('_fen', '_part_fen'); row[key] = (row[key] as number) + parts[k]![i]!; });
      byHost.set(h.hostId, row);
    });
    out.push(...byHost.values());
  }
  return sortRows(out);
}

export function storedOrderHosts(sqlite: Database.Database): Row[] {
  return sortRows(sqlite.prepare('SELECT * FROM order_hosts').all() as Row[]);
}

function sortRows(rows: Row[]): Row[] {
  return rows.sort((a, b) => (a.order_id as number) - (b.order_id as number) || (a.host_id as number) - (b.host_id as number));
}

/** order_hosts equals the recomputation, row for row and column for column; returns the row count. */
export function expectOrderHostsRecomputed(sqlite: Database.Database): number {
  const expected = recomputedOrderHosts(sqlite);
  expect(storedOrderHosts(sqlite)).toEqual(expected);
  return expected.length;
}
