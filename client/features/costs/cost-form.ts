import type { CostKind } from '../../../server/domain/settlement';
import type { CostCreate, CostPatch } from '../../../server/shared/api/costs';
import { firstProblems, maxLength, positiveYuan, required, type Problems } from '../../lib/form-checks';
import { yuanToFen } from '../../../server/domain/money';
import { fenToYuanText } from '../../lib/units';
import type { Cost } from './api';

export type CostForm = { hostId: string; period: string; amount: string; kind: CostKind; note: string };
export type CostField = 'hostId' | 'period' | 'amountFen' | 'note';

export function emptyCostForm(period: string, hostId = ''): CostForm {
  return { hostId, period, amount: '', kind: 'ad_spend', note: '' };
}

export function costToForm(cost: Cost): CostForm {
  return { hostId: String(cost.hostId), period: cost.period, amount: fenToYuanText(cost.amountFen), kind: cost.kind, note: cost.note };
}

/** What the browser can tell: a cost is a positive amount in yuan for a host and a period, its note at most 500 characters. */
export function costProblems(form: CostForm): Problems<CostField> {
  return firstProblems<CostField>({
    hostId: [required(form.hostId)],
    period: [required(form.period)],
    amountFen: [required(form.amount), positiveYuan(form.amount)],
    note: [maxLength(form.note, 500)],
  });
}

/** The cost to send, once costProblems finds nothing: the amount typed in yuan goes as fen. */
export function formToCost(form: CostForm): CostCreate {
  return { hostId: Number(form.hostId), period: form.period, amountFen: yuanToFen(form.amount), kind: form.kind, note: form.note.trim() };
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
