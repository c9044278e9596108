import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { TagInput } from '../../../components/ui/TagInput';
import { useToast } from '../../../components/ui/Toast';
import { fieldErrors } from '../../../lib/api';
import { useFormErrors } from '../../../lib/form-errors';
import { paths } from '../../../lib/paths';
import { useRosterOptions, type Platform } from '../../../lib/roster-labels';
import { takenIdentifiers, useCreateAccount } from '../accounts-api';

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
  const [form, setForm] = useState({ platform: 'douyin' as Platform, identifiers: [] as string[], handle: '', followers: '' });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const { fieldError, formError } = useFormErrors(create.error, ['platform', 'identifiers', 'handle', 'followers']);
  const taken = takenIdentifiers(create.error);
  const byPath = fieldErrors(create.error);
  const followersInvalid = form.followers.trim() !== '' && !/^\d+$/.test(form.followers.trim());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (followersInvalid) return;
    const input = {
      platform: form.platform, identifiers: form.identifiers, handle: form.handle.trim() || null,
      followers: form.followers.trim() === '' ? null : Number(form.followers.trim()),
    };
    create.mutate(input, {
      onSuccess: (account) => {
        toast.show(t('accounts.added', { handle: account.handle ?? account.identifiers[0] ?? '' }));
        onClose();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {taken.length > 0 ? (
        <Alert tone="error" title={t('accounts.duplicateTitle')}>
          <ul>
            {taken.map((d) => (
              <li key={d.identifier}>
                {t('accounts.takenBy', { identifier: d.identifier })} <Link to={paths.host(d.hostId, 'accounts')} className="font-medium underline">{d.stageName}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        formError && !Object.keys(byPath).some((k) => k.startsWith('identifiers.')) && <Alert tone="error">{formError}</Alert>
      )}
      <Field label={t('accounts.fields.platform')} error={fieldError('platform')}>
        {(c) => <Select {...c} options={options.platforms} value={form.platform} onChange={(e) => set({ platform: e.target.value as Platform })} />}
      </Field>
      <Field label={t('accounts.fields.identifiers')} hint={t('accounts.identifiersHint')} error={fieldError('identifiers')}>
        {(c) => <TagInput {...c} values={form.identifiers} onChange={(identifiers) => set({ identifiers })} errorAt={(i) => (taken.length ? undefined : byPath[`identifiers.${i}`])} />}
      </Field>
      <Field label={t('accounts.fields.handle')} error={fieldError('handle')}>
        {(c) => <Input {...c} value={form.handle} onChange={(e) => set({ handle: e.target.value })} />}
      </Field>
      <Field label={t('accounts.fields.followers')} error={followersInvalid ? t('form.wholeNumber') : fieldError('followers')}>
        {(c) => <Input {...c} inputMode="numeric" value={form.followers} onChange={(e) => set({ followers: e.target.value })} />}
      </Field>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('accounts.addSubmit')}
        </Button>
      </DialogActions>
    </form>
  );
}
