import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandPicker } from '../../../components/pickers/BrandPicker';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { Textarea } from '../../../components/ui/Textarea';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useRosterLabels, useRosterOptions, type Category, type DealStatus } from '../../../lib/roster-labels';
import type { DealInput } from '../api';
import { dealFormProblems, formToDeal, statusChoices, type DealForm as DealFormState, type DealFormField } from '../deal-form';

const FIELDS = ['brandId', 'pitFeeFen', 'commissionRateBp', 'category', 'status', 'notes', 'sessionIds', 'invoicedOn', 'dueOn', 'receivedFen', 'receivedOn'] as const;

// A form key and the API field its check is filed under (the amounts are typed in yuan and percent).
const formFieldOf: Partial<Record<keyof DealFormState, DealFormField>> = { pitFee: 'pitFeeFen', commissionRate: 'commissionRateBp', received: 'receivedFen' };

type Props = { initial: DealFormState; current: DealStatus | null; pending: boolean; error: unknown; submitLabel: string; onSubmit: (input: DealInput) => void; onCancel: () => void };

/**
 * A deal's fields: the brand picked by name, pit fee typed in yuan, commission in percent, the status only the allowed
 * next steps; then the brand's invoice and payment. The browser's checks and the server's messages go beside the fields.
 */
export function DealForm({ initial, current, pending, error, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const options = useRosterOptions();
  const [form, setForm] = useState(initial);
  // The browser's own checks, made on submit; a field's message goes once it is changed.
  const checks = useFormChecks<DealFormField>();
  const set = (patch: Partial<DealFormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch).map((key) => formFieldOf[key as keyof DealFormState] ?? key));
  };
  const { fieldError, formError } = useFormErrors(error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => checks.message(field) ?? fieldError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (checks.passes(dealFormProblems(form))) onSubmit(formToDeal(form));
  }

  const date = (key: 'invoicedOn' | 'dueOn' | 'receivedOn') => (
    <Field label={t(`deals.fields.${key}`)} error={errorOf(key)}>
      {(c) => <Input {...c} type="date" value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="max-w-2xl space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('deals.fields.brand')} error={errorOf('brandId')}>
          {(c) => <BrandPicker {...c} placeholder={t('deals.chooseBrand')} value={form.brandId === '' ? null : Number(form.brandId)} onChange={(id) => set({ brandId: id === null ? '' : String(id) })} />}
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
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">{t('deals.receipt.title')}</legend>
        <p className="text-xs text-slate-500">{t('deals.receipt.hint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {date('invoicedOn')}
          {date('dueOn')}
          <Field label={t('deals.fields.received')} hint={t('deals.receivedHint')} error={errorOf('receivedFen')}>
            {(c) => <Input {...c} inputMode="decimal" value={form.received} onChange={(e) => set({ received: e.target.value })} />}
          </Field>
          {date('receivedOn')}
        </div>
      </fieldset>
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
