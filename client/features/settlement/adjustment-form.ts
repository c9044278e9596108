import { parseYuan } from '../../lib/units';
import type { AdjustmentInput } from './api';

export type AdjustmentForm = { amount: string; reason: string };
export type AdjustmentFormErrors = Partial<{ amountFen: 'required' | 'yuan' | 'zero'; reason: 'reasonRequired' }>;

export const emptyAdjustmentForm: AdjustmentForm = { amount: '', reason: '' };

/** Yuan typed (negative to deduct) -> fen; both the amount and the reason are required, as the API says. */
export function formToAdjustment(form: AdjustmentForm): { input: AdjustmentInput | null; errors: AdjustmentFormErrors } {
  const errors: AdjustmentFormErrors = {};
  const amount = parseYuan(form.amount);
  if (!amount.ok) errors.amountFen = 'yuan';
  else if (amount.value === null) errors.amountFen = 'required';
  else if (amount.value === 0) errors.amountFen = 'zero';
  const reason = form.reason.trim();
  if (reason === '') errors.reason = 'reasonRequired';
  if (!amount.ok || amount.value === null || amount.value === 0 || reason === '') return { input: null, errors };
  return { input: { amountFen: amount.value, reason }, errors };
}
