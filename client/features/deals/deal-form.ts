import { dealTransitions } from '../../../server/domain/deals';
import type { Category, DealStatus } from '../../lib/roster-labels';
import { bpToPercentText, fenToYuanText, parsePercent, parseYuan } from '../../lib/units';
import type { Deal, DealInput } from './api';

export type DealForm = { brandId: string; pitFee: string; commissionRate: string; category: Category | ''; status: DealStatus; notes: string };
export type DealFormErrors = Partial<Record<'brandId' | 'pitFeeFen' | 'commissionRateBp', 'required' | 'yuan' | 'percent'>>;

export const emptyDealForm: DealForm = { brandId: '', pitFee: '', commissionRate: '', category: '', status: 'proposed', notes: '' };

export function dealToForm(deal: Deal): DealForm {
  return {
    brandId: String(deal.brandId), pitFee: fenToYuanText(deal.pitFeeFen), commissionRate: bpToPercentText(deal.commissionRateBp),
    category: deal.category ?? '', status: deal.status, notes: deal.notes,
  };
}

/** A new deal starts proposed or confirmed; an existing one may move only as server/domain/deals allows. */
export function statusChoices(current: DealStatus | null): DealStatus[] {
  return current === null ? ['proposed', 'confirmed'] : [current, ...dealTransitions[current]];
}

/** Pit fee in yuan -> fen (empty = 0), commission in % -> bp (empty = none). */
export function formToDeal(form: DealForm): { input: DealInput | null; errors: DealFormErrors } {
  const errors: DealFormErrors = {};
  const fee = parseYuan(form.pitFee);
  const rate = parsePercent(form.commissionRate);
  if (form.brandId === '') errors.brandId = 'required';
  if (!fee.ok) errors.pitFeeFen = 'yuan';
  if (!rate.ok) errors.commissionRateBp = 'percent';
  if (!fee.ok || !rate.ok || form.brandId === '') return { input: null, errors };
  return {
    input: {
      brandId: Number(form.brandId), pitFeeFen: fee.value ?? 0, commissionRateBp: rate.value, category: form.category === '' ? null : form.category,
      status: form.status, notes: form.notes,
    },
    errors,
  };
}

/** Only what changed, so a paid deal's locked fields are not sent back unchanged. */
export function dealPatch(input: DealInput, deal: Deal): Partial<DealInput> {
  const before: DealInput = { brandId: deal.brandId, pitFeeFen: deal.pitFeeFen, commissionRateBp: deal.commissionRateBp, category: deal.category, status: deal.status, notes: deal.notes };
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => before[key as keyof DealInput] !== value));
}
