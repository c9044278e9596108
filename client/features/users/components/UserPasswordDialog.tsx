import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useUpdateUser, type User } from '../api';
import { passwordProblems } from '../user-checks';

/** An admin sets a new password for someone who lost theirs. */
export function UserPasswordDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={user !== null} onClose={onClose} title={t('users.passwordTitle', { email: user?.email ?? '' })}>
      {user && <UserPasswordForm user={user} onClose={onClose} />}
    </Dialog>
  );
}

function UserPasswordForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  const { fieldError: serverError, formError } = useFormErrors(update.error, ['password']);
  const checks = useFormChecks<'password'>();
  const fieldError = (field: 'password') => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(passwordProblems(password))) return;
    update.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          toast.show(t('users.passwordReset', { email: user.email }));
          onClose();
        },
      },
    );
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('users.fields.newPassword')} hint={t('users.passwordHint')} error={fieldError('password')}>
        {(c) => <Input {...c} type="password" autoComplete="new-password" value={password} onChange={(e) => { setPassword(e.target.value); checks.clear(['password']); }} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('users.resetPassword')}
        </Button>
      </DialogActions>
    </form>
  );
}
