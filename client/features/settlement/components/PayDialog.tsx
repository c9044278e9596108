import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { formatLocalDate, formatMoney } from '../../../lib/format';
import { firstProblems, maxLength, required, useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useTimeZone } from '../../../lib/time-zone';
import { usePayStatement, type StatementDetail } from '../api';

export function PayDialog({ statement, onClose }: { statement: StatementDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={statement !== null} onClose={onClose} title={t('settlement.pay.title')} description={statement ? t('settlement.pay.description', { net: formatMoney(statement.netFen) }) : undefined}>
      {statement && <PayForm statement={statement} onClose={onClose} />}
    </Dialog>
  );
}

/** The payment reference and the date it was paid (today, on the agency's clock, unless changed). */
function PayForm({ statement, onClose }: { statement: StatementDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const timeZone = useTimeZone();
  const pay = usePayStatement(statement.id);
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(() => formatLocalDate(new Date(), timeZone));
  const { fieldError: serverError, formError } = useFormErrors(pay.error, ['reference', 'paidOn']);
  const checks = useFormChecks<'reference' | 'paidOn'>();
  const fieldError = (field: 'reference' | 'paidOn') => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    // The payment's reference (at most 200 characters) and the date it was paid are both needed.
    if (!checks.passes(firstProblems({ reference: [required(reference), maxLength(reference, 200)], paidOn: [required(paidOn)] }))) return;
    pay.mutate({ reference: reference.trim(), paidOn }, {
      onSuccess: () => {
        toast.show(t('settlement.pay.done'));
        onClose();
      },
    });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('settlement.pay.reference')} hint={t('settlement.pay.referenceHint')} error={fieldError('reference')}>
        {(c) => <Input {...c} maxLength={200} value={reference} onChange={(e) => { setReference(e.target.value); checks.clear(['reference']); }} />}
      </Field>
      <Field label={t('settlement.pay.paidOn')} error={fieldError('paidOn')} className="max-w-xs">
        {(c) => <Input {...c} type="date" value={paidOn} onChange={(e) => { setPaidOn(e.target.value); checks.clear(['paidOn']); }} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={pay.isPending}>{t('settlement.pay.submit')}</Button>
      </DialogActions>
    </form>
  );
}
