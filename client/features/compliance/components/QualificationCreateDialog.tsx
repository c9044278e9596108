import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { firstProblems, maxLength, required, useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useRosterLabels, type Category } from '../../../lib/roster-labels';
import { regulatedCategories } from '../../../../server/domain/roster';
import { useAddQualification } from '../api';

export function QualificationCreateDialog({ hostId, open, onClose }: { hostId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('compliance.addQualificationTitle')}>
      <QualificationForm hostId={hostId} onClose={onClose} />
    </Dialog>
  );
}

function QualificationForm({ hostId, onClose }: { hostId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const label = useRosterLabels();
  const add = useAddQualification(hostId);
  const [form, setForm] = useState({ category: 'medical' as Category, certificateNumber: '', expiresOn: '' });
  const checks = useFormChecks<'certificateNumber' | 'expiresOn'>();
  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch));
  };
  const { fieldError: serverError, formError } = useFormErrors(add.error, ['category', 'certificateNumber', 'expiresOn']);
  const fieldError = (field: Parameters<typeof serverError>[0]) => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    // The certificate's number (at most 64 characters, as the server keeps it) and its expiry date are both needed.
    if (!checks.passes(firstProblems({
      certificateNumber: [required(form.certificateNumber), maxLength(form.certificateNumber, 64)],
      expiresOn: [required(form.expiresOn)],
    }))) return;
    add.mutate(
      { ...form, certificateNumber: form.certificateNumber.trim() },
      {
        onSuccess: () => {
          toast.show(t('compliance.qualificationAdded'));
          onClose();
        },
      },
    );
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('compliance.fields.category')} error={fieldError('category')}>
        {(c) => <Select {...c} options={regulatedCategories.map((v) => ({ value: v, label: label.category(v) }))} value={form.category} onChange={(e) => set({ category: e.target.value as Category })} />}
      </Field>
      <Field label={t('compliance.fields.certificateNumber')} error={fieldError('certificateNumber')}>
        {(c) => <Input {...c} value={form.certificateNumber} onChange={(e) => set({ certificateNumber: e.target.value })} />}
      </Field>
      <Field label={t('compliance.fields.expiresOn')} error={fieldError('expiresOn')}>
        {(c) => <Input {...c} type="date" value={form.expiresOn} onChange={(e) => set({ expiresOn: e.target.value })} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={add.isPending}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
