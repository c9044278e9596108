import { describe, it, expect } from 'vitest';
import { datesOfPeriod } from '../../server/domain/periods';
import { DomainRuleError } from '../../server/domain/rule-error';
import { settleStatement, statementLineLabels, costKindLabels, type StatementLines } from '../../server/domain/settlement';
import { entries, flat, PERIOD, pitFeePart, statementInput, TIERS } from './settlement-fixtures';

describe('settleStatement: SPEC section 8 worked examples', () => {
  it('when flat 30% applies to a base of 1,234,567 fen, then the share is 370,370 fen (370,370.1 rounds down), from one flat line', () => {
    const s = settleStatement(statementInput({ hostShare: flat(3000) }, { commission: entries(1_000_000, 234_567) }));
    expect(s.lines.commission).toMatchObject({ amountFen: 1_234_567, entryCount: 2 });
    expect(s.lines.share.amountFen).toBe(370_370);
    expect(s.lines.share.hostShare).toMatchObject({ mode: 'flat', wholeRateBp: 3000, tiers: [{ rateBp: 3000, amountInTierFen: 1_234_567, applied: true }] });
    expect(s.amounts).toMatchObject({ baseFen: 1_234_567, shareFen: 370_370, payableFen: 370_370, agencyKeepsFen: 864_197 });
  });

  it('when tiered_marginal [0: 30%, 10,000,000: 40%] applies to 15,000,000 fen, then 3,000,000 + 2,000,000 = 5,000,000 fen, tier by tier', () => {
    const s = settleStatement(statementInput({ hostShare: { mode: 'tiered_marginal', tiers: TIERS } }, { commission: entries(15_000_000) }));
    expect(s.lines.share.amountFen).toBe(5_000_000);
    expect(s.lines.share.hostShare.tiers.map((t) => [t.fromFen, t.toFen, t.amountInTierFen, t.applied])).toEqual([
      [0, 10_000_000, 10_000_000, true],
      [10_000_000, null, 5_000_000, true],
    ]);
  });

  it('when tiered_whole applies to the same tiers and base, then the 40% tier reached covers the whole base: 6,000,000 fen', () => {
    const s = settleStatement(statementInput({ hostShare: { mode: 'tiered_whole', tiers: TIERS } }, { commission: entries(15_000_000) }));
    expect(s.lines.share.amountFen).toBe(6_000_000);
    expect(s.lines.share.hostShare).toMatchObject({ wholeRateBp: 4000, tiers: [{ applied: false }, { applied: true, amountInTierFen: 15_000_000 }] });
  });

  it('when a 1,000,000 fen max guarantee covers 15 of 30 days and the share is 200,000, then the guarantee is 500,000 and payable 500,000', () => {
    const activeDates = datesOfPeriod(PERIOD).slice(15);
    const terms = { hostShare: flat(2000), guarantee: { amountFen: 1_000_000, mode: 'max' } } as const;
    const s = settleStatement(statementInput(terms, { commission: entries(1_000_000), activeDates }));
    expect(s.lines.share.amountFen).toBe(200_000);
    expect(s.lines.guarantee).toMatchObject({ amountFen: 500_000, mode: 'max', contractAmountFen: 1_000_000, activeDays: 15, daysInPeriod: 30, proratedFen: 500_000, liveDays: null });
    expect(s.lines.guarantee?.activeDates).toEqual(activeDates);
    expect(s.lines.payable).toEqual({ amountFen: 500_000, rule: 'max' });
  });

  it('when a 600,000 fen plus guarantee needs 20 days of 240 minutes and the host reached 19, then the guarantee is 0 and payable = share', () => {
    const minutesByDay = datesOfPeriod(PERIOD).map((_, i) => (i < 19 ? 240 : 239));
    const terms = { hostShare: flat(3000), guarantee: { amountFen: 600_000, mode: 'plus', minLiveDays: 20, minMinutesPerDay: 240 } } as const;
    const s = settleStatement(statementInput(terms, { commission: entries(1_000_000), minutesByDay }));
    expect(s.lines.guarantee).toMatchObject({ amountFen: 0, proratedFen: 600_000, liveDays: { requiredDays: 20, reachedDays: 19, met: false } });
    expect(s.lines.guarantee?.liveDays?.days.slice(18, 20)).toEqual([
      { date: '2026-11-19', minutes: 240, reached: true },
      { date: '2026-11-20', minutes: 239, reached: false },
    ]);
    expect(s.lines.payable).toEqual({ amountFen: 300_000, rule: 'plus' });
    expect(s.amounts.shareFen).toBe(300_000);
  });

  it('when the same host reaches 240 minutes on a 20th day, then the 600,000 fen is added to the share', () => {
    const terms = { hostShare: flat(3000), guarantee: { amountFen: 600_000, mode: 'plus', minLiveDays: 20, minMinutesPerDay: 240 } } as const;
    const minutesByDay = datesOfPeriod(PERIOD).map((_, i) => (i < 20 ? 240 : 0));
    const s = settleStatement(statementInput(terms, { commission: entries(1_000_000), minutesByDay }));
    expect(s.lines.guarantee?.liveDays).toMatchObject({ requiredDays: 20, reachedDays: 20, met: true });
    expect(s.lines.payable.amountFen).toBe(900_000);
  });

  it('when a refund month leaves a base of -50,000 under a 300,000 max guarantee, then share 0, payable 300,000, carry-out -50,000; next month 400,000 commission gives base 350,000', () => {
    const terms = { hostShare: flat(3000), guarantee: { amountFen: 300_000, mode: 'max' } } as const;
    const october = settleStatement(statementInput(terms, { period: '2026-10', commission: entries(20_000, -70_000) }));
    expect(october.amounts).toMatchObject({ baseFen: -50_000, shareFen: 0, payableFen: 300_000, carryOutFen: -50_000, agencyKeepsFen: -350_000 });
    const november = settleStatement(statementInput(terms, { commission: entries(400_000), carryIn: { statementId: 41, amountFen: october.amounts.carryOutFen } }));
    expect(november.lines.carryIn).toEqual({ amountFen: -50_000, statementId: 41 });
    expect(november.lines.base.amountFen).toBe(350_000);
    expect(november.amounts).toMatchObject({ shareFen: 105_000, payableFen: 300_000, carryOutFen: 0 });
  });

  it.each([
    [300_000, 44_000, 'fixed800', 2000, 0],
    [400_000, 64_000, 'fixed800', 2000, 0],
    [400_001, 64_000, 'percent20', 2000, 0],
    [2_500_000, 400_000, 'percent20', 2000, 0],
    [3_000_000, 520_000, 'percent20', 3000, 200_000],
    [10_000_000, 2_500_000, 'percent20', 4000, 700_000],
    [70_000, 0, 'fixed800', 2000, 0],
  ])('when labor tax is withheld on a payable of %i fen, then the tax is %i fen (deduction %s, rate %i bp, quick deduction %i)', (payableFen, taxFen, deduction, rateBp, quickDeductionFen) => {
    const s = settleStatement(statementInput({ hostShare: flat(10000), tax: 'labor' }, { commission: entries(payableFen) }));
    expect(s.lines.tax).toMatchObject({ amountFen: taxFen, basis: 'labor', withholding: { incomeFen: payableFen, deduction, bracket: { rateBp, quickDeductionFen } } });
    expect(s.lines.net.amountFen).toBe(payableFen - taxFen);
  });
});

