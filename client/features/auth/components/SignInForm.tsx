import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useFocusOnAttempt } from '../../../lib/form-focus';
import { useFormErrors } from '../../../lib/form-errors';
import { useSignIn, type CurrentUser } from '../api';

type Missing = { email: boolean; password: boolean };
const NONE_MISSING: Missing = { email: false, password: false };

/**
 * Email and password; a wrong pair and a throttled address each get their own message, by error code. An empty
 * field is said beside it before anything is sent. The check is this one line, not lib/form-checks, whose money
 * parsers would weigh on the first page (issue 17 item 10).
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>(NONE_MISSING);
  const { formRef, attempted } = useFocusOnAttempt();
  const { fieldError, formError } = useFormErrors(signIn.error, ['email', 'password']);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = { email: email.trim() === '', password: password === '' };
    setMissing(found);
    attempted();
    if (found.email || found.password) {
      signIn.reset();
      return;
    }
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('auth.email')} error={missing.email ? t('auth.emailRequired') : fieldError('email')}>
        {(control) => (
          <Input
            {...control}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setMissing((m) => ({ ...m, email: false }));
            }}
          />
        )}
      </Field>
      <Field label={t('auth.password')} error={missing.password ? t('auth.passwordRequired') : fieldError('password')}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
              setMissing((m) => ({ ...m, password: false }));
            }}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" pending={signIn.isPending} className="w-full">
        {t('auth.signIn')}
      </Button>
    </form>
  );
}
