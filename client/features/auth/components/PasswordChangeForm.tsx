import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { password as passwordRule } from '../../../../server/shared/api/users';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { useFormErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../account-api';

type FieldName = 'currentPassword' | 'newPassword' | 'confirmPassword';
const order: FieldName[] = ['currentPassword', 'newPassword', 'confirmPassword'];

/**
 * Current password, new one twice. What the browser can check (length, the two copies agreeing) is checked here,
 * beside each field; the server still judges the current password. Focus goes to the first field in error.
 */
export function PasswordChangeForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const change = useChangePassword();
  const [values, setValues] = useState<Record<FieldName, string>>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const server = useFormErrors(change.error, ['currentPassword', 'newPassword']);
  const refs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});

  const errorOf = (field: FieldName) => local[field] ?? (field === 'confirmPassword' ? undefined : server.fieldError(field));
  const focusFirst = (errors: Partial<Record<FieldName, unknown>>) => refs.current[order.find((f) => errors[f]) ?? 'currentPassword']?.focus();

  function check(): Partial<Record<FieldName, string>> {
    const errors: Partial<Record<FieldName, string>> = {};
    if (!values.currentPassword) errors.currentPassword = t('account.errors.currentRequired');
    if (!passwordRule.safeParse(values.newPassword).success) errors.newPassword = t('account.errors.tooShort');
    else if (values.newPassword === values.currentPassword) errors.newPassword = t('account.errors.sameAsCurrent');
    if (values.confirmPassword !== values.newPassword) errors.confirmPassword = t('account.errors.mismatch');
    return errors;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = check();
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirst(errors);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
          toast.show(t('account.passwordChanged'));
        },
        onError: () => refs.current.currentPassword?.focus(),
      },
    );
  }

  const input = (field: FieldName, autoComplete: string) => (
    <Field label={t(`account.fields.${field}`)} hint={field === 'newPassword' ? t('account.passwordHint') : undefined} error={errorOf(field)}>
      {(c) => (
        <Input
          {...c}
          ref={(el) => {
            refs.current[field] = el;
          }}
          type="password"
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(e) => {
            setValues((v) => ({ ...v, [field]: e.target.value }));
            setLocal((l) => ({ ...l, [field]: undefined }));
          }}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6" aria-labelledby="password-change-title">
      <div>
        <h2 id="password-change-title" className="text-lg font-semibold text-slate-900">{t('account.passwordTitle')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('account.passwordDescription')}</p>
      </div>
      {server.formError && <Alert tone="error">{server.formError}</Alert>}
      {input('currentPassword', 'current-password')}
      {input('newPassword', 'new-password')}
      {input('confirmPassword', 'new-password')}
      <Button type="submit" variant="primary" pending={change.isPending}>
        {t('account.changePassword')}
      </Button>
    </form>
  );
}
