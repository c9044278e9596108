import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Table } from '../../../components/ui/Table';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { formatMoney } from '../../../lib/format';
import { useFormErrors } from '../../../lib/form-errors';
import { useStaffDirectory } from '../../../lib/staff';
import { useFormatInstant } from '../../../lib/time-zone';
import { useAddAdjustment, useRemoveAdjustment, type StatementDetail } from '../api';
import { emptyAdjustmentForm, formToAdjustment, type AdjustmentFormErrors } from '../adjustment-form';

type Adjustment = StatementDetail['adjustments'][number];

/** Finance's adjustments, each with its reason; a draft takes new ones and gives up old ones (after a confirmation). */
export function StatementAdjustments({ statement, canWrite }: { statement: StatementDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const staff = useStaffDirectory();
  const formatInstant = useFormatInstant();
  const remove = useRemoveAdjustment(statement.id);
  const [removing, setRemoving] = useState<Adjustment | null>(null);
  const editable = canWrite && statement.status === 'draft';

  function close() {
    remove.reset();
    setRemoving(null);
  }

  return (
    <section aria-labelledby="adjustments" className="space-y-3">
      <h2 id="adjustments" className="text-base font-semibold text-slate-900">{t('settlement.adjustments.title')}</h2>
      <Table<Adjustment>
        caption={t('settlement.adjustments.title')}
        columns={[
          { key: 'amount', header: t('settlement.amount'), cell: (a) => formatMoney(a.amountFen), className: 'text-right tabular-nums whitespace-nowrap' },
          { key: 'reason', header: t('settlement.adjustments.reason'), cell: (a) => a.reason },
          { key: 'by', header: t('settlement.adjustments.by'), cell: (a) => t('settlement.byAt', { name: staff.find(a.createdBy)?.name ?? `#${a.createdBy}`, at: formatInstant(a.createdAt) }), className: 'whitespace-nowrap' },
          ...(editable
            ? [{ key: 'actions', header: t('common.actions'), cell: (a: Adjustment) => <Button size="sm" variant="ghost" onClick={() => setRemoving(a)}>{t('settlement.adjustments.remove')}</Button> }]
            : []),
        ]}
        rows={statement.adjustments}
        rowKey={(a) => a.id}
        emptyMessage={t('settlement.adjustments.empty')}
      />
      {editable && <AdjustmentForm statementId={statement.id} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('settlement.adjustments.removeTitle')}
        message={removing ? t('settlement.adjustments.removeMessage', { amount: formatMoney(removing.amountFen), reason: removing.reason }) : ''}
        confirmLabel={t('settlement.adjustments.remove')}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onCancel={close}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => { toast.show(t('settlement.adjustments.removed')); close(); } })}
      />
    </section>
  );
}

/** Amount in yuan (negative deducts) and a reason, both required; each refusal beside its field. */
function AdjustmentForm({ statementId }: { statementId: number }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddAdjustment(statementId);
  const [form, setForm] = useState(emptyAdjustmentForm);
  const [local, setLocal] = useState<AdjustmentFormErrors>({});
  // A refusal about the adjustments together (payable would go negative) belongs beside the amount.
  const { fieldError, formError } = useFormErrors(add.error, ['amountFen', 'reason', 'adjustments']);
  const errorOf = (field: 'amountFen' | 'reason') => {
    const code = local[field];
    if (code) return t(`settlement.adjustments.errors.${code}`);
    return field === 'amountFen' ? (fieldError('amountFen') ?? fieldError('adjustments')) : fieldError(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const { input, errors } = formToAdjustment(form);
    setLocal(errors);
    if (!input) return;
    add.mutate(input, {
      onSuccess: () => {
        toast.show(t('settlement.adjustments.added'));
        setForm(emptyAdjustmentForm);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('settlement.adjustments.add')} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex flex-wrap items-start gap-3">
        <Field label={t('settlement.adjustments.amount')} hint={t('settlement.adjustments.amountHint')} error={errorOf('amountFen')} className="w-48">
          {(c) => <Input {...c} inputMode="decimal" value={form.amount} onChange={(e) => setForm((f) => ({ ...f, amount: e.target.value }))} />}
        </Field>
        <Field label={t('settlement.adjustments.reason')} error={errorOf('reason')} className="min-w-64 flex-1">
          {(c) => <Input {...c} maxLength={500} value={form.reason} onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))} />}
        </Field>
        <Button type="submit" variant="primary" pending={add.isPending} className="mt-6">
          {t('settlement.adjustments.add')}
        </Button>
      </div>
    </form>
  );
}
