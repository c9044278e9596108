import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dealStatuses, type DealStatus } from '../../../../server/domain/deals';
import { Badge } from '../../../components/ui/Badge';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { Table } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths, withQuery } from '../../../lib/paths';
import { dealStatusTone, useRosterLabels } from '../../../lib/roster-labels';
import { usePitFees, type PitFee } from '../api';

const numeric = 'text-right tabular-nums whitespace-nowrap';
const isDealStatus = (s: string): s is DealStatus => (dealStatuses as readonly string[]).includes(s);

/**
 * Pit fees invoiced against received (SPEC section 9): the deals sold in the period's sessions, what is still owed,
 * the overdue ones flagged. A deal opens its form for who may change deals, else the brand's deals.
 */
export function PitFeeTable({ period, canEditDeals }: { period: string; canEditDeals: boolean }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const fees = usePitFees(period);
  if (fees.isPending) return <Spinner />;
  if (fees.isError) return <ErrorAlert error={fees.error} onRetry={() => void fees.refetch()} />;
  const { items, totals, today } = fees.data;
  const dealName = (d: PitFee) => t('reconciliation.pitFees.deal', { id: d.dealId, brand: d.brandName });
  const dealLink = (d: PitFee) => (canEditDeals ? paths.dealEdit(d.dealId) : withQuery(paths.deals, { brandId: d.brandId }));
  return (
    <div className="space-y-2">
      <Table<PitFee>
        caption={t('reconciliation.pitFees.caption', { period })}
        columns={[
          { key: 'deal', header: t('reconciliation.pitFees.columns.deal'), className: 'whitespace-nowrap', cell: (d) => <Link to={dealLink(d)} className="font-medium text-indigo-700 hover:underline">{dealName(d)}</Link> },
          { key: 'status', header: t('deals.fields.status'), cell: (d) => (isDealStatus(d.status) ? <Badge tone={dealStatusTone[d.status]}>{label.dealStatus(d.status)}</Badge> : d.status) },
          { key: 'pitFee', header: t('reconciliation.pitFees.columns.pitFee'), className: numeric, cell: (d) => formatMoney(d.pitFeeFen) },
          { key: 'invoiced', header: t('reconciliation.pitFees.columns.invoiced'), className: numeric, cell: (d) => formatMoney(d.invoicedFen) },
          { key: 'received', header: t('reconciliation.pitFees.columns.received'), className: numeric, cell: (d) => formatMoney(d.receivedFen) },
          { key: 'outstanding', header: t('reconciliation.pitFees.columns.outstanding'), className: numeric, cell: (d) => <span className={d.overdue ? 'font-semibold text-red-700' : undefined}>{formatMoney(d.outstandingFen)}</span> },
          { key: 'invoicedOn', header: t('reconciliation.pitFees.columns.invoicedOn'), className: 'whitespace-nowrap', cell: (d) => d.invoicedOn ?? '—' },
          {
            key: 'dueOn', header: t('reconciliation.pitFees.columns.dueOn'), className: 'whitespace-nowrap',
            cell: (d) => <>{d.dueOn ?? '—'}{d.overdue && <> <Badge tone="red">{t('reconciliation.pitFees.overdue')}</Badge></>}</>,
          },
          { key: 'receivedOn', header: t('reconciliation.pitFees.columns.receivedOn'), className: 'whitespace-nowrap', cell: (d) => d.receivedOn ?? '—' },
        ]}
        rows={items}
        rowKey={(d) => d.dealId}
        emptyMessage={t('reconciliation.pitFees.empty', { period })}
        footer={{
          deal: t('reconciliation.totals'), pitFee: formatMoney(totals.pitFeeFen), invoiced: formatMoney(totals.invoicedFen), received: formatMoney(totals.receivedFen),
          outstanding: formatMoney(totals.outstandingFen), dueOn: totals.overdue > 0 ? <Badge tone="red">{t('reconciliation.pitFees.overdueCount', { count: totals.overdue })}</Badge> : null,
        }}
        dense
      />
      <p className="text-xs text-slate-500">{t('reconciliation.pitFees.legend', { today })}</p>
    </div>
  );
}
