import { useTranslation } from 'react-i18next';
import { Checkbox } from '../ui/Checkbox';
import { Field } from '../ui/Field';
import { Input } from '../ui/Input';
import { Select } from '../ui/Select';
import type { ShareMode, TermsForm } from '../../lib/terms-form';
import { GuaranteeFields } from './GuaranteeFields';
import { TierRowsEditor } from './TierRowsEditor';

type Props = { form: TermsForm; onChange: (form: TermsForm) => void; errorOf: (path: string) => string | undefined };

const MODES: readonly ShareMode[] = ['flat', 'tiered_marginal', 'tiered_whole'];

/** The split terms of SPEC section 8, typed in yuan and percent. */
export function TermsEditor({ form, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TermsForm>) => onChange({ ...form, ...patch });

  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t('terms.title')}</legend>
      <Field label={t('terms.mode')} hint={t(`terms.modeHint.${form.mode}`)} className="max-w-sm">
        {(c) => <Select {...c} options={MODES.map((m) => ({ value: m, label: t(`terms.modes.${m}`) }))} value={form.mode} onChange={(e) => set({ mode: e.target.value as ShareMode })} />}
      </Field>
      {form.mode === 'flat' ? (
        <Field label={t('terms.rate')} error={errorOf('hostShare.rateBp')} className="w-44">
          {(c) => <Input {...c} inputMode="decimal" value={form.rate} onChange={(e) => set({ rate: e.target.value })} />}
        </Field>
      ) : (
        <TierRowsEditor tiers={form.tiers} onChange={(tiers) => set({ tiers })} errorOf={errorOf} />
      )}
      <div className="space-y-2">
        <Checkbox label={t('terms.includePitFees')} checked={form.includePitFees} onChange={(e) => set({ includePitFees: e.target.checked })} />
        <Checkbox label={t('terms.deductCosts')} checked={form.deductCosts} onChange={(e) => set({ deductCosts: e.target.checked })} />
      </div>
      <GuaranteeFields form={form} set={set} errorOf={errorOf} />
      <Field label={t('terms.tax')} className="max-w-sm">
        {(c) => (
          <Select
            {...c}
            options={[{ value: 'none', label: t('terms.taxNone') }, { value: 'labor', label: t('terms.taxLabor') }]}
            value={form.tax}
            onChange={(e) => set({ tax: e.target.value === 'labor' ? 'labor' : 'none' })}
          />
        )}
      </Field>
    </fieldset>
  );
}
