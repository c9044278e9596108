import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { TermsEditor } from '../../../components/terms/TermsEditor';
import { fieldErrors } from '../../../lib/api';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { paths } from '../../../lib/paths';
import { contractDateProblems, type ContractDateField } from '../contract-checks';
import { emptyTermsForm, formToTerms, type TermsErrors } from '../../../lib/terms-form';
import { useTermsErrors } from '../../../lib/terms-errors';
import { useCreateContract } from '../api';
import { ContractFields, type ContractFieldsState } from './ContractFields';
import { TermsPreview } from './TermsPreview';

const FIELDS = ['hostId', 'number', 'startDate', 'endDate', 'status', 'exclusive', 'platforms', 'terms'] as const;

/** A new contract with its first terms, previewed live with the settlement's own functions. */
export function ContractCreate({ hostId, returnTo }: { hostId: string; returnTo: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateContract();
  const [fields, setFields] = useState<ContractFieldsState>({ hostId, number: '', startDate: '', endDate: '', status: 'draft', exclusive: false, platforms: [] });
  const [termsForm, setTermsForm] = useState(emptyTermsForm);
  const [shown, setShown] = useState<TermsErrors>({});
  const [missingHost, setMissingHost] = useState(false);
  const { terms, errors } = formToTerms(termsForm);
  const { fieldError, formError } = useFormErrors(create.error, FIELDS);
  const checks = useFormChecks<ContractDateField>();
  const termsError = useTermsErrors(shown, create.error);
  // A refusal that names a terms field is shown there, not again at the top.
  const termsNamed = Object.keys(fieldErrors(create.error)).some((key) => key.startsWith('terms.'));

  function submit(event: FormEvent) {
    event.preventDefault();
    // Errors show once the user tries to save, then follow their typing.
    setShown(errors);
    setMissingHost(fields.hostId === '');
    const datesPass = checks.passes(contractDateProblems(fields));
    if (!terms || fields.hostId === '' || !datesPass) return;
    const input = { ...fields, hostId: Number(fields.hostId), number: fields.number.trim() || undefined, terms };
    create.mutate(input, {
      onSuccess: (contract) => {
        toast.show(t('contracts.created', { number: contract.number }));
        void navigate(returnTo ?? paths.contract(contract.id));
      },
    });
  }

  return (
    <section>
      <PageHeader title={t('contracts.createTitle')} />
      <form ref={checks.formRef} onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          {formError && !termsNamed && <Alert tone="error">{formError}</Alert>}
          <ContractFields
            form={fields}
            set={(patch) => {
              setFields((f) => ({ ...f, ...patch }));
              checks.clear(Object.keys(patch));
            }}
            errorOf={(f) => (f === 'hostId' && missingHost ? t('contracts.hostRequired') : (checks.message(f) ?? fieldError(f)))}
          />
          <TermsEditor form={termsForm} onChange={(next) => {
              setTermsForm(next);
              if (Object.keys(shown).length) setShown(formToTerms(next).errors);
            }} errorOf={termsError} />
          <div className="flex gap-3">
            <Button type="submit" variant="primary" pending={create.isPending}>
              {t('contracts.save')}
            </Button>
            <Button onClick={() => void navigate(returnTo ?? paths.contracts)}>{t('common.cancel')}</Button>
          </div>
        </div>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <TermsPreview terms={terms} />
        </aside>
      </form>
    </section>
  );
}
