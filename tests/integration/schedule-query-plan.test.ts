import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionsNearQuery } from '../../server/modules/sessions/sessions.repo';
import { freshDb } from '../helpers/db';

let handle: ReturnType<typeof freshDb>;
beforeEach(() => { handle = freshDb(); });
afterEach(() => handle.close());

describe('the conflict check query', () => {
  it('when it looks for neighbours of a booking, then SQLite plans index searches only, never a scan', () => {
    handle.sqlite.exec('ANALYZE');
    const query = sessionsNearQuery(handle.db, {
      startsAfter: new Date('2026-11-30T12:00:00Z'), from: new Date('2026-12-01T12:00:00Z'), to: new Date('2026-12-01T14:00:00Z'),
      accountId: 1, roomId: 2, hostIds: [3, 4], crewUserIds: [5],
    });
    const { sql, params } = query!.toSQL();
    const plan = handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    // Each way of sharing (account, room, host, crew) is its own index search, bounded by time where the index has it.
    expect(details.some((d) => /SEARCH sessions USING INDEX sessions_account_starts_idx \(account_id=\? AND starts_at>\? AND starts_at<\?\)/.test(d)), details.join('\n')).toBe(true);
    expect(details.some((d) => /SEARCH session_hosts USING (COVERING )?INDEX session_hosts_host_idx/.test(d)), details.join('\n')).toBe(true);
    expect(details.filter((d) => /^SCAN /.test(d)), details.join('\n')).toEqual([]);
  });
});
