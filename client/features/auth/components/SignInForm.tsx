import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useFormErrors } from '../../../lib/form-errors';
import { useSignIn, type CurrentUser } from '../api';

/** Email and password; a wrong pair and a throttled address each get their own message, by error code. */
export function SignInForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { fieldError, formError } = useFormErrors(signIn.error, ['email', 'password']);

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('auth.email')} error={fieldError('email')}>
        {(control) => <Input {...control} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field label={t('auth.password')} error={fieldError('password')}>
        {(control) => (
          <Input {...control} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <Button type="submit" variant="primary" pending={signIn.isPending} className="w-full">
        {t('auth.signIn')}
      </Button>
    </form>
  );
}