describe('settleStatement: the lines behind the base', () => {
  const costs = [
    { id: 1, kind: 'ad_spend', amountFen: 30_000 },
    { id: 2, kind: 'samples', amountFen: 5_000 },
    { id: 3, kind: 'ad_spend', amountFen: 10_000 },
  ] as const;
  const pitFeeParts = [pitFeePart(7, 70, 50_000), pitFeePart(8, 80, 25_001)];

  it.each([
    [false, false, 100_000],
    [true, false, 175_001],
    [false, true, 55_000],
    [true, true, 130_001],
  ])('when includePitFees is %s and deductCosts %s, then the base is %i and the parts are listed either way', (includePitFees, deductCosts, baseFen) => {
    const s = settleStatement(statementInput({ hostShare: flat(5000), includePitFees, deductCosts }, { commission: entries(100_000), pitFeeParts, costs: [...costs] }));
    expect(s.lines.base.amountFen).toBe(baseFen);
    expect(s.lines.pitFees).toMatchObject({ amountFen: includePitFees ? 75_001 : 0, included: includePitFees, allocatedFen: 75_001 });
    expect(s.lines.pitFees.parts.map((p) => [p.dealId, p.sessionId, p.amountFen])).toEqual([[7, 70, 50_000], [8, 80, 25_001]]);
    expect(s.lines.costs).toMatchObject({ amountFen: deductCosts ? 45_000 : 0, deducted: deductCosts, recordedFen: 45_000 });
  });

  it('when costs of several kinds are recorded, then they are grouped by kind with their ids', () => {
    const s = settleStatement(statementInput({ hostShare: flat(5000), deductCosts: true }, { costs: [...costs] }));
    const byKind = s.lines.costs.byKind;
    expect([byKind.ad_spend.totalFen, byKind.samples.totalFen, byKind.other.totalFen]).toEqual([40_000, 5_000, 0]);
    expect(byKind.ad_spend.items.map((c) => c.id)).toEqual([1, 3]);
    expect(costKindLabels.ad_spend.zh).toBe('投流');
  });

  it('when the commission is checked, then every ledger entry behind it is listed, refunds included', () => {
    const s = settleStatement(statementInput({ hostShare: flat(5000) }, { commission: entries(9_000, -2_000) }));
    expect(s.lines.commission).toEqual({ amountFen: 7_000, entryCount: 2 });
    expect(s.lines.carryIn).toEqual({ amountFen: 0, statementId: null });
  });
});

