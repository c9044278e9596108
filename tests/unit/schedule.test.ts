import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkCrew,
  checkShares,
  dailyLimitWarnings,
  dailyLimitWindow,
  dailyMinutes,
  findConflicts,
  overlaps,
  queryWindow,
  rebooks,
  seriesDailyLimitWarnings,
  validateSessionTimes,
  type Conflict,
  type RoomLike,
  type SessionLike,
} from '../../server/domain/schedule';
import { canTransition, isFinalStatus, sessionStatuses, type SessionStatus } from '../../server/domain/session-status';

// Every instant is written with its offset, so these cases mean the same under any process TZ.
const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const at = (local: string): Date => new Date(`${local}:00+08:00`);
const iv = (start: string, end: string) => ({ start: at(start), end: at(end) });
const rooms = new Map<number, RoomLike>([[1, { id: 1, bufferMinutes: 0 }], [2, { id: 2, bufferMinutes: 15 }]]);

let nextId = 100;
function session(overrides: Partial<SessionLike> & { from?: string; to?: string } = {}): SessionLike {
  const { from = '2026-11-11T20:00', to = '2026-11-11T22:00', ...rest } = overrides;
  return { id: nextId++, startsAt: at(from), endsAt: at(to), status: 'planned', accountId: 1, roomId: null, hostIds: [1], crewUserIds: [], ...rest };
}
/** The same booking shape for both sides, with nothing shared unless a case says so. */
const apart = { accountId: 2, hostIds: [2], crewUserIds: [] } as const;
const rulesOf = (conflicts: Conflict[]) => conflicts.map((c) => [c.rule, c.sessionId]);

