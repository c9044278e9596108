import { describe, it, expect } from 'vitest';
import { activeDatesInPeriod, liveMinutesByDay, type StreamedSession } from '../../server/domain/period-days';
import { addDays } from '../../server/domain/dates';
import { zonedWallTimeToInstant } from '../../server/domain/zones';
import { allocatePitFees, pitFeesOf } from '../../server/domain/pit-fees';
import { settleStatement } from '../../server/domain/settlement';
import { termsForPeriod, type SettlementContract } from '../../server/domain/statement-terms';
import { contractTermsSchema } from '../../server/domain/terms';

// The pure steps a settlement run chains for one host, from the data a service loads to the
// statement: the guarantee-plus worked example (20 days of 240 minutes, 19 reached), with a deal
// over three sessions, one of them in the next period. Run in two agency zones, one with a clock change.

const HOST = 1;
const terms = contractTermsSchema.parse({
  hostShare: { mode: 'flat', rateBp: 3000 },
  includePitFees: true,
  guarantee: { amountFen: 600_000, mode: 'plus', minLiveDays: 20, minMinutesPerDay: 240 },
});
const contracts: SettlementContract[] = [
  { id: 3, number: 'HT-2026-003', startDate: '2026-11-01', endDate: '2027-10-31', countsAsActive: true, versions: [{ version: 1, effectiveFrom: '2026-11-01', terms }] },
];

function settleNovember(timeZone: string, [lastStart, lastEnd]: [string, string]) {
  const at = (wall: string) => zonedWallTimeToInstant(wall, timeZone);
  // 20:00 to midnight on the 1st to the 19th; on the 20th, the stream the test gives.
  const sessions: StreamedSession[] = Array.from({ length: 19 }, (_, i) => {
    const day = addDays('2026-11-01', i);
    return { status: 'completed', startsAt: at(`${day} 20:00`), endsAt: at(`${addDays(day, 1)} 00:00`) };
  });
  sessions.push({ status: 'completed', startsAt: at(lastStart), endsAt: at(lastEnd) });
  const deal = {
    id: 9, pitFeeFen: 100_000, status: 'invoiced' as const,
    sessions: [['2026-12-01 00:30', 103], ['2026-11-01 20:00', 101], ['2026-11-02 20:00', 102]].map(([wall, id]) => ({ id: Number(id), startsAt: at(String(wall)), hosts: [{ hostId: HOST, shareBp: 10000 }] })),
  };
  const choice = termsForPeriod(contracts, '2026-11');
  if (!choice.applied) throw new Error(choice.reason.en);
  return settleStatement({
    hostId: HOST,
    period: '2026-11',
    applied: choice.applied,
    commission: { amountFen: 1_000_000, entryCount: 1 },
    pitFeeParts: pitFeesOf(allocatePitFees([deal], timeZone).parts, HOST, '2026-11').parts,
    costs: [],
    carryIn: null,
    activeDates: activeDatesInPeriod(contracts.filter((c) => c.countsAsActive), '2026-11'),
    minutesByDay: liveMinutesByDay(sessions, '2026-11', timeZone),
    adjustments: [],
  });
}

describe.each(['Asia/Shanghai', 'America/New_York'])('a November settlement in %s', (timeZone) => {
  it('when the host reached 240 minutes on 19 of the 20 days required, then the guarantee is 0 and payable is the share', () => {
    const s = settleNovember(timeZone, ['2026-11-20 22:00', '2026-11-21 02:00']);
    expect(s.lines.pitFees.parts.map((p) => [p.sessionId, p.amountFen])).toEqual([[101, 33_334], [102, 33_333]]);
    expect(s.lines.base.amountFen).toBe(1_066_667);
    expect(s.lines.share.amountFen).toBe(320_000);
    expect(s.lines.guarantee).toMatchObject({ amountFen: 0, activeDays: 30, daysInPeriod: 30, liveDays: { requiredDays: 20, reachedDays: 19, met: false } });
    expect(s.lines.guarantee?.liveDays?.days.slice(19, 21)).toEqual([
      { date: '2026-11-20', minutes: 120, reached: false },
      { date: '2026-11-21', minutes: 120, reached: false },
    ]);
    expect(s.lines.payable.amountFen).toBe(320_000);
    expect(s.applied).toMatchObject({ contractNumber: 'HT-2026-003', version: 1, date: '2026-11-30' });
  });

  it('when the 20th day\'s stream starts at 20:00 instead, then it has 240 minutes before midnight and the guarantee is added', () => {
    const s = settleNovember(timeZone, ['2026-11-20 20:00', '2026-11-21 02:00']);
    expect(s.lines.guarantee).toMatchObject({ amountFen: 600_000, liveDays: { requiredDays: 20, reachedDays: 20, met: true } });
    expect(s.lines.payable.amountFen).toBe(920_000);
  });
});
