import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { Textarea } from '../../../components/ui/Textarea';
import { useToast } from '../../../components/ui/Toast';
import { useFormErrors } from '../../../lib/form-errors';
import { useCreateCost, useHostOptions, useUpdateCost, type Cost } from '../api';
import { costPatch, costToForm, emptyCostForm, formToCost, type CostForm, type CostFormErrors } from '../cost-form';
import { useCostKinds, type CostKind } from '../labels';

const FIELDS = ['hostId', 'period', 'amountFen', 'kind', 'note'] as const;
type FieldName = (typeof FIELDS)[number];

type Props = { open: boolean; cost: Cost | null; defaults: { period: string; hostId: string }; onClose: () => void };

/** Record a cost (cost null) or change one; the host of a recorded cost stays. */
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
  const hosts = useHostOptions();
  const kinds = useCostKinds();
  const create = useCreateCost();
  const update = useUpdateCost(cost?.id ?? 0);
  const save = cost ? update : create;
  const [form, setForm] = useState(initial);
  const [local, setLocal] = useState<CostFormErrors>({});
  const { fieldError, formError } = useFormErrors(save.error, FIELDS);
  const set = (patch: Partial<CostForm>) => setForm((f) => ({ ...f, ...patch }));
  const errorOf = (field: FieldName) => {
    const code = local[field as keyof CostFormErrors];
    return code ? t(`costs.errors.${code}`) : fieldError(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors } = formToCost(form);
    setLocal(errors);
    if (!input) return;
    const done = { onSuccess: () => { toast.show(t(cost ? 'costs.updated' : 'costs.created')); onClose(); } };
    if (!cost) return create.mutate(input, done);
    const patch = costPatch(input, cost);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(patch, done);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('costs.fields.host')} error={errorOf('hostId')}>
        {(c) => <Select {...c} disabled={cost !== null} options={hosts.options} placeholder={t('costs.chooseHost')} value={form.hostId} onChange={(e) => set({ hostId: e.target.value })} />}
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
