import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { contractTermsSchema } from '../../server/domain/terms';
import type { ContractTermsInput } from '../../server/domain/terms';

const flat = { mode: 'flat', rateBp: 3000 } as const;

function issuePaths(input: unknown): (string | number)[][] {
  const result = contractTermsSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)));
}

const rateBp = fc.integer({ min: 0, max: 10000 });

const tiers = fc
  .uniqueArray(fc.integer({ min: 1, max: 1_000_000_000 }), { maxLength: 6 })
  .chain((starts) => {
    const fromFens = [0, ...[...starts].sort((a, b) => a - b)];
    return fc.tuple(...fromFens.map((fromFen) => rateBp.map((r) => ({ fromFen, rateBp: r }))));
  });

const hostShareArb = fc.oneof(
  rateBp.map((r) => ({ mode: 'flat' as const, rateBp: r })),
  fc.record({ mode: fc.constantFrom('tiered_marginal' as const, 'tiered_whole' as const), tiers }),
);

const liveDaysArb = fc.option(
  fc.record({ minLiveDays: fc.integer({ min: 1, max: 31 }), minMinutesPerDay: fc.integer({ min: 1, max: 1440 }) }),
  { nil: undefined },
);

const guaranteeArb = fc.record({
  amountFen: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  mode: fc.constantFrom('max' as const, 'plus' as const),
  liveDays: liveDaysArb,
}).map(({ liveDays, ...rest }) => ({ ...rest, ...liveDays }));

const termsArb: fc.Arbitrary<ContractTermsInput> = fc.record(
  {
    hostShare: hostShareArb,
    includePitFees: fc.boolean(),
    deductCosts: fc.boolean(),
    guarantee: guaranteeArb,
    tax: fc.constantFrom('labor' as const, 'none' as const),
  },
  { requiredKeys: ['hostShare'] },
);

describe('contractTermsSchema', () => {
  it('when only hostShare is given, then the flags default to false and tax to none', () => {
    expect(contractTermsSchema.parse({ hostShare: flat })).toEqual({
      hostShare: flat,
      includePitFees: false,
      deductCosts: false,
      tax: 'none',
    });
  });

  it.each([
    ['a second tier below the first', [{ fromFen: 0, rateBp: 3000 }, { fromFen: 0, rateBp: 4000 }], ['hostShare', 'tiers', 1, 'fromFen']],
    ['descending tiers', [{ fromFen: 0, rateBp: 1 }, { fromFen: 500, rateBp: 2 }, { fromFen: 400, rateBp: 3 }], ['hostShare', 'tiers', 2, 'fromFen']],
    ['a first tier not at 0', [{ fromFen: 100, rateBp: 3000 }], ['hostShare', 'tiers', 0, 'fromFen']],
    ['a rate above 10000 bp', [{ fromFen: 0, rateBp: 10001 }], ['hostShare', 'tiers', 0, 'rateBp']],
    ['a fractional rate', [{ fromFen: 0, rateBp: 12.5 }], ['hostShare', 'tiers', 0, 'rateBp']],
    ['a negative fromFen', [{ fromFen: 0, rateBp: 1 }, { fromFen: -5, rateBp: 1 }], ['hostShare', 'tiers', 1, 'fromFen']],
    ['no tiers', [], ['hostShare', 'tiers']],
  ])('when the tiers have %s, then the issue names %j', (_name, badTiers, path) => {
    expect(issuePaths({ hostShare: { mode: 'tiered_marginal', tiers: badTiers } })).toContainEqual(path);
  });

  it.each([
    ['a flat rate above 10000 bp', { hostShare: { mode: 'flat', rateBp: 10001 } }, ['hostShare', 'rateBp']],
    ['an unknown mode', { hostShare: { mode: 'progressive', rateBp: 1 } }, ['hostShare', 'mode']],
    ['a negative guarantee', { hostShare: flat, guarantee: { amountFen: -1, mode: 'max' } }, ['guarantee', 'amountFen']],
    ['only minLiveDays', { hostShare: flat, guarantee: { amountFen: 1, mode: 'max', minLiveDays: 20 } }, ['guarantee', 'minMinutesPerDay']],
    ['only minMinutesPerDay', { hostShare: flat, guarantee: { amountFen: 1, mode: 'plus', minMinutesPerDay: 240 } }, ['guarantee', 'minLiveDays']],
    ['32 live days', { hostShare: flat, guarantee: { amountFen: 1, mode: 'max', minLiveDays: 32, minMinutesPerDay: 1 } }, ['guarantee', 'minLiveDays']],
    ['1441 minutes a day', { hostShare: flat, guarantee: { amountFen: 1, mode: 'max', minLiveDays: 1, minMinutesPerDay: 1441 } }, ['guarantee', 'minMinutesPerDay']],
    ['an unknown tax', { hostShare: flat, tax: 'vat' }, ['tax']],
    ['a misspelt flag', { hostShare: flat, includePitfees: true }, []],
    ['no hostShare', { tax: 'none' }, ['hostShare']],
  ])('when the terms have %s, then the issue names %j', (_name, input, path) => {
    expect(issuePaths(input)).toContainEqual(path);
  });

  it('when any valid terms object is generated, then the schema accepts it unchanged but for defaults', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const parsed = contractTermsSchema.parse(terms);
        expect(parsed).toMatchObject(terms as Record<string, unknown>);
      }),
    );
  });

  it('when a tier is moved to not ascend, then the schema rejects it', () => {
    const schedule = fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000_000 }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(schedule, fc.nat(), (starts, pick) => {
        const sorted = [0, ...[...starts].sort((a, b) => a - b)];
        const i = 1 + (pick % (sorted.length - 1));
        const broken = sorted.map((fromFen, j) => ({ fromFen: j === i ? (sorted[i - 1] ?? 0) : fromFen, rateBp: 100 }));
        expect(issuePaths({ hostShare: { mode: 'tiered_whole', tiers: broken } })).toContainEqual(['hostShare', 'tiers', i, 'fromFen']);
      }),
    );
  });

  it('when any rate is above 10000 bp, then the schema rejects it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10001, max: 1_000_000 }), (rate) => {
        expect(contractTermsSchema.safeParse({ hostShare: { mode: 'flat', rateBp: rate } }).success).toBe(false);
        const tiered = { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 100 }, { fromFen: 10, rateBp: rate }] };
        expect(issuePaths({ hostShare: tiered })).toContainEqual(['hostShare', 'tiers', 1, 'rateBp']);
      }),
    );
  });

  it('when the first tier starts above 0, then the schema rejects it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (fromFen) => {
        const tiered = { mode: 'tiered_whole', tiers: [{ fromFen, rateBp: 100 }] };
        expect(issuePaths({ hostShare: tiered })).toContainEqual(['hostShare', 'tiers', 0, 'fromFen']);
      }),
    );
  });

  it('when a guarantee has exactly one of the live-day fields, then the schema rejects it', () => {
    const one = fc.oneof(
      fc.integer({ min: 1, max: 31 }).map((d) => ({ minLiveDays: d })),
      fc.integer({ min: 1, max: 1440 }).map((m) => ({ minMinutesPerDay: m })),
    );
    fc.assert(
      fc.property(one, fc.nat(), (field, amountFen) => {
        const guarantee = { amountFen, mode: 'max', ...field };
        expect(contractTermsSchema.safeParse({ hostShare: flat, guarantee }).success).toBe(false);
      }),
    );
  });
});
