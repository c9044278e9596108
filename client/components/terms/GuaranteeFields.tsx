import { useTranslation } from 'react-i18next';
import { Checkbox } from '../ui/Checkbox';
import { Field } from '../ui/Field';
import { Input } from '../ui/Input';
import { Select } from '../ui/Select';
import type { TermsForm } from '../../lib/terms-form';

type Props = { form: TermsForm; set: (patch: Partial<TermsForm>) => void; errorOf: (path: string) => string | undefined };

/** 保底: an amount per month, taken instead of (max) or added to (plus) the share, optionally only for enough live days. */
export function GuaranteeFields({ form, set, errorOf }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium text-slate-700">{t('terms.guarantee')}</legend>
      <Checkbox label={t('terms.hasGuarantee')} checked={form.guarantee} onChange={(e) => set({ guarantee: e.target.checked })} />
      {form.guarantee && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('terms.guaranteeAmount')} error={errorOf('guarantee.amountFen')}>
            {(c) => <Input {...c} inputMode="decimal" value={form.guaranteeAmount} onChange={(e) => set({ guaranteeAmount: e.target.value })} />}
          </Field>
          <Field label={t('terms.guaranteeMode')} error={errorOf('guarantee.mode')}>
            {(c) => (
              <Select
                {...c}
                options={[{ value: 'max', label: t('terms.modeMax') }, { value: 'plus', label: t('terms.modePlus') }]}
                value={form.guaranteeMode}
                onChange={(e) => set({ guaranteeMode: e.target.value === 'plus' ? 'plus' : 'max' })}
              />
            )}
          </Field>
          <Field label={t('terms.minLiveDays')} hint={t('terms.liveDaysHint')} error={errorOf('guarantee.minLiveDays')}>
            {(c) => <Input {...c} inputMode="numeric" value={form.minLiveDays} onChange={(e) => set({ minLiveDays: e.target.value })} />}
          </Field>
          <Field label={t('terms.minMinutesPerDay')} error={errorOf('guarantee.minMinutesPerDay')}>
            {(c) => <Input {...c} inputMode="numeric" value={form.minMinutesPerDay} onChange={(e) => set({ minMinutesPerDay: e.target.value })} />}
          </Field>
        </div>
      )}
    </fieldset>
  );
}
