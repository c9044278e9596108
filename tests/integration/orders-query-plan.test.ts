import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ordersOfHostCount, ordersOfHostPage, ordersPage, type OrderFilter } from '../../server/modules/ledger/orders.repo';
import { freshDb } from '../helpers/db';

let handle: ReturnType<typeof freshDb>;
beforeEach(() => { handle = freshDb(); });
afterEach(() => handle.close());

function plan(query: { toSQL(): { sql: string; params: unknown[] } }): string[] {
  const { sql, params } = query.toSQL();
  return (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
}

const filters: [string, OrderFilter][] = [
  ['the host alone', {}],
  ['the host and a period', { from: new Date('2026-11-01T00:00:00+08:00'), to: new Date('2026-12-01T00:00:00+08:00') }],
  ['the host, a platform and a status', { platform: 'douyin', status: 'settled' }],
];

describe('GET /orders?hostId= (order_hosts)', () => {
  // The app never runs ANALYZE, so its databases have no statistics; one an operator analysed has them.
  describe.each([['without statistics', false], ['after ANALYZE', true]])('%s', (_label, analyse) => {
    beforeEach(() => { if (analyse) handle.sqlite.exec('ANALYZE'); });

    it.each(filters)('when a page of a host\'s orders is read by %s, then SQLite walks the host\'s index range newest first and looks each order up by id: no scan, no sort', (_f, filter) => {
      const details = plan(ordersOfHostPage(handle.db, filter, 7, 2, 50));
      const range = filter.from ? 'host_id=\\? AND paid_at>\\? AND paid_at<\\?' : 'host_id=\\?';
      expect(details[0], details.join('\n')).toMatch(new RegExp(`^SEARCH order_hosts USING (COVERING )?INDEX order_hosts_host_paid_idx \\(${range}\\)$`));
      expect(details[1], details.join('\n')).toBe('SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)');
      expect(details.filter((d) => /^SCAN |TEMP B-TREE/.test(d)), details.join('\n')).toEqual([]);
    });

    it.each(filters)('when the host\'s orders are counted by %s, then SQLite counts the host\'s index range, never the orders', (_f, filter) => {
      const details = plan(ordersOfHostCount(handle.db, filter, 7));
      expect(details.length, details.join('\n')).toBe(1);
      expect(details[0], details.join('\n')).toMatch(/^SEARCH order_hosts USING (COVERING )?INDEX order_hosts_host_paid_idx \(host_id=\?/);
    });
  });
});

const november = { from: new Date('2026-11-01T00:00:00+08:00'), to: new Date('2026-12-01T00:00:00+08:00') };
const listFilters: [string, OrderFilter, RegExp][] = [
  ['nothing', {}, /^SCAN orders USING INDEX orders_paid_idx$/],
  ['paid dates', november, /^SEARCH orders USING INDEX orders_paid_idx \(paid_at>\? AND paid_at<\?\)$/],
  ['a status', { status: 'settled' }, /^SEARCH orders USING INDEX orders_status_paid_idx \(status=\?\)$/],
  ['a status and paid dates', { status: 'invalid', ...november }, /^SEARCH orders USING INDEX orders_status_paid_idx \(status=\? AND paid_at>\? AND paid_at<\?\)$/],
  ['a platform', { platform: 'douyin' }, /^SEARCH orders USING INDEX orders_platform_paid_idx \(platform=\?\)$/],
  ['a platform and paid dates', { platform: 'kuaishou', ...november }, /^SEARCH orders USING INDEX orders_platform_paid_idx \(platform=\? AND paid_at>\? AND paid_at<\?\)$/],
];

describe('GET /orders without a host', () => {
  it.each(listFilters)('when a page is read by %s, then SQLite walks an index newest paid first: no sort, no scan of the table', (_f, filter, first) => {
    const details = plan(ordersPage(handle.db, filter, 2, 50));
    expect(details[0], details.join('\n')).toMatch(first);
    expect(details.filter((d) => /TEMP B-TREE/.test(d)), details.join('\n')).toEqual([]);
  });
});
