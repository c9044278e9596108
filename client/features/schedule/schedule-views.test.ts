import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from './api';
import { hostResources, isBookableHost } from './columns';
import { PRIME_TIME_START_MIN, openingMinute } from './opening-hour';
import { scheduleColumns } from './schedule-columns';
import { DAY_END_MIN, DAY_START_MIN } from './time';
import { readScheduleSearch } from './use-schedule-search';

const tz = 'Asia/Shanghai';
const hm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
const session = (over: Partial<Session>): Session => ({
  id: 1, accountId: 10, roomId: 1, seriesId: null, hosts: [{ hostId: 7, role: 'main', shareBp: 10000 }], crew: [],
  startsAt: '2026-12-14T19:30:00+08:00', endsAt: '2026-12-14T23:30:00+08:00', status: 'planned', title: '', notes: '',
  platformLiveId: null, actualStartAt: null, actualEndAt: null, peakViewers: null, gmvFen: null, ...over,
});
const host = (id: number, stageName: string, status: 'prospect' | 'trial' | 'active' | 'suspended' | 'terminated' = 'active', archived = false) => ({ id, stageName, status, archived });
const room = (id: number, name: string, active = true) => ({ id, name, location: '', bufferMinutes: 0, active });
const search = (query: string, today = '2026-12-16') => readScheduleSearch(new URLSearchParams(query), today);

describe('where the grid opens', () => {
  // A 1280x720 screen shows about six hours of the grid.
  const sixHours = 6 * 60;

  it.each([
    ['an empty day and an empty agency: prime time, half an hour early', [], [], PRIME_TIME_START_MIN - 30],
    ['evening sessions only', ['19:30', '20:00', '21:00'], [], hm('19:00')],
    ['one early stream and an evening of them: the evening, where most starts are', ['06:30', '19:30', '20:00', '21:00'], [], hm('19:00')],
    ['a morning and an afternoon: the morning, since both fit', ['10:00', '14:00'], [], hm('09:30')],
    ['nothing visible, but the agency streams at noon around it', [], ['12:00', '12:30'], hm('11:30')],
    ['a late-night start near the end of the grid: as late as the grid allows', ['25:00'], [], DAY_END_MIN - sixHours],
  ])('when %s, then it opens there', (_, visible, around, expected) => {
    expect(openingMinute(visible.map(hm), around.map(hm), sixHours)).toBe(expected);
  });

  it('when the screen shows more than the evening, then the view ends where the grid does, prime time in it', () => {
    expect(openingMinute([hm('19:30')], [], 10 * 60)).toBe(DAY_END_MIN - 10 * 60);
  });

  it('when a start lies in the grid\'s last half hour, then the view ends at the grid\'s end and shows it (found by the property below)', () => {
    expect(openingMinute([DAY_END_MIN - 29], [], 991)).toBe(DAY_END_MIN - 991);
  });

  it('when starts fall outside the grid span, then they are ignored', () => {
    expect(openingMinute([hm('03:00')], [], sixHours)).toBe(PRIME_TIME_START_MIN - 30);
  });

  it('when any sessions are given, then the opening lies in the grid, on a half hour (or at the grid\'s end), shows at least one start, and no half hour shows more', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: DAY_START_MIN, max: DAY_END_MIN - 1 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 120, max: 20 * 60 }), (starts, view) => {
      const top = openingMinute(starts, [], view);
      expect(top).toBeGreaterThanOrEqual(DAY_START_MIN);
      expect(top).toBeLessThanOrEqual(Math.max(DAY_START_MIN, DAY_END_MIN - view));
      if (top !== DAY_END_MIN - view) expect(top % 30).toBe(0);
      // A start counts where half an hour of its session shows under it.
      const shown = (t: number) => starts.filter((m) => m >= t && m < t + view - 30).length;
      expect(starts.filter((m) => m >= top && m < top + view).length).toBeGreaterThanOrEqual(1);
      for (let t = DAY_START_MIN; t <= DAY_END_MIN - view; t += 30) {
        if (starts.some((m) => Math.floor((m - 30) / 30) * 30 === t)) expect(shown(t)).toBeLessThanOrEqual(shown(top));
      }
    }));
  });
});

