import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { DialogActions } from '../../../components/ui/Dialog';
import { useFormChecks } from '../../../lib/form-checks';
import { AccountFields, accountBody, accountProblems, followersInvalid, type AccountField, type AccountFieldValues } from './AccountFields';

type Props = {
  initial: AccountFieldValues;
  /** Chosen when adding, fixed when editing. */
  platformField: (error: string | undefined) => ReactNode;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  /** The values as the API takes them; not called while the follower count is not a whole number. */
  onSubmit: (body: ReturnType<typeof accountBody>) => void;
  onCancel: () => void;
};

/** The form of the add and edit account dialogs: the fields, then Cancel and the submit button. */
export function AccountForm({ initial, platformField, error, pending, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const checks = useFormChecks<AccountField>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (checks.passes(accountProblems(values)) && !followersInvalid(values)) onSubmit(accountBody(values));
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      <AccountFields
        values={values}
        onChange={(patch) => { setValues((v) => ({ ...v, ...patch })); checks.clear(Object.keys(patch)); }}
        error={error}
        problemOf={checks.message}
        platformField={platformField}
      />
      <DialogActions>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={pending}>
          {submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
