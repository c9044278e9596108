import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { Field } from '../../../components/ui/Field';
import { Textarea } from '../../../components/ui/Textarea';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useFormErrors } from '../../../lib/form-errors';
import { useMarkReconciled, useUndoReconciled, type ReconciliationItem } from '../api';

/** Marks the account-period reconciled with a note, or undoes the mark after a confirmation (only while the period is open). */
export function ReconcileControl({ period, item }: { period: string; item: ReconciliationItem }) {
  const { t } = useTranslation();
  // Owned here, not by the form or the button: each unmounts as the mark flips, and with it a mutate() callback.
  const mark = useMarkReconciled(period, item.accountId);
  const undo = useUndoReconciled(period, item.accountId);
  return (
    <section aria-labelledby="reconcile-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="reconcile-title" className="text-base font-semibold text-slate-900">{t('reconciliation.mark.title')}</h2>
      {item.reconciled ? <UndoMark period={period} item={item} undo={undo} /> : <MarkForm item={item} mark={mark} />}
    </section>
  );
}

function MarkForm({ item, mark }: { item: ReconciliationItem; mark: ReturnType<typeof useMarkReconciled> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [note, setNote] = useState(item.note);
  const { fieldError, formError } = useFormErrors(mark.error, ['note']);

  function submit(event: FormEvent) {
    event.preventDefault();
    mark.mutate(note.trim(), { onSuccess: () => toast.show(t('reconciliation.mark.done')) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('reconciliation.mark.submit')} className="space-y-3">
      <p className="text-sm text-slate-600">{t(item.payoutFen === null ? 'reconciliation.mark.noPayoutHint' : 'reconciliation.mark.hint')}</p>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('reconciliation.mark.note')} hint={t('reconciliation.mark.noteHint')} error={fieldError('note')}>
        {(c) => <Textarea {...c} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Button type="submit" variant="primary" pending={mark.isPending}>{t('reconciliation.mark.submit')}</Button>
    </form>
  );
}

function UndoMark({ period, item, undo }: { period: string; item: ReconciliationItem; undo: ReturnType<typeof useUndoReconciled> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);

  function close() {
    undo.reset();
    setConfirming(false);
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t('reconciliation.mark.undoHint')}</p>
      <Button variant="danger" onClick={() => setConfirming(true)}>{t('reconciliation.mark.undo')}</Button>
      <ConfirmDialog
        open={confirming}
        title={t('reconciliation.mark.undoTitle', { account: item.handle ?? `#${item.accountId}`, period })}
        message={t('reconciliation.mark.undoMessage')}
        confirmLabel={t('reconciliation.mark.undo')}
        pending={undo.isPending}
        error={undo.error ? errorMessage(undo.error) : undefined}
        onCancel={close}
        onConfirm={() => undo.mutate(undefined, { onSuccess: () => { toast.show(t('reconciliation.mark.undone')); close(); } })}
      />
    </div>
  );
}
