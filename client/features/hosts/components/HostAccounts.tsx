import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useHostAccounts, type Account } from '../accounts-api';
import { AccountArchiveDialog } from './AccountArchiveDialog';
import { AccountCreateDialog } from './AccountCreateDialog';
import { AccountEditDialog } from './AccountEditDialog';

/** The host's platform accounts with the identifiers orders are matched by. */
export function HostAccounts({ hostId, canWrite }: { hostId: number; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const label = useRosterLabels();
  const accounts = useHostAccounts(hostId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [archiving, setArchiving] = useState<Account | null>(null);
  const number = new Intl.NumberFormat(i18n.language);

  const columns: Column<Account>[] = [
    { key: 'platform', header: t('accounts.fields.platform'), cell: (a) => label.platform(a.platform), className: 'whitespace-nowrap' },
    { key: 'handle', header: t('accounts.fields.handle'), cell: (a) => <span className="font-medium">{a.handle ?? '—'}</span> },
    {
      key: 'identifiers',
      header: t('accounts.fields.identifiers'),
      cell: (a) => (
        <ul className="flex flex-wrap gap-1">
          {a.identifiers.map((id) => (
            <li key={id} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{id}</li>
          ))}
        </ul>
      ),
    },
    { key: 'followers', header: t('accounts.fields.followers'), cell: (a) => (a.followers === null ? '—' : number.format(a.followers)), className: 'text-right' },
    { key: 'status', header: t('accounts.fields.status'), cell: (a) => (a.archived ? <Badge>{t('accounts.archived')}</Badge> : <Badge tone="green">{t('accounts.active')}</Badge>) },
    ...(canWrite
      ? [{
          key: 'actions',
          header: t('common.actions'),
          cell: (a: Account) =>
            !a.archived && (
              <div className="flex gap-1">
                <Button size="sm" variant="ghost" aria-label={t('accounts.editAccount', { name: a.handle ?? a.identifiers[0] ?? '' })} onClick={() => setEditing(a)}>
                  {t('accounts.edit')}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700" aria-label={t('accounts.archiveAccount', { name: a.handle ?? a.identifiers[0] ?? '' })} onClick={() => setArchiving(a)}>
                  {t('accounts.archive')}
                </Button>
              </div>
            ),
        }]
      : []),
  ];

  return (
    <div>
      {canWrite && (
        <div className="mb-3 flex justify-end">
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('accounts.add')}
          </Button>
        </div>
      )}
      {accounts.isPending ? (
        <Spinner />
      ) : accounts.isError ? (
        <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Table caption={t('accounts.title')} columns={columns} rows={accounts.data.items} rowKey={(a) => a.id} emptyMessage={t('accounts.empty')} />
      )}
      <AccountCreateDialog hostId={hostId} open={adding} onClose={() => setAdding(false)} />
      <AccountEditDialog account={editing} onClose={() => setEditing(null)} />
      <AccountArchiveDialog hostId={hostId} account={archiving} onClose={() => setArchiving(null)} />
    </div>
  );
}