describe('overlaps (half-open intervals)', () => {
  it.each([
    ['disjoint', iv('2026-11-11T10:00', '2026-11-11T11:00'), iv('2026-11-11T12:00', '2026-11-11T13:00'), false],
    ['touching: one ends as the other starts', iv('2026-11-11T10:00', '2026-11-11T11:00'), iv('2026-11-11T11:00', '2026-11-11T12:00'), false],
    ['one minute of overlap', iv('2026-11-11T10:00', '2026-11-11T11:01'), iv('2026-11-11T11:00', '2026-11-11T12:00'), true],
    ['contained', iv('2026-11-11T10:00', '2026-11-11T14:00'), iv('2026-11-11T11:00', '2026-11-11T12:00'), true],
    ['identical', iv('2026-11-11T10:00', '2026-11-11T11:00'), iv('2026-11-11T10:00', '2026-11-11T11:00'), true],
    ['an empty interval inside another', iv('2026-11-11T10:30', '2026-11-11T10:30'), iv('2026-11-11T10:00', '2026-11-11T11:00'), false],
  ])('when %s, then overlaps is %s either way round', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('validateSessionTimes', () => {
  it.each([
    ['2026-11-11T20:00', '2026-11-11T22:00', []],
    ['2026-11-30T20:00', '2026-12-01T20:00', []], // exactly 24 hours, across a month end
    ['2026-11-11T20:00', '2026-11-11T20:00', [['endsAt', 'end_not_after_start']]],
    ['2026-11-11T20:00', '2026-11-11T19:59', [['endsAt', 'end_not_after_start']]],
    ['2026-11-11T20:00', '2026-11-12T20:01', [['endsAt', 'too_long']]],
  ])('when a session runs from %s to %s, then the problems are %j', (from, to, expected) => {
    expect(validateSessionTimes(at(from), at(to)).map((p) => [...p.path, p.code])).toEqual(expected);
  });

  it('when both instants are invalid, then each is named', () => {
    const bad = new Date(Number.NaN);
    expect(validateSessionTimes(bad, bad).map((p) => p.path)).toEqual([['startsAt'], ['endsAt']]);
  });
});

describe('findConflicts: one rule at a time', () => {
  const other = { from: '2026-11-11T21:00', to: '2026-11-11T23:00' };
  it.each<[string, Partial<SessionLike>, Partial<SessionLike>, Conflict['rule'][]]>([
    ['a shared host', { hostIds: [7, 8] }, { hostIds: [9, 8] }, ['host']],
    ['a shared crew member', { crewUserIds: [3] }, { crewUserIds: [3, 4] }, ['crew']],
    ['the same account', { accountId: 5 }, { accountId: 5 }, ['account']],
    ['the same room', { roomId: 1 }, { roomId: 1 }, ['room']],
    ['different rooms', { roomId: 1 }, { roomId: 2 }, []],
    ['both outdoors (no room)', { roomId: null }, { roomId: null }, []],
    ['nothing shared', {}, {}, []],
  ])('when two overlapping sessions have %s, then the rules are %j', (_name, mine, theirs, expected) => {
    const candidate = session({ ...apart, accountId: 1, hostIds: [1], ...mine });
    const stored = session({ ...apart, ...other, ...theirs });
    expect(findConflicts(candidate, [stored], rooms).map((c) => c.rule)).toEqual(expected);
  });

  it('when a host conflict is found, then it names the shared hosts and the other interval', () => {
    const stored = session({ id: 42, ...other, hostIds: [3, 1, 2], accountId: 9 });
    const candidate = session({ hostIds: [2, 1] });
    expect(findConflicts(candidate, [stored], rooms)).toEqual([
      { rule: 'host', sessionId: 42, hostIds: [1, 2], startsAt: at(other.from), endsAt: at(other.to) },
    ]);
  });
});

describe('findConflicts: touching and buffers', () => {
  const everythingShared = { hostIds: [1], crewUserIds: [5], accountId: 1 };
  it('when sessions only touch, then nothing conflicts, whatever they share (room without buffer)', () => {
    const before = session({ ...everythingShared, roomId: 1, from: '2026-11-11T18:00', to: '2026-11-11T20:00' });
    const after = session({ ...everythingShared, roomId: 1, from: '2026-11-11T22:00', to: '2026-11-12T00:00' });
    expect(findConflicts(session({ ...everythingShared, roomId: 1 }), [before, after], rooms)).toEqual([]);
  });

  it.each([
    ['the candidate follows it directly', '2026-11-11T20:00', '2026-11-11T22:00', ['room']],
    ['the candidate starts 14 minutes after', '2026-11-11T20:14', '2026-11-11T22:00', ['room']],
    ['the candidate starts after the 15-minute changeover', '2026-11-11T20:15', '2026-11-11T22:00', []],
    ['the candidate ends as it starts', '2026-11-11T16:00', '2026-11-11T18:00', ['room']],
    ['the candidate ends 15 minutes before it starts', '2026-11-11T16:00', '2026-11-11T17:45', []],
  ])('when a room has a 15-minute buffer and %s, then the conflicts are %j', (_name, from, to, expected) => {
    const stored = session({ ...everythingShared, roomId: 2, from: '2026-11-11T18:00', to: '2026-11-11T20:00' });
    const candidate = session({ ...everythingShared, roomId: 2, from, to });
    const conflicts = findConflicts(candidate, [stored], rooms);
    expect(conflicts.map((c) => c.rule)).toEqual(expected);
    if (expected.length > 0) expect(conflicts[0]).toMatchObject({ roomId: 2, bufferMinutes: 15 });
  });

  it('when the candidate room is missing from the map, then it throws rather than drop the buffer', () => {
    expect(() => findConflicts(session({ roomId: 3 }), [], rooms)).toThrow(RangeError);
  });
});

describe('findConflicts: what is ignored, and several at once', () => {
  it.each<SessionStatus>(['planned', 'confirmed', 'live', 'completed'])('when the other session is %s, then it conflicts', (status) => {
    expect(findConflicts(session(), [session({ status })], rooms).map((c) => c.rule)).toEqual(['host', 'account']);
  });

  it('when the other session is cancelled, or the candidate is, then nothing conflicts', () => {
    expect(findConflicts(session(), [session({ status: 'cancelled' })], rooms)).toEqual([]);
    expect(findConflicts(session({ status: 'cancelled' }), [session()], rooms)).toEqual([]);
  });

  it('when the candidate is an update of a stored session, then its stored self is skipped', () => {
    const stored = session({ id: 7 });
    expect(findConflicts({ ...stored, endsAt: at('2026-11-11T23:00') }, [stored], rooms)).toEqual([]);
  });

  it('when two unsaved sessions (id null) overlap, then they conflict with each other but not themselves', () => {
    const a = session({ id: null });
    const b = session({ id: null, from: '2026-11-11T21:00', to: '2026-11-11T23:00' });
    expect(rulesOf(findConflicts(a, [a, b], rooms))).toEqual([['host', null], ['account', null]]);
  });

  it('when a booking breaks several rules with several sessions, then every conflict is listed in order', () => {
    const candidate = session({ id: 1, hostIds: [1, 2], crewUserIds: [5], accountId: 1, roomId: 2 });
    const late = session({ id: 30, from: '2026-11-11T21:30', to: '2026-11-11T23:00', hostIds: [9], crewUserIds: [5], accountId: 1, roomId: 2 });
    const early = session({ id: 20, from: '2026-11-11T19:00', to: '2026-11-11T20:30', hostIds: [2, 1], accountId: 8, roomId: 1 });
    const cancelled = session({ id: 40, status: 'cancelled', hostIds: [1], accountId: 1, roomId: 2 });
    const touching = session({ id: 50, from: '2026-11-11T22:00', to: '2026-11-11T23:00', hostIds: [1], accountId: 1 });
    const changeover = session({ id: 60, from: '2026-11-11T22:00', to: '2026-11-11T23:00', hostIds: [9], accountId: 9, roomId: 2 });
    expect(rulesOf(findConflicts(candidate, [late, cancelled, touching, changeover, early], rooms))).toEqual([
      ['host', 20], ['crew', 30], ['account', 30], ['room', 30], ['room', 60],
    ]);
  });

  it('when a session crosses midnight and a month end in Shanghai, then a host conflict on the next day is found', () => {
    const candidate = session({ from: '2026-11-30T22:00', to: '2026-12-01T02:00' });
    const nextMorning = session({ id: 77, from: '2026-12-01T01:00', to: '2026-12-01T03:00', accountId: 2 });
    expect(findConflicts(candidate, [nextMorning], rooms)).toEqual([
      { rule: 'host', sessionId: 77, hostIds: [1], startsAt: new Date('2026-11-30T17:00:00Z'), endsAt: new Date('2026-11-30T19:00:00Z') },
    ]);
  });
});

describe('queryWindow', () => {
  it('when the largest buffer is 30 minutes, then the window widens by 30 minutes each side', () => {
    const window = queryWindow({ startsAt: at('2026-11-11T20:00'), endsAt: at('2026-11-11T22:00') }, 30);
    expect(window).toEqual({ from: at('2026-11-11T19:30'), to: at('2026-11-11T22:30'), startsAfter: at('2026-11-10T19:30') });
    expect(() => queryWindow({ startsAt: at('2026-11-11T20:00'), endsAt: at('2026-11-11T22:00') }, -1)).toThrow(RangeError);
  });
});

describe('checkShares', () => {
  const main = (hostId: number, shareBp: number) => ({ hostId, role: 'main' as const, shareBp });
  const assistant = (hostId: number, shareBp: number) => ({ hostId, role: 'assistant' as const, shareBp });
  it.each([
    ['one main host with everything', [main(1, 10000)], []],
    ['a main and an assistant', [main(1, 7000), assistant(2, 3000)], []],
    ['an assistant with no share', [main(1, 10000), assistant(2, 0)], []],
    ['no host', [], [['hosts', 'no_hosts']]],
    ['shares short of 10000', [main(1, 6000), assistant(2, 3999)], [['hosts', 'shares_not_whole']]],
    ['shares over 10000', [main(1, 6000), main(2, 4001)], [['hosts', 'shares_not_whole']]],
    ['a fractional share', [main(1, 5000.5), main(2, 4999.5)], [['hosts', 0, 'shareBp', 'invalid_share'], ['hosts', 1, 'shareBp', 'invalid_share']]],
    ['a negative share', [main(1, 10500), assistant(2, -500)], [['hosts', 0, 'shareBp', 'invalid_share'], ['hosts', 1, 'shareBp', 'invalid_share']]],
    ['a host listed twice', [main(1, 5000), assistant(1, 5000)], [['hosts', 1, 'hostId', 'duplicate_host']]],
    ['only assistants', [assistant(1, 5000), assistant(2, 5000)], [['hosts', 'no_main_host']]],
  ])('when the hosts are %s, then the problems are %j', (_name, hosts, expected) => {
    expect(checkShares(hosts).map((p) => [...p.path, p.code])).toEqual(expected);
  });
});

describe('checkCrew', () => {
  const member = (userId: number, duty = '场控') => ({ userId, duty });
  it.each([
    ['nobody', [], []],
    ['two different people', [], [member(1), member(2, '投手')]],
    ['one person listed twice with two duties', [['crew', 1, 'userId', 'duplicate_crew']], [member(3, 'a'), member(3, 'b')]],
    ['one person listed three times', [['crew', 2, 'userId', 'duplicate_crew'], ['crew', 3, 'userId', 'duplicate_crew']], [member(3), member(4), member(3), member(3)]],
  ])('when the crew is %s, then the problems are %j', (_name, expected, crew) => {
    expect(checkCrew(crew).map((p) => [...p.path, p.code])).toEqual(expected);
  });

  it('when a repeat is found, then its message is in English and Chinese', () => {
    const [problem] = checkCrew([member(3), member(3)]);
    expect(problem?.message.en).toMatch(/twice/);
    expect(problem?.message.zh).toMatch(/重复/);
  });
});

describe('rebooks', () => {
  const slot = { startsAt: at('2026-11-11T20:00'), endsAt: at('2026-11-11T22:00'), accountId: 1, hostIds: [1, 2] };
  it.each([
    ['nothing changes', false, {}],
    ['the same hosts are listed in another order', false, { hostIds: [2, 1] }],
    ['the start moves', true, { startsAt: at('2026-11-11T19:00') }],
    ['the end moves', true, { endsAt: at('2026-11-11T23:00') }],
    ['another account streams it', true, { accountId: 2 }],
    ['a host is added', true, { hostIds: [1, 2, 3] }],
    ['a host is swapped for another', true, { hostIds: [1, 3] }],
    ['a host is dropped', true, { hostIds: [1] }],
  ])('when %s, then rebooks is %s', (_name, expected, change) => {
    expect(rebooks(slot, { ...slot, startsAt: new Date(slot.startsAt), ...change })).toBe(expected);
  });
});

describe('dailyMinutes', () => {
  const s = (from: Date, to: Date) => ({ startsAt: from, endsAt: to });
  it.each([
    ['within a day', [s(at('2026-11-11T20:00'), at('2026-11-11T22:00'))], SH, [['2026-11-11', 120]]],
    ['across midnight', [s(at('2026-11-11T22:00'), at('2026-11-12T01:30'))], SH, [['2026-11-11', 120], ['2026-11-12', 90]]],
    ['across a month end', [s(at('2026-11-30T23:00'), at('2026-12-01T01:00'))], SH, [['2026-11-30', 60], ['2026-12-01', 60]]],
    ['across a year end', [s(at('2026-12-31T20:00'), at('2027-01-01T04:00'))], SH, [['2026-12-31', 240], ['2027-01-01', 240]]],
    ['across 29 February', [s(at('2028-02-29T23:30'), at('2028-03-01T00:30'))], SH, [['2028-02-29', 30], ['2028-03-01', 30]]],
    ['a Shanghai midnight seen from UTC', [s(at('2026-11-11T22:00'), at('2026-11-12T01:30'))], 'UTC', [['2026-11-11', 210]]],
    ['two sessions on one day', [s(at('2026-11-11T08:00'), at('2026-11-11T10:00')), s(at('2026-11-11T20:00'), at('2026-11-11T21:00'))], SH, [['2026-11-11', 180]]],
    ['a 23-hour spring-forward day in New York', [s(new Date('2026-03-07T10:00:00-05:00'), new Date('2026-03-09T02:00:00-04:00'))], NY, [['2026-03-07', 840], ['2026-03-08', 1380], ['2026-03-09', 120]]],
    ['a 25-hour fall-back day in New York', [s(new Date('2026-11-01T00:00:00-04:00'), new Date('2026-11-02T00:00:00-05:00'))], NY, [['2026-11-01', 1500]]],
    ['a skipped midnight in São Paulo (2018)', [s(new Date('2018-11-03T22:00:00-03:00'), new Date('2018-11-04T03:00:00-02:00'))], 'America/Sao_Paulo', [['2018-11-03', 120], ['2018-11-04', 120]]],
    ['a repeated hour before midnight in São Paulo (2019)', [s(new Date('2019-02-16T22:00:00-02:00'), new Date('2019-02-17T02:00:00-03:00'))], 'America/Sao_Paulo', [['2019-02-16', 180], ['2019-02-17', 120]]],
  ])('when sessions run %s, then the minutes per day are %j', (_name, sessions, timeZone, expected) => {
    expect([...dailyMinutes(sessions, timeZone)]).toEqual(expected);
  });
});

describe('dailyLimitWarnings', () => {
  const booked = [
    session({ id: 1, hostIds: [1], from: '2026-11-11T08:00', to: '2026-11-11T12:00' }), // 240
    session({ id: 2, hostIds: [2], from: '2026-11-11T08:00', to: '2026-11-11T16:00' }), // 480, host 2
    session({ id: 3, hostIds: [1], status: 'cancelled', from: '2026-11-11T13:00', to: '2026-11-11T17:00' }),
  ];
  it.each([
    ['stays under the limit', { from: '2026-11-11T20:00', to: '2026-11-11T23:00' }, []],
    ['reaches the limit exactly', { from: '2026-11-11T20:00', to: '2026-11-12T00:00' }, []],
    ['passes the limit by a minute', { from: '2026-11-11T19:59', to: '2026-11-12T00:00' }, [{ hostId: 1, date: '2026-11-11', minutes: 481, limit: 480 }]],
    ['passes it on the first day only', { from: '2026-11-11T18:00', to: '2026-11-12T02:00' }, [{ hostId: 1, date: '2026-11-11', minutes: 600, limit: 480 }]],
  ])('when host 1 %s, then the warnings are %j', (_name, times, expected) => {
    expect(dailyLimitWarnings(booked, session({ id: null, hostIds: [1], ...times }), 480, SH)).toEqual(expected);
  });

  it('when a two-host booking pushes only one host over, then only that host is warned', () => {
    const candidate = session({ id: null, hostIds: [2, 1], from: '2026-11-11T17:00', to: '2026-11-11T18:00' });
    expect(dailyLimitWarnings(booked, candidate, 480, SH)).toEqual([{ hostId: 2, date: '2026-11-11', minutes: 540, limit: 480 }]);
  });

  it('when an update is checked against its stored self, then it is not counted twice', () => {
    expect(dailyLimitWarnings(booked, { ...booked[0]!, endsAt: at('2026-11-11T16:00') }, 480, SH)).toEqual([]);
  });

  it('when an 8-hour evening crosses midnight in Shanghai, then each agency day is measured on its own', () => {
    const candidate = session({ id: null, from: '2026-11-11T20:00', to: '2026-11-12T04:00' });
    const nextDay = session({ id: 9, from: '2026-11-12T10:00', to: '2026-11-12T18:00' });
    expect(dailyLimitWarnings([nextDay], candidate, 480, SH)).toEqual([{ hostId: 1, date: '2026-11-12', minutes: 720, limit: 480 }]);
  });
});

describe('seriesDailyLimitWarnings', () => {
  const occurrence = (from: string, to: string, id: number | null = null) => session({ id, hostIds: [1], from, to });

  it('when no day passes the limit, then there is no warning', () => {
    const occurrences = [occurrence('2026-11-11T20:00', '2026-11-11T23:00'), occurrence('2026-11-12T20:00', '2026-11-12T23:00')];
    expect(seriesDailyLimitWarnings([], occurrences, 480, SH)).toEqual([]);
  });

  it('when a stored session and an occurrence share a day past the limit, then that occurrence\'s day is warned about', () => {
    const stored = session({ id: 1, hostIds: [1], from: '2026-11-12T08:00', to: '2026-11-12T14:00' });
    const occurrences = [occurrence('2026-11-11T20:00', '2026-11-11T23:00'), occurrence('2026-11-12T20:00', '2026-11-12T23:00')];
    expect(seriesDailyLimitWarnings([stored], occurrences, 480, SH)).toEqual([{ hostId: 1, date: '2026-11-12', minutes: 540, limit: 480 }]);
  });

  it('when two occurrences share a day across midnight, then the day is warned about once, with both counted', () => {
    const occurrences = [occurrence('2026-11-11T20:00', '2026-11-12T02:00'), occurrence('2026-11-12T20:00', '2026-11-13T02:00')];
    expect(seriesDailyLimitWarnings([], occurrences, 300, SH)).toEqual([{ hostId: 1, date: '2026-11-12', minutes: 360, limit: 300 }]);
  });

  it('when the stored occurrences come back among the stored sessions, then they are not counted twice', () => {
    const occurrences = [occurrence('2026-11-11T20:00', '2026-11-12T02:00', 7), occurrence('2026-11-12T20:00', '2026-11-13T02:00', 8)];
    expect(seriesDailyLimitWarnings([{ ...occurrences[0]! }, { ...occurrences[0]! }, { ...occurrences[1]! }], occurrences, 300, SH)).toEqual([{ hostId: 1, date: '2026-11-12', minutes: 360, limit: 300 }]);
  });
});

describe('dailyLimitWindow', () => {
  it.each([
    ['an evening', '2026-11-11T20:00', '2026-11-11T22:00', '2026-11-10T15:00:00.000Z', '2026-11-11T17:00:00.000Z'],
    ['one crossing midnight', '2026-11-11T22:00', '2026-11-12T02:00', '2026-11-10T15:00:00.000Z', '2026-11-12T17:00:00.000Z'],
    ['one ending at midnight', '2026-11-11T22:00', '2026-11-12T00:00', '2026-11-10T15:00:00.000Z', '2026-11-11T17:00:00.000Z'],
  ])('when the candidate is %s in Shanghai, then the window is its agency days and an hour either side', (_name, from, to, windowFrom, windowTo) => {
    const window = dailyLimitWindow({ startsAt: at(from), endsAt: at(to) }, SH);
    expect([window.from.toISOString(), window.to.toISOString()]).toEqual([windowFrom, windowTo]);
  });
});

describe('session status transitions', () => {
  const allowed = new Set(['planned>confirmed', 'confirmed>live', 'live>completed', 'planned>cancelled', 'confirmed>cancelled', 'live>cancelled']);
  const pairs = sessionStatuses.flatMap((from) => sessionStatuses.map((to) => [from, to] as const));
  it.each(pairs)('when a session moves from %s to %s, then the move is allowed only if listed', (from, to) => {
    expect(canTransition(from, to)).toBe(from === to || allowed.has(`${from}>${to}`));
  });

  it('when a status is completed or cancelled, then it is final', () => {
    expect(sessionStatuses.filter(isFinalStatus)).toEqual(['completed', 'cancelled']);
  });
});

describe('properties', () => {
  const WEEK_START = Date.UTC(2026, 10, 9) / 60_000; // minutes; a narrow week so sessions often overlap
  const allRooms = new Map<number, RoomLike>(Array.from({ length: 10 }, (_, i) => [i + 1, { id: i + 1, bufferMinutes: (i % 4) * 15 }]));
  const ids = (min: number, max: number) => fc.uniqueArray(fc.integer({ min, max }), { maxLength: 3 });
  const arbSession = (min: number, max: number) => fc.record({
    id: fc.option(fc.integer({ min, max }), { nil: null }),
    start: fc.integer({ min: WEEK_START, max: WEEK_START + 7 * 1440 }),
    minutes: fc.integer({ min: 1, max: 1440 }),
    status: fc.constantFrom(...sessionStatuses),
    accountId: fc.integer({ min, max }),
    roomId: fc.option(fc.integer({ min, max }), { nil: null }),
    hostIds: ids(min, max),
    crewUserIds: ids(min, max),
  }).map(({ start, minutes, ...rest }): SessionLike => ({
    ...rest, startsAt: new Date(start * 60_000), endsAt: new Date((start + minutes) * 60_000),
  }));
  const anyInterval = fc.tuple(fc.integer(), fc.integer(), fc.integer(), fc.integer())
    .map(([a, b, c, d]) => [{ start: new Date(a), end: new Date(b) }, { start: new Date(c), end: new Date(d) }] as const);

  it('when two intervals are compared, then overlaps is symmetric', () => {
    fc.assert(fc.property(anyInterval, ([a, b]) => overlaps(a, b) === overlaps(b, a)));
  });

  it('when a session is checked against itself or its stored copy, then it never conflicts', () => {
    fc.assert(fc.property(arbSession(1, 10), (s) => {
      const others = s.id === null ? [s] : [s, { ...s }];
      expect(findConflicts(s, others, allRooms)).toEqual([]);
    }));
  });

  it('when no host, crew member, account or room is shared, then nothing conflicts', () => {
    fc.assert(fc.property(arbSession(1, 5), fc.array(arbSession(6, 10), { maxLength: 8 }), (candidate, others) => {
      expect(findConflicts(candidate, others, allRooms)).toEqual([]);
    }));
  });

  it('when a session conflicts, then it lies inside the query window a repository loads', () => {
    fc.assert(fc.property(arbSession(1, 3), fc.array(arbSession(1, 3), { maxLength: 8 }), (candidate, others) => {
      const { from, to, startsAfter } = queryWindow(candidate, 45);
      for (const conflict of findConflicts(candidate, others, allRooms)) {
        expect(conflict.startsAt < to && conflict.endsAt > from && conflict.startsAt > startsAfter).toBe(true);
      }
    }));
  });

  it('when sessions far from the candidate are skipped, then the warnings equal those of splitting every session', () => {
    // The reference: every host session split by agency day, the candidate's days compared to the limit.
    const reference = (others: SessionLike[], candidate: SessionLike, limit: number, timeZone: string) => {
      const days = [...dailyMinutes([candidate], timeZone).keys()];
      return [...new Set(candidate.hostIds)].sort((a, b) => a - b).flatMap((hostId) => {
        const mine = others.filter((o) => o.status !== 'cancelled' && o.hostIds.includes(hostId));
        const totals = dailyMinutes([...mine, candidate], timeZone);
        return days.filter((d) => (totals.get(d) ?? 0) > limit).map((date) => ({ hostId, date, minutes: totals.get(date)!, limit }));
      });
    };
    const zone = fc.constantFrom(SH, 'UTC', NY, 'Pacific/Auckland', 'Europe/London');
    fc.assert(fc.property(arbSession(1, 3), fc.array(arbSession(1, 3), { maxLength: 12 }), fc.integer({ min: 30, max: 900 }), zone, (c, others, limit, timeZone) => {
      const candidate = { ...c, id: null, status: 'planned' as const };
      expect(dailyLimitWarnings(others, candidate, limit, timeZone)).toEqual(reference(others, candidate, limit, timeZone));
    }));
  });

  it('when a session is split into agency days, then the parts add up to its duration', () => {
    const zone = fc.constantFrom(SH, 'UTC', NY, 'America/Los_Angeles', 'Pacific/Auckland', 'Europe/London', 'Asia/Kolkata');
    const start = fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 });
    fc.assert(fc.property(start, fc.integer({ min: 1, max: 3 * 1440 }), zone, (m, minutes, timeZone) => {
      const days = dailyMinutes([{ startsAt: new Date(m * 60_000), endsAt: new Date((m + minutes) * 60_000) }], timeZone);
      expect([...days.values()].reduce((a, b) => a + b, 0)).toBe(minutes);
      expect(days.size).toBeLessThanOrEqual(Math.ceil(minutes / 1380) + 1);
    }));
  });
});

describe('a fixed case in literal instants (breaks if the process time zone leaked in)', () => {
  it('when a Shanghai evening crosses midnight, then its days and window are these exact values', () => {
    const startsAt = new Date('2026-11-30T14:00:00.000Z'); // 22:00 in Shanghai
    const endsAt = new Date('2026-11-30T18:30:00.000Z'); // 02:30 the next day, 1 December
    expect([...dailyMinutes([{ startsAt, endsAt }], SH)]).toEqual([['2026-11-30', 120], ['2026-12-01', 150]]);
    expect(queryWindow({ startsAt, endsAt }, 15).from.toISOString()).toBe('2026-11-30T13:45:00.000Z');
  });
});
