import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useFormErrors } from '../../../lib/form-errors';
import type { User } from '../api';
import { useIssueToken, type IssuedToken } from '../tokens-api';
import { ApiTokenCreated } from './ApiTokenCreated';

type ApiTokenIssueDialogProps = { open: boolean; onClose: () => void; users: User[]; defaultUserId: string };

/** Issues a token, then shows its secret this one time only. */
export function ApiTokenIssueDialog({ open, onClose, users, defaultUserId }: ApiTokenIssueDialogProps) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const close = () => {
    setIssued(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={issued ? t('tokens.issuedTitle') : t('tokens.issueTitle')}>
      {issued ? <ApiTokenCreated token={issued.token} onDone={close} /> : <ApiTokenIssueForm users={users} defaultUserId={defaultUserId} onIssued={setIssued} onCancel={close} />}
    </Dialog>
  );
}

type FormProps = { users: User[]; defaultUserId: string; onIssued: (token: IssuedToken) => void; onCancel: () => void };

function ApiTokenIssueForm({ users, defaultUserId, onIssued, onCancel }: FormProps) {
  const { t } = useTranslation();
  const issue = useIssueToken();
  const [userId, setUserId] = useState(defaultUserId);
  const [name, setName] = useState('');
  const { fieldError, formError } = useFormErrors(issue.error, ['userId', 'name']);
  const options = users.filter((u) => u.active).map((u) => ({ value: String(u.id), label: `${u.name} <${u.email}>` }));

  function submit(event: FormEvent) {
    event.preventDefault();
    // Send the id back exactly as the server gave it (number or string).
    const user = users.find((u) => String(u.id) === userId);
    issue.mutate({ userId: user?.id ?? userId, name: name.trim() }, { onSuccess: onIssued });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('tokens.fields.user')} error={fieldError('userId')}>
        {(c) => <Select {...c} options={options} placeholder={t('tokens.chooseUser')} value={userId} onChange={(e) => setUserId(e.target.value)} />}
      </Field>
      <Field label={t('tokens.fields.name')} hint={t('tokens.nameHint')} error={fieldError('name')}>
        {(c) => <Input {...c} value={name} onChange={(e) => setName(e.target.value)} />}
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
