import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { Textarea } from '../../../components/ui/Textarea';
import { useToast } from '../../../components/ui/Toast';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useCreateCost, useUpdateCost, type Cost } from '../api';
import { costPatch, costProblems, costToForm, emptyCostForm, formToCost, type CostField, type CostForm } from '../cost-form';
import { useCostKinds, type CostKind } from '../labels';

const FIELDS = ['hostId', 'period', 'amountFen', 'kind', 'note'] as const;
type FieldName = (typeof FIELDS)[number];

type Props = { open: boolean; cost: Cost | null; defaults: { period: string; hostId: string }; onClose: () => void };

/** Record a cost (cost null) or change one; the host, found by typing part of a name, stays once recorded. */
export function CostFormDialog({ open, cost, defaults, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={cost ? t('costs.editTitle') : t('costs.createTitle')}>
      <CostFormBody cost={cost} initial={cost ? costToForm(cost) : emptyCostForm(defaults.period, defaults.hostId)} onClose={onClose} />
    </Dialog>
  );
}

function CostFormBody({ cost, initial, onClose }: { cost: Cost | null; initial: CostForm; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const kinds = useCostKinds();
  const create = useCreateCost();
  const update = useUpdateCost(cost?.id ?? 0);
  const save = cost ? update : create;
  const [form, setForm] = useState(initial);
  // The browser's checks on submit (a field's message goes once it is changed); then the server's, beside the same fields.
  const checks = useFormChecks<CostField>();
  const { fieldError, formError } = useFormErrors(save.error, FIELDS);
  const set = (patch: Partial<CostForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch).map((key) => (key === 'amount' ? 'amountFen' : key)));
  };
  const errorOf = (field: FieldName) => checks.message(field) ?? fieldError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(costProblems(form))) return;
    const input = formToCost(form);
    const done = { onSuccess: () => { toast.show(t(cost ? 'costs.updated' : 'costs.created')); onClose(); } };
    if (!cost) return create.mutate(input, done);
    const patch = costPatch(input, cost);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(patch, done);
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('costs.fields.host')} error={errorOf('hostId')}>
        {(c) => <HostPicker {...c} disabled={cost !== null} placeholder={t('costs.chooseHost')} value={pickedId(form.hostId)} onChange={(id) => set({ hostId: idText(id) })} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('costs.fields.period')} error={errorOf('period')}>
          {(c) => <Input {...c} type="month" value={form.period} onChange={(e) => set({ period: e.target.value })} />}
        </Field>
        <Field label={t('costs.fields.kind')} error={errorOf('kind')}>
          {(c) => <Select {...c} options={kinds.options} value={form.kind} onChange={(e) => set({ kind: e.target.value as CostKind })} />}
        </Field>
      </div>
      <Field label={t('costs.amountLabel')} hint={t('costs.amountHint')} error={errorOf('amountFen')}>
        {(c) => <Input {...c} inputMode="decimal" value={form.amount} onChange={(e) => set({ amount: e.target.value })} />}
      </Field>
      <Field label={t('costs.fields.note')} error={errorOf('note')}>
        {(c) => <Textarea {...c} maxLength={500} value={form.note} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={save.isPending}>{cost ? t('common.save') : t('common.create')}</Button>
      </DialogActions>
    </form>
  );
}
