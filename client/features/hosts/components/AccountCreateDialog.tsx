import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { useRosterOptions, type Platform } from '../../../lib/roster-labels';
import { useCreateAccount } from '../accounts-api';
import { AccountForm } from './AccountForm';

export function AccountCreateDialog({ hostId, open, onClose }: { hostId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('accounts.addTitle')}>
      <AccountCreateForm hostId={hostId} onClose={onClose} />
    </Dialog>
  );
}

/** Identifiers are what the platform's order data names the account by; each is unique on its platform. */
function AccountCreateForm({ hostId, onClose }: { hostId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const options = useRosterOptions();
  const create = useCreateAccount(hostId);
  const [platform, setPlatform] = useState<Platform>('douyin');
  return (
    <AccountForm
      initial={{ identifiers: [], handle: '', followers: '' }}
      error={create.error}
      pending={create.isPending}
      submitLabel={t('accounts.addSubmit')}
      onCancel={onClose}
      onSubmit={(body) => create.mutate({ platform, ...body }, {
        onSuccess: (account) => {
          toast.show(t('accounts.added', { handle: account.handle ?? account.identifiers[0] ?? '' }));
          onClose();
        },
      })}
      platformField={(error) => (
        <Field label={t('accounts.fields.platform')} error={error}>
          {(c) => <Select {...c} options={options.platforms} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} />}
        </Field>
      )}
    />
  );
}
