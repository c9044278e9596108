import { contractTermsSchema, type ContractTerms } from '../../server/domain/terms';
import { bpToPercentText, fenToYuanText, parsePercent, parseYuan } from './units';

// The split terms editor's state as typed (yuan and percent text) and its conversion to the terms the API
// takes (fen and bp), checked with the server's own contractTermsSchema before anything is sent.

export type ShareMode = 'flat' | 'tiered_marginal' | 'tiered_whole';
export type TierRow = { from: string; rate: string };

export type TermsForm = {
  mode: ShareMode;
  rate: string;
  tiers: TierRow[];
  includePitFees: boolean;
  deductCosts: boolean;
  guarantee: boolean;
  guaranteeAmount: string;
  guaranteeMode: 'max' | 'plus';
  minLiveDays: string;
  minMinutesPerDay: string;
  tax: 'labor' | 'none';
};

/** Why a field is refused: a code the UI translates, or the domain schema's own message. */
export type TermsError = { code: 'yuan' | 'percent' | 'required' | 'wholeNumber' | 'firstTierZero' | 'tiersAscend' | 'rateRange' } | { code: 'schema'; message: string };
export type TermsErrors = Record<string, TermsError>;

export function emptyTermsForm(): TermsForm {
  return {
    mode: 'flat', rate: '', tiers: [{ from: '0', rate: '' }], includePitFees: false, deductCosts: false,
    guarantee: false, guaranteeAmount: '', guaranteeMode: 'max', minLiveDays: '', minMinutesPerDay: '', tax: 'none',
  };
}

export function termsToForm(terms: ContractTerms): TermsForm {
  const share = terms.hostShare;
  const g = terms.guarantee;
  return {
    ...emptyTermsForm(),
    mode: share.mode,
    rate: share.mode === 'flat' ? bpToPercentText(share.rateBp) : '',
    tiers: share.mode === 'flat' ? [{ from: '0', rate: '' }] : share.tiers.map((tier) => ({ from: fenToYuanText(tier.fromFen), rate: bpToPercentText(tier.rateBp) })),
    includePitFees: terms.includePitFees, deductCosts: terms.deductCosts, tax: terms.tax,
    guarantee: g !== undefined, guaranteeAmount: fenToYuanText(g?.amountFen), guaranteeMode: g?.mode ?? 'max',
    minLiveDays: g?.minLiveDays?.toString() ?? '', minMinutesPerDay: g?.minMinutesPerDay?.toString() ?? '',
  };
}

type Reader = { errors: TermsErrors };

function money(r: Reader, path: string, text: string): number {
  const parsed = parseYuan(text);
  if (!parsed.ok) r.errors[path] = { code: 'yuan' };
  else if (parsed.value === null) r.errors[path] = { code: 'required' };
  return parsed.ok && parsed.value !== null ? parsed.value : 0;
}

function rate(r: Reader, path: string, text: string): number {
  const parsed = parsePercent(text);
  if (!parsed.ok) r.errors[path] = { code: 'percent' };
  else if (parsed.value === null) r.errors[path] = { code: 'required' };
  return parsed.ok && parsed.value !== null ? parsed.value : 0;
}

function whole(r: Reader, path: string, text: string): number | undefined {
  if (text.trim() === '') return undefined;
  if (!/^\d+$/.test(text.trim())) r.errors[path] = { code: 'wholeNumber' };
  return Number(text.trim());
}

function schemaError(path: (string | number | symbol)[], code: string, message: string): TermsError {
  const last = path[path.length - 1];
  if (last === 'fromFen' && code === 'custom') return { code: path[path.length - 2] === 0 ? 'firstTierZero' : 'tiersAscend' };
  if (last === 'rateBp' && (code === 'too_big' || code === 'too_small')) return { code: 'rateRange' };
  return { code: 'schema', message };
}

/** The terms to send, or the errors keyed by their path inside the terms ('hostShare.tiers.1.fromFen'). */
export function formToTerms(form: TermsForm): { terms: ContractTerms | null; errors: TermsErrors } {
  const r: Reader = { errors: {} };
  const hostShare = form.mode === 'flat'
    ? { mode: form.mode, rateBp: rate(r, 'hostShare.rateBp', form.rate) }
    : { mode: form.mode, tiers: form.tiers.map((tier, i) => ({ fromFen: money(r, `hostShare.tiers.${i}.fromFen`, tier.from), rateBp: rate(r, `hostShare.tiers.${i}.rateBp`, tier.rate) })) };
  const minLiveDays = whole(r, 'guarantee.minLiveDays', form.minLiveDays);
  const minMinutesPerDay = whole(r, 'guarantee.minMinutesPerDay', form.minMinutesPerDay);
  const guarantee = form.guarantee
    ? { amountFen: money(r, 'guarantee.amountFen', form.guaranteeAmount), mode: form.guaranteeMode, ...(minLiveDays === undefined ? {} : { minLiveDays }), ...(minMinutesPerDay === undefined ? {} : { minMinutesPerDay }) }
    : undefined;
  const candidate = { hostShare, includePitFees: form.includePitFees, deductCosts: form.deductCosts, tax: form.tax, ...(guarantee ? { guarantee } : {}) };
  const parsed = contractTermsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      r.errors[key] ??= schemaError(issue.path, issue.code, issue.message);
    }
  }
  const ok = parsed.success && Object.keys(r.errors).length === 0;
  return { terms: ok ? parsed.data : null, errors: r.errors };
}
