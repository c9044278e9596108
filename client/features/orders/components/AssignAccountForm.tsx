import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { useAssignOrder, type Order } from '../api';
import { HostPicker, type HostOption } from '../../../components/pickers/HostPicker';
import { useAccountsOfHost } from '../lookups-api';

const ASSIGN_CODES = ['duplicate', 'unprocessable', 'state_conflict'] as const;

export function AssignAccountForm({ order, onDone }: { order: Order; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const assign = useAssignOrder(order.id);
  const [host, setHost] = useState<HostOption | null>(null);
  const [accountId, setAccountId] = useState('');
  const accounts = useAccountsOfHost(host?.id ?? null);
  const options = (accounts.data?.items ?? [])
    .filter((a) => a.platform === order.platform && !a.archived)
    .map((a) => ({ value: String(a.id), label: `${a.handle ?? a.identifiers[0] ?? a.id} (${a.identifiers.join(', ')})` }));
  const errorCode = isApiError(assign.error) ? assign.error.code : '';
  const code = ASSIGN_CODES.find((c) => c === errorCode);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!accountId) return;
    assign.mutate(Number(accountId), {
      onSuccess: (result) => {
        toast.show(t('orders.assign.done', { count: result.attributed }));
        onDone();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {assign.isError && <Alert tone="error">{code ? t(`orders.assign.errors.${code}`) : errorMessage(assign.error)}</Alert>}
      <Field label={t('orders.assign.host')}>
        {(c) => <HostPicker {...c} value={host?.id ?? null} onChange={(_, h) => { setHost(h); setAccountId(''); }} />}
      </Field>
      {host && (
        <Field
          label={t('orders.assign.account')}
          hint={accounts.isSuccess && options.length === 0 ? t('orders.assign.noAccounts') : t('orders.assign.accountHint')}
        >
          {(c) => (
            <Select {...c} options={options} placeholder={t('orders.assign.chooseAccount')} value={accountId} disabled={options.length === 0} onChange={(e) => setAccountId(e.target.value)} />
          )}
        </Field>
      )}
      <DialogActions>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={!accountId} pending={assign.isPending}>
          {t('orders.assign.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
