import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Textarea } from '../../../components/ui/Textarea';
import { useToast } from '../../../components/ui/Toast';
import { firstProblems, maxLength, required, useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useCreateBrand, useUpdateBrand, type Brand } from '../api';

/** Create a brand ('new') or edit one, in a dialog. */
export function BrandCreate({ brand, onClose }: { brand: Brand | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = brand === 'new' ? t('brands.createTitle') : t('brands.editTitle', { name: brand?.name ?? '' });
  return (
    <Dialog open={brand !== null} onClose={onClose} title={title}>
      {brand !== null && <BrandForm brand={brand === 'new' ? null : brand} onClose={onClose} />}
    </Dialog>
  );
}

function BrandForm({ brand, onClose }: { brand: Brand | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateBrand();
  const update = useUpdateBrand(brand?.id ?? 0);
  const mutation = brand ? update : create;
  const [form, setForm] = useState({ name: brand?.name ?? '', contact: brand?.contact ?? '', notes: brand?.notes ?? '' });
  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch));
  };
  const { fieldError: serverError, formError } = useFormErrors(mutation.error, ['name', 'contact', 'notes']);
  const checks = useFormChecks<'name'>();
  const fieldError = (field: Parameters<typeof serverError>[0]) => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(firstProblems({ name: [required(form.name), maxLength(form.name, 100)] }))) return;
    const input = { name: form.name.trim(), contact: form.contact.trim(), notes: form.notes };
    mutation.mutate(input, {
      onSuccess: (saved) => {
        toast.show(brand ? t('brands.updated', { name: saved.name }) : t('brands.created', { name: saved.name }));
        onClose();
      },
    });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('brands.fields.name')} error={fieldError('name')}>
        {(c) => <Input {...c} value={form.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field label={t('brands.fields.contact')} hint={t('brands.contactHint')} error={fieldError('contact')}>
        {(c) => <Input {...c} value={form.contact} onChange={(e) => set({ contact: e.target.value })} />}
      </Field>
      <Field label={t('brands.fields.notes')} error={fieldError('notes')}>
        {(c) => <Textarea {...c} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={mutation.isPending}>
          {brand ? t('common.save') : t('common.create')}
        </Button>
      </DialogActions>
    </form>
  );
}
