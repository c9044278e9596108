import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useUpdateAccount, type Account } from '../accounts-api';
import { AccountForm } from './AccountForm';

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
  return (
    <AccountForm
      initial={{ identifiers: account.identifiers, handle: account.handle ?? '', followers: account.followers === null ? '' : String(account.followers) }}
      error={update.error}
      pending={update.isPending}
      submitLabel={t('accounts.editSubmit')}
      onCancel={onClose}
      onSubmit={(patch) => update.mutate({ id: account.id, patch }, {
        onSuccess: (saved) => {
          toast.show(t('accounts.updated', { handle: saved.handle ?? saved.identifiers[0] ?? '' }));
          onClose();
        },
      })}
      platformField={() => (
        <Field label={t('accounts.fields.platform')} hint={t('accounts.platformFixed')}>
          {(c) => <Input {...c} readOnly value={label.platform(account.platform)} />}
        </Field>
      )}
    />
  );
}
