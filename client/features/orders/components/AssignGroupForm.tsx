import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPicker } from '../../../components/pickers/AccountPicker';
import { HostPicker, type HostOption } from '../../../components/pickers/HostPicker';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { firstProblems, required, useFormChecks } from '../../../lib/form-checks';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useAssignGroup } from '../api';
import { useAccountsOfHost } from '../lookups-api';
import type { GroupToAssign } from './AssignGroupDialog';

const ASSIGN_CODES = ['duplicate', 'unprocessable', 'state_conflict', 'not_found'] as const;

/**
 * Pick the host, then one of the host's accounts on the group's platform; a host with none there gets one made
 * now, with the group's identifiers (and a handle if typed), which attributes the group's orders at once.
 */
export function AssignGroupForm({ group, onDone }: { group: GroupToAssign; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const label = useRosterLabels();
  const assign = useAssignGroup();
  const [host, setHost] = useState<HostOption | null>(null);
  const [accountId, setAccountId] = useState<number | null>(null);
  const [createNew, setCreateNew] = useState(false);
  const [handle, setHandle] = useState('');
  const accounts = useAccountsOfHost(host?.id ?? null);
  const onPlatform = (accounts.data?.items ?? []).filter((a) => a.platform === group.platform && !a.archived);
  const noAccountThere = accounts.isSuccess && onPlatform.length === 0;
  const creating = host !== null && (noAccountThere || createNew);
  const code = ASSIGN_CODES.find((c) => isApiError(assign.error) && c === assign.error.code);
  const platform = label.platform(group.platform);
  // A host, then (unless one is made now) an account: said beside the field on submit, focus there.
  const checks = useFormChecks<'host' | 'account'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.passes(firstProblems({ host: [host ? null : required('')], account: [host && !creating && accountId === null ? required('') : null] }))) return;
    if (!host) return;
    const target = creating ? { newAccount: { hostId: host.id, handle: handle.trim() || null } } : accountId !== null ? { accountId } : null;
    if (!target) return;
    assign.mutate({ platform: group.platform, identifier: group.identifier, ...target }, {
      onSuccess: (result) => {
        toast.show(result.created ? t('orders.assign.doneCreated', { count: result.attributed, platform }) : t('orders.assign.done', { count: result.attributed }));
        onDone();
      },
    });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-4">
      {assign.isError && <Alert tone="error">{code ? t(`orders.assign.errors.${code}`) : errorMessage(assign.error)}</Alert>}
      <Field label={t('orders.assign.host')} error={checks.message('host')}>
        {(c) => <HostPicker {...c} value={host?.id ?? null} onChange={(_, h) => { setHost(h); setAccountId(null); setCreateNew(false); checks.clear(['host', 'account']); }} />}
      </Field>
      {host && !noAccountThere && (
        <>
          <Field label={t('orders.assign.account')} hint={t('orders.assign.accountHint')} error={checks.message('account')}>
            {(c) => <AccountPicker {...c} hostId={host.id} platform={group.platform} value={accountId} disabled={createNew} onChange={(id) => { setAccountId(id); checks.clear(['account']); }} />}
          </Field>
          <Checkbox label={t('orders.assign.createInstead', { platform })} checked={createNew} onChange={(e) => { setCreateNew(e.target.checked); checks.clear(['account']); }} />
        </>
      )}
      {creating && (
        <div className="space-y-3 rounded-md border border-indigo-200 bg-indigo-50/50 p-3">
          <p className="text-sm text-slate-700">
            {noAccountThere ? t('orders.assign.noAccountThere', { host: host.stageName, platform }) : null}{' '}
            {t('orders.assign.willCreate', { platform, identifiers: group.identifiers.join(', ') })}
          </p>
          <Field label={t('orders.assign.handle')} hint={t('orders.assign.handleHint')}>
            {(c) => <Input {...c} value={handle} maxLength={100} onChange={(e) => setHandle(e.target.value)} />}
          </Field>
        </div>
      )}
      <DialogActions>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={assign.isPending}>
          {creating ? t('orders.assign.submitCreate') : t('orders.assign.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
