import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { Table } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useFormatInstant } from '../../../lib/time-zone';
import { useUnmatchedGroups, type UnmatchedGroup } from '../api';
import { AssignGroupDialog } from './AssignGroupDialog';

/** The unmatched queue, one row per platform and unknown account identifier; assigning a row assigns all its orders. */
export function UnmatchedGroups({ platform, page, onPageChange, canAssign }: { platform: string; page: number; onPageChange: (page: number) => void; canAssign: boolean }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const formatInstant = useFormatInstant();
  const groups = useUnmatchedGroups({ page, platform });
  const [assigning, setAssigning] = useState<UnmatchedGroup | null>(null);

  if (groups.isPending) return <Spinner />;
  if (groups.isError) return <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />;
  const money = 'text-right whitespace-nowrap tabular-nums';
  return (
    <>
      <div className="mb-4">
        <Alert tone={groups.data.orders > 0 ? 'warning' : 'success'}>
          <span data-testid="unmatched-count">{t('orders.unmatchedCount', { count: groups.data.orders })}</span>
          {groups.data.orders > 0 && <span className="ml-1">{t('orders.unmatchedGroups.summary', { groups: groups.data.total })}</span>}
        </Alert>
      </div>
      <Table<UnmatchedGroup>
        caption={t('orders.unmatchedGroups.title')}
        columns={[
          { key: 'platform', header: t('orders.fields.platform'), cell: (g) => label.platform(g.platform), className: 'whitespace-nowrap' },
          {
            key: 'identifier', header: t('orders.unmatchedGroups.identifier'),
            cell: (g) => (
              <span className="font-mono">
                {g.identifier}
                {g.identifiers.length > 1 && <span className="ml-2 text-xs text-slate-500">{g.identifiers.slice(1).join(', ')}</span>}
              </span>
            ),
          },
          { key: 'orders', header: t('orders.unmatchedGroups.orders'), cell: (g) => g.orders, className: money },
          { key: 'gmv', header: t('orders.unmatchedGroups.gmv'), cell: (g) => formatMoney(g.gmvFen), className: money },
          { key: 'lastPaidAt', header: t('orders.unmatchedGroups.lastPaidAt'), cell: (g) => formatInstant(g.lastPaidAt), className: 'whitespace-nowrap' },
          ...(canAssign
            ? [{
                key: 'actions', header: <span className="sr-only">{t('common.actions')}</span>, className: 'whitespace-nowrap',
                cell: (g: UnmatchedGroup) => (
                  <Button size="sm" className="-my-1" aria-label={t('orders.assign.buttonForGroup', { identifier: g.identifier })} onClick={() => setAssigning(g)}>
                    {t('orders.assign.button')}
                  </Button>
                ),
              }]
            : []),
        ]}
        rows={groups.data.items}
        rowKey={(g) => `${g.platform}:${g.identifier}`}
        emptyMessage={t('orders.unmatchedGroups.empty')}
      />
      <Pagination page={groups.data.page} pageSize={groups.data.pageSize} total={groups.data.total} onPageChange={onPageChange} />
      <AssignGroupDialog group={assigning} onClose={() => setAssigning(null)} />
    </>
  );
}
