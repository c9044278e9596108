import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useUpdateAccount, type Account } from '../accounts-api';
import { AccountFields, accountBody, followersInvalid, type AccountFieldValues } from './AccountFields';

export function AccountEditDialog({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={account !== null} onClose={onClose} title={t('accounts.editTitle')}>
      {account && <AccountEditForm account={account} onClose={onClose} />}
    </Dialog>
  );
}

/** The identifiers list replaces the old one; the platform is fixed, as an account on another platform is another account. */
function AccountEditForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const label = useRosterLabels();
  const update = useUpdateAccount();
  const [values, setValues] = useState<AccountFieldValues>({
    identifiers: account.identifiers, handle: account.handle ?? '', followers: account.followers === null ? '' : String(account.followers),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (followersInvalid(values)) return;
    update.mutate({ id: account.id, patch: accountBody(values) }, {
      onSuccess: (saved) => {
        toast.show(t('accounts.updated', { handle: saved.handle ?? saved.identifiers[0] ?? '' }));
        onClose();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <AccountFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        error={update.error}
        platformField={() => (
          <Field label={t('accounts.fields.platform')} hint={t('accounts.platformFixed')}>
            {(c) => <Input {...c} readOnly value={label.platform(account.platform)} />}
          </Field>
        )}
      />
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('accounts.editSubmit')}
        </Button>
      </DialogActions>
    </form>
  );
}
