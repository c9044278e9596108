import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
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
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const { fieldError, formError } = useFormErrors(add.error, ['category', 'certificateNumber', 'expiresOn']);

  function submit(event: FormEvent) {
    event.preventDefault();
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
    <form onSubmit={submit} noValidate className="space-y-4">
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