describe('the view in the URL', () => {
  it('when nothing is given, then today as a day by room, with a day either side loaded', () => {
    expect(search('')).toMatchObject({ view: 'day', by: 'room', date: '2026-12-16', days: ['2026-12-16'], roomId: null, hostId: null, showAll: false, window: { from: '2026-12-15', to: '2026-12-18' } });
  });

  it('when a week of one host is linked, then its seven days from Monday and the host', () => {
    expect(search('view=week&by=host&host=12&date=2026-12-16')).toMatchObject({
      view: 'week', by: 'host', hostId: 12, monday: '2026-12-14', days: ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19', '2026-12-20'],
      window: { from: '2026-12-13', to: '2026-12-22' },
    });
  });

  it('when the URL holds nonsense, then the defaults; the old list view reads as the agenda', () => {
    expect(search('view=month&by=brand&date=2026-02-30&room=-1&host=x')).toMatchObject({ view: 'day', by: 'room', date: '2026-12-16', roomId: null, hostId: null });
    expect(search('view=list').view).toBe('agenda');
  });
});

describe('the columns of a view', () => {
  const hosts = [host(7, '小美'), host(8, '阿强'), host(9, '莉莉', 'trial'), host(10, '老王', 'terminated'), host(11, '旧号', 'active', true)];
  const rooms = [room(2, '二号直播间'), room(1, '一号直播间'), room(3, '仓库', false)];
  const sessions = [session({ id: 1 }), session({ id: 2, roomId: null, hosts: [{ hostId: 8, role: 'main', shareBp: 10000 }], startsAt: '2026-12-15T10:00:00+08:00', endsAt: '2026-12-15T12:00:00+08:00' })];
  const columnsOf = (query: string) => scheduleColumns({ search: search(query), sessions, hosts, rooms, timeZone: tz }, '外景').columns.map((c) => `${c.day} ${c.resource.name}`);

  it('when a day is shown by room, then the active rooms and outdoors, one column each', () => {
    expect(columnsOf('date=2026-12-14')).toEqual(['2026-12-14 一号直播间', '2026-12-14 二号直播间', '2026-12-14 外景']);
  });

  it('when a day is shown by host, then only the hosts streaming that day; with all, every host that may be booked', () => {
    expect(columnsOf('date=2026-12-14&by=host')).toEqual(['2026-12-14 小美']);
    expect(columnsOf('date=2026-12-14&by=host&all=1')).toEqual(['2026-12-14 阿强', '2026-12-14 莉莉', '2026-12-14 小美']);
    expect(hosts.filter(isBookableHost).map((h) => h.id)).toEqual([7, 8, 9]);
  });

  it('when a week of one room is shown, then seven days of that room; without a room, the first active one', () => {
    expect(columnsOf('view=week&room=2&date=2026-12-14')).toEqual(['14', '15', '16', '17', '18', '19', '20'].map((d) => `2026-12-${d} 二号直播间`));
    expect(columnsOf('view=week&date=2026-12-14')[0]).toBe('2026-12-14 一号直播间');
  });

  it('when a week by host has no host chosen, then no columns and a prompt to choose one', () => {
    const view = scheduleColumns({ search: search('view=week&by=host'), sessions, hosts, rooms, timeZone: tz }, '外景');
    expect(view).toMatchObject({ columns: [], empty: 'schedule.weekOf.chooseHost' });
  });

  it('when the view, day or resource changes, then the scroll key changes with it', () => {
    const key = (q: string) => scheduleColumns({ search: search(q), sessions, hosts, rooms, timeZone: tz }, '外景').key;
    expect(new Set([key('date=2026-12-14'), key('date=2026-12-15'), key('date=2026-12-14&by=host'), key('view=week&room=1'), key('view=week&room=2')]).size).toBe(5);
  });

  it('when hosts are listed, then by stage name in Chinese order, unknown ids by number', () => {
    expect(hostResources(hosts, [session({ hosts: [{ hostId: 99, role: 'main', shareBp: 10000 }] })], false).map((r) => r.name)).toEqual(['#99']);
  });
});
