import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { useToast } from '../../../components/ui/Toast';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useUpdateContract, type Contract, type ContractInput } from '../api';
import { contractDateProblems, type ContractDateField } from '../contract-checks';
import { ContractFields, type ContractFieldsState } from './ContractFields';

const FIELDS = ['number', 'startDate', 'endDate', 'exclusive', 'platforms'] as const;

export function ContractEditDialog({ contract, onClose }: { contract: Contract | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog wide open={contract !== null} onClose={onClose} title={t('contracts.editTitle', { number: contract?.number ?? '' })}>
      {contract && <ContractEditForm contract={contract} onClose={onClose} />}
    </Dialog>
  );
}

/** Number, dates, exclusivity and platforms; terms change only by amendment, so they are not here. */
function ContractEditForm({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateContract(contract.id);
  const [form, setForm] = useState<ContractFieldsState>(() => {
    const { number, startDate, endDate, status, exclusive, platforms } = contract;
    return { hostId: String(contract.hostId), number, startDate, endDate, status, exclusive, platforms };
  });
  const { fieldError, formError } = useFormErrors(update.error, FIELDS);
  const checks = useFormChecks<ContractDateField>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(contractDateProblems(form))) return;
    const changes: Partial<Omit<ContractInput, 'hostId' | 'terms'>> = {};
    if (form.number.trim() !== contract.number) changes.number = form.number.trim();
    if (form.startDate !== contract.startDate) changes.startDate = form.startDate;
    if (form.endDate !== contract.endDate) changes.endDate = form.endDate;
    if (form.exclusive !== contract.exclusive) changes.exclusive = form.exclusive;
    if ([...form.platforms].sort().join() !== [...contract.platforms].sort().join()) changes.platforms = form.platforms;
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(changes, {
      onSuccess: (saved) => {
        toast.show(t('contracts.updated', { number: saved.number }));
        onClose();
      },
    });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <ContractFields
        editing
        form={form}
        set={(patch) => {
          setForm((f) => ({ ...f, ...patch }));
          checks.clear(Object.keys(patch));
        }}
        errorOf={(f) => (f === 'hostId' || f === 'status' ? undefined : (checks.message(f) ?? fieldError(f)))}
      />
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