describe('settleStatement: adjustments', () => {
  it('when adjustments are added, then each is listed with its reason and they count after the guarantee, before the tax', () => {
    const adjustments = [{ id: 1, amountFen: 150_000, reason: '双11 奖励' }, { id: 2, amountFen: -50_000, reason: 'late to two sessions' }];
    const terms = { hostShare: flat(3000), guarantee: { amountFen: 300_000, mode: 'max' }, tax: 'labor' } as const;
    const s = settleStatement(statementInput(terms, { commission: entries(100_000), adjustments }));
    expect(s.lines.adjustments).toEqual({ amountFen: 100_000, payableBeforeFen: 300_000, items: adjustments });
    expect([s.lines.payable.amountFen, s.lines.tax.amountFen, s.lines.net.amountFen]).toEqual([400_000, 64_000, 336_000]);
  });

  it('when an adjustment would make the payable negative, then a DomainRuleError (422) refuses it in both languages', () => {
    const run = () => settleStatement(statementInput({ hostShare: flat(3000) }, { commission: entries(100_000), adjustments: [{ amountFen: -30_001, reason: 'advance repaid' }] }));
    expect(run).toThrow(DomainRuleError);
    expect(run).toThrow(expect.objectContaining({ code: 'unprocessable', text: expect.objectContaining({ zh: expect.stringContaining('应发为负') }) }));
  });
});

describe('settleStatement: inputs that cannot be right', () => {
  it.each([
    ['a pit-fee part of another host', { pitFeeParts: [pitFeePart(1, 1, 100, { hostId: 2 })] }],
    ['a pit-fee part of another period', { pitFeeParts: [pitFeePart(1, 1, 100, { period: '2026-12' })] }],
    ['31 days of minutes for November', { minutesByDay: Array<number>(31).fill(0) }],
    ['an active date in December', { activeDates: ['2026-12-01'] }],
    ['an active date twice', { activeDates: ['2026-11-01', '2026-11-01'] }],
    ['a positive carry-in', { carryIn: { statementId: 1, amountFen: 1 } }],
    ['a commission of half a fen', { commission: { amountFen: 0.5, entryCount: 1 } }],
  ])('when the input has %s, then it throws a RangeError', (_name, over) => {
    expect(() => settleStatement(statementInput({ hostShare: flat(3000) }, over))).toThrow(RangeError);
  });
});

describe('settleStatement: the lines as finance reads them', () => {
  it('when a statement is built, then it has every SPEC line, each labelled in both languages, in order', () => {
    const s = settleStatement(statementInput({ hostShare: flat(3000) }, { activeDates: ['2026-11-01'] }));
    const keys: (keyof StatementLines)[] = ['commission', 'pitFees', 'costs', 'carryIn', 'base', 'share', 'guarantee', 'adjustments', 'payable', 'tax', 'net', 'carryOut', 'agencyKeeps'];
    expect(Object.keys(s.lines)).toEqual(keys);
    expect(Object.keys(statementLineLabels)).toEqual(keys);
    expect(keys.map((k) => statementLineLabels[k].zh).join(' ')).toBe('佣金收入 坑位费分成 成本扣除 上期结转 分成基数 主播分成 保底 调整 应发 代扣个税 实发 结转下期 机构留存');
    expect(s.lines.guarantee).toBeNull();
    expect(s.lines.tax).toEqual({ amountFen: 0, basis: 'none', withholding: null });
  });
});
