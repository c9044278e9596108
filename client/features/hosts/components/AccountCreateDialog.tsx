import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { useRosterOptions, type Platform } from '../../../lib/roster-labels';
import { useCreateAccount } from '../accounts-api';
import { AccountFields, accountBody, followersInvalid, type AccountFieldValues } from './AccountFields';

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
  const [values, setValues] = useState<AccountFieldValues>({ identifiers: [], handle: '', followers: '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (followersInvalid(values)) return;
    create.mutate({ platform, ...accountBody(values) }, {
      onSuccess: (account) => {
        toast.show(t('accounts.added', { handle: account.handle ?? account.identifiers[0] ?? '' }));
        onClose();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <AccountFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        error={create.error}
        platformField={(error) => (
          <Field label={t('accounts.fields.platform')} error={error}>
            {(c) => <Select {...c} options={options.platforms} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} />}
          </Field>
        )}
      />
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('accounts.addSubmit')}
        </Button>
      </DialogActions>
    </form>
  );
}
