import type { ContractTermsInput } from '../domain/terms';

/** One contract of every kind of terms the agency signs (SPEC section 8), cycled over the roster. */
export const demoTerms: ContractTermsInput[] = [
  { hostShare: { mode: 'flat', rateBp: 3000 }, tax: 'labor' },
  { hostShare: { mode: 'flat', rateBp: 5000 }, includePitFees: true, tax: 'none' },
  { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 3000 }, { fromFen: 10_000_000, rateBp: 4000 }] }, deductCosts: true, tax: 'labor' },
  { hostShare: { mode: 'tiered_whole', tiers: [{ fromFen: 0, rateBp: 2500 }, { fromFen: 5_000_000, rateBp: 3500 }, { fromFen: 20_000_000, rateBp: 4500 }] }, tax: 'none' },
  { hostShare: { mode: 'flat', rateBp: 2000 }, guarantee: { amountFen: 1_000_000, mode: 'max' }, tax: 'labor' },
  { hostShare: { mode: 'flat', rateBp: 1500 }, guarantee: { amountFen: 600_000, mode: 'plus', minLiveDays: 20, minMinutesPerDay: 240 }, tax: 'labor' },
  { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 2000 }, { fromFen: 3_000_000, rateBp: 3000 }] }, includePitFees: true, deductCosts: true, guarantee: { amountFen: 300_000, mode: 'max' }, tax: 'none' },
];
