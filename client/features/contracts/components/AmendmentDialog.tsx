import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { TermsEditor } from '../../../components/terms/TermsEditor';
import { fieldErrors } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { firstProblems, notBefore, required, useFormChecks } from '../../../lib/form-checks';
import { emptyTermsForm, formToTerms, termsToForm, type TermsErrors } from '../../../lib/terms-form';
import { useTermsErrors } from '../../../lib/terms-errors';
import { useAmendContract, type Contract } from '../api';
import { TermsPreview } from './TermsPreview';

export function AmendmentDialog({ contract, onClose }: { contract: Contract | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog wide open={contract !== null} onClose={onClose} title={t('contracts.amendTitle', { number: contract?.number ?? '' })} description={t('contracts.amendHint')}>
      {contract && <AmendmentForm contract={contract} onClose={onClose} />}
    </Dialog>
  );
}

/** New terms from a date, starting from the terms in force; earlier versions stay as they were. */
function AmendmentForm({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const amend = useAmendContract(contract.id);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [form, setForm] = useState(() => (contract.terms ? termsToForm(contract.terms) : emptyTermsForm()));
  const [shown, setShown] = useState<TermsErrors>({});
  const { terms, errors } = formToTerms(form);
  const termsError = useTermsErrors(shown, amend.error);
  const server = fieldErrors(amend.error);
  const checks = useFormChecks<'effectiveFrom'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    setShown(errors);
    // The date is needed and falls within the contract (the server also refuses one after its end).
    const datePasses = checks.passes(firstProblems({ effectiveFrom: [required(effectiveFrom), notBefore(contract.startDate, effectiveFrom)] }));
    if (!terms || !datePasses) return;
    amend.mutate({ effectiveFrom, terms }, {
      onSuccess: (c) => {
        toast.show(t('contracts.amended', { version: c.versions.length }));
        onClose();
      },
    });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="max-h-[70vh] space-y-4 overflow-y-auto">
      {amend.error !== null && Object.keys(server).length === 0 && <Alert tone="error">{errorMessage(amend.error)}</Alert>}
      <Field label={t('contracts.fields.effectiveFrom')} error={checks.message('effectiveFrom') ?? server.effectiveFrom} className="max-w-xs">
        {(c) => <Input {...c} type="date" min={contract.startDate} max={contract.endDate} value={effectiveFrom} onChange={(e) => { setEffectiveFrom(e.target.value); checks.clear(['effectiveFrom']); }} />}
      </Field>
      <TermsEditor form={form} onChange={(next) => { setForm(next); if (Object.keys(shown).length) setShown(formToTerms(next).errors); }} errorOf={termsError} />
      <TermsPreview terms={terms} />
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={amend.isPending}>
          {t('contracts.amendSubmit')}
        </Button>
      </DialogActions>
    </form>
  );
}
