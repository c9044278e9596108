import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderStatuses } from '../../server/domain/ledger';
import { orderStatements, type OrderColumns } from '../../server/modules/ledger/order-statements';
import { updateOrderRow } from '../../server/modules/ledger/orders.repo';
import { freshDb } from '../helpers/db';
import { expectOrderHostsRecomputed } from './order-hosts-kit';

// Any sequence of writes to orders through the app's own writers (the import's prepared insert and update,
// re-attribution's drizzle update, a delete) leaves order_hosts equal to a recomputation from orders.hosts:
// several hosts, a host listed twice, zero shares, negative and odd amounts, statuses and instants moving.

let handle: ReturnType<typeof freshDb>;
let hostIds: number[];
beforeAll(() => {
  handle = freshDb();
  const insert = handle.sqlite.prepare(`INSERT INTO hosts (stage_name, legal_name, status, categories, created_at, updated_at) VALUES (?, ?, 'active', '[]', 0, 0) RETURNING id`).pluck();
  hostIds = [1, 2, 3, 4].map((i) => insert.get(`主播${i}`, `主播${i}`) as number);
});
afterAll(() => handle.close());

const hostsArb = () => fc.array(fc.record({ hostId: fc.constantFrom(...hostIds), shareBp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })) }), { maxLength: 4 });
const amount = fc.integer({ min: -10_000_000, max: 10_000_000 });
const instant = fc.option(fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2027-01-01') }).map((ms) => new Date(ms)), { nil: null });
const platform = fc.constantFrom('douyin', 'kuaishou', 'taobao');

const columnsArb = () => fc.record({
  hosts: hostsArb(), gmvFen: amount, estimatedCommissionFen: amount, settledCommissionFen: amount, status: fc.constantFrom(...orderStatuses),
  platform, paidAt: instant, settledAt: instant, refundedAt: instant,
});
type Columns = ReturnType<typeof columnsArb> extends fc.Arbitrary<infer T> ? T : never;

const op = () => fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), columns: columnsArb() }),
  // The import's update: every column written, some unchanged.
  fc.record({ kind: fc.constant('update' as const), target: fc.nat(), columns: columnsArb() }),
  // Re-attribution: the hosts alone, through drizzle.
  fc.record({ kind: fc.constant('reattribute' as const), target: fc.nat(), hosts: hostsArb() }),
  // A status and an instant alone (a refund arriving).
  fc.record({ kind: fc.constant('refund' as const), target: fc.nat(), at: instant }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
);

let keys = 0;
function row(c: Columns): OrderColumns {
  keys += 1;
  return {
    platform: c.platform, rowKey: `k${keys}`, accountIdentifiers: [], accountId: null, sessionId: null, hosts: c.hosts, liveRoomId: null, product: 'p', quantity: 1,
    gmvFen: c.gmvFen, commissionBaseFen: 0, commissionRateBp: 0, commissionRateRaw: '0', estimatedCommissionFen: c.estimatedCommissionFen,
    settledCommissionFen: c.settledCommissionFen, status: c.status, paidAt: c.paidAt, settledAt: c.settledAt, refundedAt: c.refundedAt, sourceUpdatedAt: null,
    rawJson: '{}', rawHeadersId: null, digest: `d${keys}`, importId: null, updatedAt: new Date(0),
  };
}

describe('order_hosts against a recomputation, for any sequence of order writes', () => {
  it('when orders are inserted, updated, re-attributed, refunded and deleted in any order, then order_hosts equals a recomputation from orders.hosts', () => {
    const statements = orderStatements(handle.sqlite);
    fc.assert(fc.property(fc.array(op(), { minLength: 1, maxLength: 25 }), (ops) => {
      handle.sqlite.exec('DELETE FROM orders');
      expect(handle.sqlite.prepare('SELECT count(*) FROM order_hosts').pluck().get()).toBe(0);
      const ids: number[] = [];
      const pick = (n: number) => ids[n % ids.length];
      handle.sqlite.transaction(() => {
        for (const o of ops) {
          if (o.kind === 'insert') { ids.push(statements.insert(row(o.columns), new Date(0))); continue; }
          const id = pick(o.target);
          if (id === undefined) continue;
          if (o.kind === 'update') statements.update(id, row(o.columns));
          else if (o.kind === 'reattribute') updateOrderRow(handle.db, id, { hosts: o.hosts });
          else if (o.kind === 'refund') updateOrderRow(handle.db, id, { status: 'invalid', refundedAt: o.at });
          else {
            handle.sqlite.prepare('DELETE FROM orders WHERE id = ?').run(id);
            ids.splice(ids.indexOf(id), 1);
          }
        }
      })();
      expectOrderHostsRecomputed(handle.sqlite);
    }), { numRuns: 150 });
  });
});
