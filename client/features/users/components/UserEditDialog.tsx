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
import { roleSchema } from '../../../lib/roles';
import { useUpdateUser, type User, type UserUpdateInput } from '../api';
import { userNameProblems } from '../user-checks';

/** Change a user's name or role; only what changed is sent. */
export function UserEditDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={user !== null} onClose={onClose} title={t('users.editTitle', { email: user?.email ?? '' })}>
      {user && <UserEditForm user={user} onClose={onClose} />}
    </Dialog>
  );
}

function UserEditForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const roleOptions = useRoleOptions();
  const update = useUpdateUser();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState(user.role);
  const { fieldError: serverError, formError } = useFormErrors(update.error, ['name', 'role']);
  const checks = useFormChecks<'name'>();
  const fieldError = (field: Parameters<typeof serverError>[0]) => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(userNameProblems(name))) return;
    const changes: UserUpdateInput = {};
    if (name.trim() !== user.name) changes.name = name.trim();
    if (role !== user.role) changes.role = role;
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { id: user.id, ...changes },
      {
        onSuccess: () => {
          toast.show(t('users.updated', { email: user.email }));
          onClose();
        },
      },
    );
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('users.fields.name')} error={fieldError('name')}>
        {(c) => <Input {...c} value={name} onChange={(e) => { setName(e.target.value); checks.clear(['name']); }} />}
      </Field>
      <Field label={t('users.fields.role')} error={fieldError('role')}>
        {(c) => <Select {...c} options={roleOptions} value={role} onChange={(e) => setRole(roleSchema.parse(e.target.value))} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </form>
  );
}
