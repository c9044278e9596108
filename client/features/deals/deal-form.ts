import { dealTransitions } from '../../../server/domain/deals';
import { firstProblems, notBefore, percent, required, yuanNotNegative, type Problems } from '../../lib/form-checks';
import type { Category, DealStatus } from '../../lib/roster-labels';
import { bpToPercentText, fenToYuanText, parsePercent, parseYuan } from '../../lib/units';
import type { Deal, DealInput } from './api';

export type DealForm = {
  brandId: string; pitFee: string; commissionRate: string; category: Category | ''; status: DealStatus; notes: string;
  // The brand's invoice for the pit fee and its payment (reconciliation's pit fees invoiced against received).
  invoicedOn: string; dueOn: string; received: string; receivedOn: string;
};

/** The fields the browser checks, by the API's names, so that its messages and the server's go beside the same field. */
export type DealFormField = 'brandId' | 'pitFeeFen' | 'commissionRateBp' | 'receivedFen' | 'dueOn';

export const emptyDealForm: DealForm = {
  brandId: '', pitFee: '', commissionRate: '', category: '', status: 'proposed', notes: '', invoicedOn: '', dueOn: '', received: '', receivedOn: '',
};

export function dealToForm(deal: Deal): DealForm {
  return {
    brandId: String(deal.brandId), pitFee: fenToYuanText(deal.pitFeeFen), commissionRate: bpToPercentText(deal.commissionRateBp),
    category: deal.category ?? '', status: deal.status, notes: deal.notes,
    invoicedOn: deal.invoicedOn ?? '', dueOn: deal.dueOn ?? '', received: deal.receivedFen === 0 ? '' : fenToYuanText(deal.receivedFen), receivedOn: deal.receivedOn ?? '',
  };
}

/** A new deal starts proposed or confirmed; an existing one may move only as server/domain/deals allows. */
export function statusChoices(current: DealStatus | null): DealStatus[] {
  return current === null ? ['proposed', 'confirmed'] : [current, ...dealTransitions[current]];
}

/** What the browser can tell before asking: a brand, amounts in yuan and percent, a due date not before the invoice. */
export function dealFormProblems(form: DealForm): Problems<DealFormField> {
  return firstProblems<DealFormField>({
    brandId: [required(form.brandId)],
    pitFeeFen: [yuanNotNegative(form.pitFee)],
    commissionRateBp: [percent(form.commissionRate)],
    receivedFen: [yuanNotNegative(form.received)],
    dueOn: [notBefore(form.invoicedOn, form.dueOn, 'form.dueOrder')],
  });
}

const valueOf = <T>(parsed: { ok: true; value: T } | { ok: false }): T | null => (parsed.ok ? parsed.value : null);

/** A checked form as the API takes it: pit fee and received in yuan -> fen (empty = 0), commission in % -> bp (empty = none). */
export function formToDeal(form: DealForm): DealInput {
  return {
    brandId: Number(form.brandId), pitFeeFen: valueOf(parseYuan(form.pitFee)) ?? 0, commissionRateBp: valueOf(parsePercent(form.commissionRate)),
    category: form.category === '' ? null : form.category, status: form.status, notes: form.notes,
    invoicedOn: form.invoicedOn || null, dueOn: form.dueOn || null, receivedFen: valueOf(parseYuan(form.received)) ?? 0, receivedOn: form.receivedOn || null,
  };
}

/** Only what changed, so a paid deal's locked fields are not sent back unchanged. */
export function dealPatch(input: DealInput, deal: Deal): Partial<DealInput> {
  const before: DealInput = {
    brandId: deal.brandId, pitFeeFen: deal.pitFeeFen, commissionRateBp: deal.commissionRateBp, category: deal.category, status: deal.status, notes: deal.notes,
    invoicedOn: deal.invoicedOn, dueOn: deal.dueOn, receivedFen: deal.receivedFen, receivedOn: deal.receivedOn,
  };
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => before[key as keyof DealInput] !== value));
}
