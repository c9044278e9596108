import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useIssueToken, type IssuedToken } from '../tokens-api';
import { tokenProblems, type TokenField } from '../user-checks';
import { ApiTokenCreated } from './ApiTokenCreated';

type ApiTokenIssueDialogProps = { open: boolean; onClose: () => void; defaultUserId: string };

/** Issues a token for an active colleague (found by typing part of the name), then shows its secret this one time only. */
export function ApiTokenIssueDialog({ open, onClose, defaultUserId }: ApiTokenIssueDialogProps) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const close = () => {
    setIssued(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={issued ? t('tokens.issuedTitle') : t('tokens.issueTitle')}>
      {issued ? <ApiTokenCreated token={issued.token} onDone={close} /> : <ApiTokenIssueForm defaultUserId={defaultUserId} onIssued={setIssued} onCancel={close} />}
    </Dialog>
  );
}

type FormProps = { defaultUserId: string; onIssued: (token: IssuedToken) => void; onCancel: () => void };

function ApiTokenIssueForm({ defaultUserId, onIssued, onCancel }: FormProps) {
  const { t } = useTranslation();
  const issue = useIssueToken();
  const [userId, setUserId] = useState(pickedId(defaultUserId));
  const [name, setName] = useState('');
  const { fieldError: serverError, formError } = useFormErrors(issue.error, ['userId', 'name']);
  const checks = useFormChecks<TokenField>();
  const fieldError = (field: TokenField) => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(tokenProblems({ userId, name })) || userId === null) return;
    issue.mutate({ userId, name: name.trim() }, { onSuccess: onIssued });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('tokens.fields.user')} error={fieldError('userId')}>
        {(c) => <StaffPicker {...c} placeholder={t('tokens.chooseUser')} value={userId} onChange={(id) => { setUserId(id); checks.clear(['userId']); }} />}
      </Field>
      <Field label={t('tokens.fields.name')} hint={t('tokens.nameHint')} error={fieldError('name')}>
        {(c) => <Input {...c} value={name} onChange={(e) => { setName(e.target.value); checks.clear(['name']); }} />}
      </Field>
      <DialogActions>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={issue.isPending}>
          {t('tokens.issueSubmit')}
        </Button>
      </DialogActions>
    </form>
  );
}
