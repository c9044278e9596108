import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import type { Session } from './api';
import { placeOnDay } from './columns';
import { conflictsOf, predictConflicts } from './conflicts';
import { emptyDraft, hostRow, readDraft } from './session-draft';

const tz = 'Asia/Shanghai';
const session = (over: Partial<Session>): Session => ({
  id: 1, accountId: 10, roomId: 1, seriesId: null, hosts: [{ hostId: 7, role: 'main', shareBp: 10000 }], crew: [],
  startsAt: '2026-12-14T10:00:00+08:00', endsAt: '2026-12-14T12:00:00+08:00', status: 'planned', title: '', notes: '',
  platformLiveId: null, actualStartAt: null, actualEndAt: null, peakViewers: null, gmvFen: null, ...over,
});
const room = (id: number, bufferMinutes: number) => ({ id, name: `R${id}`, location: '', bufferMinutes, active: true });

describe('placing sessions on a day column', () => {
  it('when a night stream runs past midnight, then it shows on the day it started, up to 02:00, and not on the next', () => {
    const night = session({ startsAt: '2026-12-14T23:00:00+08:00', endsAt: '2026-12-15T03:00:00+08:00' });
    expect(placeOnDay([night], '2026-12-14', tz)).toMatchObject([{ start: 23 * 60, end: 26 * 60 }]);
    expect(placeOnDay([night], '2026-12-15', tz)).toEqual([]);
  });

  it('when two sessions overlap in one column, then they sit side by side', () => {
    const placed = placeOnDay([session({ id: 1 }), session({ id: 2, startsAt: '2026-12-14T11:00:00+08:00', endsAt: '2026-12-14T13:00:00+08:00', status: 'cancelled' })], '2026-12-14', tz);
    expect(placed.map((p) => [p.lane, p.lanes])).toEqual([[0, 2], [1, 2]]);
  });
});

describe('predicting conflicts with the domain rules', () => {
  const booked = [session({})];

  const hostName = (id: number) => (id === 7 ? '小美' : `#${id}`);

  it('when the same host is booked in another room at an overlapping time, then a host conflict names the other session by title, room and hosts', () => {
    const titled = [session({ title: '双十二预热' })];
    const candidate = { ...session({ id: 0, accountId: 11, roomId: 2, startsAt: '2026-12-14T11:00:00+08:00', endsAt: '2026-12-14T13:00:00+08:00' }), id: null };
    expect(predictConflicts(candidate, titled, [room(1, 0), room(2, 0)], hostName)).toEqual([
      { rule: 'host', sessionId: 1, startsAt: '2026-12-14T02:00:00.000Z', endsAt: '2026-12-14T04:00:00.000Z', title: '双十二预热', roomName: 'R1', hosts: [{ hostId: 7, stageName: '小美' }], hostIds: [7], bufferMinutes: undefined },
    ]);
  });

  it('when the next booking in a room starts inside the changeover buffer, then a room conflict is predicted', () => {
    const candidate = { ...session({ accountId: 11, hosts: [{ hostId: 8, role: 'main', shareBp: 10000 }], startsAt: '2026-12-14T12:10:00+08:00', endsAt: '2026-12-14T13:00:00+08:00' }), id: null };
    expect(predictConflicts(candidate, booked, [room(1, 0)], hostName)).toEqual([]);
    expect(predictConflicts(candidate, booked, [room(1, 15)], hostName).map((c) => c.rule)).toEqual(['room']);
  });

  it('when the server answers 409, then its details read as the same conflicts', () => {
    const detail = { rule: 'host', sessionId: 1, startsAt: 'a', endsAt: 'b', title: '双十二预热', roomId: 1, roomName: 'R1', hosts: [{ hostId: 7, stageName: '小美' }], hostIds: [7] } as const;
    const error = new ApiError({ status: 409, code: 'schedule_conflict', details: [{ ...detail, message: 'x' }] });
    expect(conflictsOf(error)).toEqual([{ ...detail, message: 'x' }]);
    expect(conflictsOf(new ApiError({ status: 422, code: 'unprocessable', details: [{ path: ['x'], message: 'y' }] }))).toEqual([]);
  });
});

describe('reading the session form', () => {
  const filled = { ...emptyDraft, accountId: '10', hosts: [hostRow('7', true)], startsAt: '2026-12-14T20:00', endsAt: '2026-12-14T22:00' };

  it('when everything is filled, then the body carries bp shares and instants with the agency offset', () => {
    expect(readDraft(filled, tz).body).toMatchObject({ accountId: 10, roomId: null, hosts: [{ hostId: 7, role: 'main', shareBp: 10000 }], startsAt: '2026-12-14T20:00:00+08:00', endsAt: '2026-12-14T22:00:00+08:00' });
  });

  it('when shares do not add up to 100%, then checkShares says so and only the prediction candidate is built', () => {
    const read = readDraft({ ...filled, hosts: [hostRow('7', true), { hostId: '8', role: 'assistant', share: '30' }] }, tz);
    expect(read.body).toBeNull();
    expect(read.candidate?.hosts.map((h) => h.hostId)).toEqual([7, 8]);
    expect(read.problems.shares).toEqual([{ code: 'shares_not_whole', total: '130.00' }]);
  });

  it('when the end is not after the start, then the times are the problem', () => {
    expect(readDraft({ ...filled, endsAt: '2026-12-14T19:00' }, tz).problems.times).toBe('end_not_after_start');
    expect(readDraft({ ...filled, endsAt: '2026-12-15T21:00' }, tz).problems.times).toBe('too_long');
  });
});
