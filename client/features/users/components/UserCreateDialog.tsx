import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useRoleOptions } from '../../../lib/role-label';
import { roleSchema, type Role } from '../../../lib/roles';
import { useCreateUser } from '../api';
import { newUserProblems, type UserField } from '../user-checks';

export function UserCreateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('users.createTitle')}>
      <UserCreateForm onClose={onClose} />
    </Dialog>
  );
}

/** New staff start as read-only viewers unless the admin picks otherwise: the least a mistake can grant. */
function UserCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const roleOptions = useRoleOptions();
  const create = useCreateUser();
  const [form, setForm] = useState({ email: '', name: '', role: 'viewer' as Role, password: '' });
  const { fieldError: serverError, formError } = useFormErrors(create.error, ['email', 'name', 'role', 'password']);
  const checks = useFormChecks<UserField>();
  const fieldError = (field: Parameters<typeof serverError>[0]) => checks.message(field) ?? serverError(field);
  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(newUserProblems(form))) return;
    create.mutate(
      { ...form, email: form.email.trim(), name: form.name.trim() },
      {
        onSuccess: (user) => {
          toast.show(t('users.created', { email: user.email }));
          onClose();
        },
      },
    );
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('users.fields.email')} error={fieldError('email')}>
        {(c) => <Input {...c} type="email" autoComplete="off" value={form.email} onChange={(e) => set({ email: e.target.value })} />}
      </Field>
      <Field label={t('users.fields.name')} error={fieldError('name')}>
        {(c) => <Input {...c} autoComplete="off" value={form.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field label={t('users.fields.role')} error={fieldError('role')}>
        {(c) => <Select {...c} options={roleOptions} value={form.role} onChange={(e) => set({ role: roleSchema.parse(e.target.value) })} />}
      </Field>
      <Field label={t('users.fields.password')} hint={t('users.passwordHint')} error={fieldError('password')}>
        {(c) => <Input {...c} type="password" autoComplete="new-password" value={form.password} onChange={(e) => set({ password: e.target.value })} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('common.create')}
        </Button>
      </DialogActions>
    </form>
  );
}
