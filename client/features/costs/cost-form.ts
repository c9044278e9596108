import type { CostKind } from '../../../server/domain/settlement';
import type { CostCreate, CostPatch } from '../../../server/shared/api/costs';
import { fenToYuanText, parseYuan } from '../../lib/units';
import type { Cost } from './api';

export type CostForm = { hostId: string; period: string; amount: string; kind: CostKind; note: string };
export type CostFormErrors = Partial<{ hostId: 'required'; period: 'required'; amountFen: 'required' | 'yuan' | 'positive' }>;

export function emptyCostForm(period: string, hostId = ''): CostForm {
  return { hostId, period, amount: '', kind: 'ad_spend', note: '' };
}

export function costToForm(cost: Cost): CostForm {
  return { hostId: String(cost.hostId), period: cost.period, amount: fenToYuanText(cost.amountFen), kind: cost.kind, note: cost.note };
}

/** Amount typed in yuan -> fen; a cost is a positive amount for a host and a period. */
export function formToCost(form: CostForm): { input: CostCreate | null; errors: CostFormErrors } {
  const errors: CostFormErrors = {};
  const amount = parseYuan(form.amount);
  if (form.hostId === '') errors.hostId = 'required';
  if (form.period === '') errors.period = 'required';
  if (!amount.ok) errors.amountFen = 'yuan';
  else if (amount.value === null) errors.amountFen = 'required';
  else if (amount.value <= 0) errors.amountFen = 'positive';
  if (Object.keys(errors).length > 0 || !amount.ok || amount.value === null) return { input: null, errors };
  return { input: { hostId: Number(form.hostId), period: form.period, amountFen: amount.value, kind: form.kind, note: form.note.trim() }, errors };
}

/** Only what changed (the host of a cost does not change: delete it and record it again). */
export function costPatch(input: CostCreate, cost: Cost): CostPatch {
  const patch: CostPatch = {};
  if (input.period !== cost.period) patch.period = input.period;
  if (input.amountFen !== cost.amountFen) patch.amountFen = input.amountFen;
  if (input.kind !== cost.kind) patch.kind = input.kind;
  if (input.note !== cost.note) patch.note = input.note;
  return patch;
}
