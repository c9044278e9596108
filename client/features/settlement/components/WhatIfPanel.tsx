import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TermsEditor } from '../../../components/terms/TermsEditor';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Select } from '../../../components/ui/Select';
import { fieldErrors } from '../../../lib/api';
import { useFormErrors } from '../../../lib/form-errors';
import { emptyTermsForm, formToTerms, termsToForm, type TermsErrors } from '../../../lib/terms-form';
import { useTermsErrors } from '../../../lib/terms-errors';
import { useStatement, useStatements } from '../api';
import { appliedOf } from '../explain';
import { useWhatIf } from '../what-if-api';
import { WhatIfTable } from './WhatIfTable';

const PERIOD_CHOICES = [1, 3, 6, 12, 24] as const;

/**
 * Contract what-if on a host's page (issue 16): candidate terms in the contract form's own editor, the number
 * of closed periods to look back, and period by period what was paid next to what those terms would have paid.
 */
export function WhatIfPanel({ hostId }: { hostId: number }) {
  const { t } = useTranslation();
  const whatIf = useWhatIf(hostId);
  const [form, setForm] = useState(emptyTermsForm);
  const [periods, setPeriods] = useState('3');
  const [shown, setShown] = useState<TermsErrors>({});
  const lastApplied = useLastAppliedTerms(hostId);
  const termsError = useTermsErrors(shown, whatIf.error);
  const { fieldError, formError } = useFormErrors(whatIf.error, ['periods']);
  // A refusal that names a terms field is shown there, not again at the top.
  const termsNamed = Object.keys(fieldErrors(whatIf.error)).some((key) => key.startsWith('terms.'));

  function submit(event: FormEvent) {
    event.preventDefault();
    const { terms, errors } = formToTerms(form);
    setShown(errors);
    // A result stays only beside the terms it was computed for.
    if (!terms) return whatIf.reset();
    whatIf.mutate({ terms, periods: Number(periods) });
  }

  return (
    <section aria-labelledby="what-if-title" className="space-y-5">
      <div>
        <h2 id="what-if-title" className="text-base font-semibold text-slate-900">{t('whatIf.title')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('whatIf.description')}</p>
      </div>
      <form onSubmit={submit} noValidate aria-label={t('whatIf.termsTitle')} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <TermsEditor
          form={form}
          onChange={(next) => {
            setForm(next);
            if (Object.keys(shown).length) setShown(formToTerms(next).errors);
          }}
          errorOf={termsError}
        />
        <div className="space-y-4 lg:sticky lg:top-20 lg:self-start">
          {formError && !termsNamed && <Alert tone="error">{formError}</Alert>}
          {lastApplied && (
            <Button size="sm" onClick={() => { setForm(termsToForm(lastApplied)); setShown({}); }}>
              {t('whatIf.fromApplied')}
            </Button>
          )}
          <Field label={t('whatIf.periods')} hint={t('whatIf.periodsHint')} error={fieldError('periods')}>
            {(c) => <Select {...c} options={PERIOD_CHOICES.map((n) => ({ value: String(n), label: t('whatIf.periodsOption', { count: n }) }))} value={periods} onChange={(e) => setPeriods(e.target.value)} />}
          </Field>
          <Button type="submit" variant="primary" pending={whatIf.isPending} className="w-full">
            {t('whatIf.submit')}
          </Button>
          {!whatIf.data && <p className="text-sm text-slate-500">{t('whatIf.intro')}</p>}
        </div>
      </form>
      {whatIf.data && <WhatIfTable result={whatIf.data} />}
    </section>
  );
}

/** The terms the host's latest statement applied: a starting point to change one thing at a time. */
function useLastAppliedTerms(hostId: number) {
  const latest = useStatements({ page: 1, hostId, pageSize: 1 });
  const id = latest.data?.items[0]?.id;
  const detail = useStatement(id ?? 0, id !== undefined);
  return detail.data ? appliedOf(detail.data).terms : null;
}
