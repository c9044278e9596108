import { describe, expect, it } from 'vitest';
import { emptyTermsForm, formToTerms, termsToForm, type TermsForm } from './terms-form';

const tiered: TermsForm = { ...emptyTermsForm(), mode: 'tiered_marginal', tiers: [{ from: '0', rate: '30' }, { from: '100,000', rate: '40%' }] };

describe('formToTerms', () => {
  it('when tiers are typed in yuan and percent, then they become fen and bp', () => {
    expect(formToTerms(tiered)).toEqual({
      terms: { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 3000 }, { fromFen: 10_000_000, rateBp: 4000 }] }, includePitFees: false, deductCosts: false, tax: 'none' },
      errors: {},
    });
  });

  it('when a guarantee has a live-days condition, then both numbers are sent', () => {
    const form = { ...emptyTermsForm(), rate: '30', guarantee: true, guaranteeAmount: '6000', guaranteeMode: 'plus' as const, minLiveDays: '20', minMinutesPerDay: '240' };
    expect(formToTerms(form).terms?.guarantee).toEqual({ amountFen: 600_000, mode: 'plus', minLiveDays: 20, minMinutesPerDay: 240 });
  });

  it('when text is not money or a rate, then the field is named and nothing is sent', () => {
    const result = formToTerms({ ...tiered, tiers: [{ from: '0', rate: 'x' }, { from: '1.234', rate: '40' }] });
    expect(result.terms).toBeNull();
    expect(result.errors).toEqual({ 'hostShare.tiers.0.rateBp': { code: 'percent' }, 'hostShare.tiers.1.fromFen': { code: 'yuan' } });
  });

  it('when tiers do not start at 0 or do not ascend, then the domain schema refuses them at the tier', () => {
    const result = formToTerms({ ...tiered, tiers: [{ from: '10', rate: '30' }, { from: '5', rate: '40' }] });
    expect(result.errors).toEqual({ 'hostShare.tiers.0.fromFen': { code: 'firstTierZero' }, 'hostShare.tiers.1.fromFen': { code: 'tiersAscend' } });
  });

  it('when only half of the live-days condition is given, then the missing half is named', () => {
    const result = formToTerms({ ...emptyTermsForm(), rate: '30', guarantee: true, guaranteeAmount: '100', minLiveDays: '20' });
    expect(Object.keys(result.errors)).toEqual(['guarantee.minMinutesPerDay']);
  });

  it('when a rate is above 100%, then it is refused as out of range', () => {
    expect(formToTerms({ ...emptyTermsForm(), rate: '120' }).errors).toEqual({ 'hostShare.rateBp': { code: 'rateRange' } });
  });

  it('when stored terms are edited again, then they read back as the same terms', () => {
    const terms = formToTerms(tiered).terms;
    expect(terms && formToTerms(termsToForm(terms)).terms).toEqual(terms);
  });
});
