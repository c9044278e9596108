import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { Textarea } from '../../../components/ui/Textarea';
import { useFormErrors } from '../../../lib/form-errors';
import { useRosterLabels, useRosterOptions, type Category, type DealStatus } from '../../../lib/roster-labels';
import { useBrandNames, type DealInput } from '../api';
import { formToDeal, statusChoices, type DealForm as DealFormState, type DealFormErrors } from '../deal-form';

const FIELDS = ['brandId', 'pitFeeFen', 'commissionRateBp', 'category', 'status', 'notes', 'sessionIds'] as const;

type Props = { initial: DealFormState; current: DealStatus | null; pending: boolean; error: unknown; submitLabel: string; onSubmit: (input: DealInput) => void; onCancel: () => void };

/** A deal's fields: pit fee typed in yuan, commission in percent; the status offers only the allowed next steps. */
export function DealForm({ initial, current, pending, error, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const options = useRosterOptions();
  const brands = useBrandNames();
  const [form, setForm] = useState(initial);
  const [local, setLocal] = useState<DealFormErrors>({});
  const set = (patch: Partial<DealFormState>) => setForm((f) => ({ ...f, ...patch }));
  const { fieldError, formError } = useFormErrors(error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => {
    const code = local[field as keyof DealFormErrors];
    return code ? t(`deals.errors.${code}`) : fieldError(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors } = formToDeal(form);
    setLocal(errors);
    if (input) onSubmit(input);
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('deals.fields.brand')} error={errorOf('brandId')}>
          {(c) => <Select {...c} options={brands.options} placeholder={t('deals.chooseBrand')} value={form.brandId} onChange={(e) => set({ brandId: e.target.value })} />}
        </Field>
        <Field label={t('deals.fields.status')} error={errorOf('status')}>
          {(c) => <Select {...c} options={statusChoices(current).map((s) => ({ value: s, label: label.dealStatus(s) }))} value={form.status} onChange={(e) => set({ status: e.target.value as DealStatus })} />}
        </Field>
        <Field label={t('deals.fields.pitFee')} hint={t('deals.pitFeeHint')} error={errorOf('pitFeeFen')}>
          {(c) => <Input {...c} inputMode="decimal" value={form.pitFee} onChange={(e) => set({ pitFee: e.target.value })} />}
        </Field>
        <Field label={t('deals.fields.commissionRate')} hint={t('deals.commissionHint')} error={errorOf('commissionRateBp')}>
          {(c) => <Input {...c} inputMode="decimal" value={form.commissionRate} onChange={(e) => set({ commissionRate: e.target.value })} />}
        </Field>
        <Field label={t('deals.fields.category')} hint={t('deals.categoryHint')} error={errorOf('category')}>
          {(c) => <Select {...c} options={options.categories} placeholder={t('deals.noCategory')} value={form.category} onChange={(e) => set({ category: e.target.value as Category | '' })} />}
        </Field>
      </div>
      {errorOf('sessionIds') && <Alert tone="error">{errorOf('sessionIds')}</Alert>}
      <Field label={t('deals.fields.notes')} error={errorOf('notes')}>
        {(c) => <Textarea {...c} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />}
      </Field>
      <p className="text-xs text-slate-500">{t('deals.sessionsLater')}</p>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={pending}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
