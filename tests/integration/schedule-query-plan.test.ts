import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { neighbourhoodParams, neighbourhoodSql } from '../../server/modules/sessions/booking-statements';
import { freshDb } from '../helpers/db';

let handle: ReturnType<typeof freshDb>;
beforeEach(() => { handle = freshDb(); });
afterEach(() => handle.close());

describe('the conflict check query', () => {
  // The app never runs ANALYZE, so its databases have no statistics; one an operator analysed has them.
  it.each([['without statistics', false], ['after ANALYZE', true]])('when it looks for neighbours of a booking (%s), then SQLite plans index searches only, never a scan', (_label, analyse) => {
    if (analyse) handle.sqlite.exec('ANALYZE');
    const params = neighbourhoodParams({
      startsAfter: new Date('2026-11-30T12:00:00Z'), from: new Date('2026-12-01T12:00:00Z'), to: new Date('2026-12-01T14:00:00Z'),
      accountId: 1, roomId: 2, hostIds: [3, 4], crewUserIds: [5],
    });
    const plan = handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${neighbourhoodSql(2, 1)}`).all(...params) as { detail: string }[];
    const details = plan.map((p) => p.detail);
    // Each way of sharing (account, room, host, crew) is its own index search, bounded by time where the index has it.
    expect(details.some((d) => /SEARCH s USING INDEX sessions_account_starts_idx \(account_id=\? AND starts_at>\? AND starts_at<\?\)/.test(d)), details.join('\n')).toBe(true);
    expect(details.some((d) => /SEARCH s USING INDEX sessions_room_starts_idx \(room_id=\? AND starts_at>\? AND starts_at<\?\)/.test(d)), details.join('\n')).toBe(true);
    // A person's sessions are searched by their start too: a long history is not read whole.
    expect(details.some((d) => /SEARCH session_hosts USING COVERING INDEX session_hosts_host_starts_idx \(host_id=\? AND session_starts_at>\? AND session_starts_at<\?\)/.test(d)), details.join('\n')).toBe(true);
    expect(details.some((d) => /SEARCH session_crew USING COVERING INDEX session_crew_user_starts_idx \(user_id=\? AND session_starts_at>\? AND session_starts_at<\?\)/.test(d)), details.join('\n')).toBe(true);
    expect(details.filter((d) => /^SCAN /.test(d)), details.join('\n')).toEqual([]);
  });
});
