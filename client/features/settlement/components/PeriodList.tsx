import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useStaffDirectory } from '../../../lib/staff';
import { useFormatInstant } from '../../../lib/time-zone';
import { usePeriods, type PeriodView } from '../periods-api';
import { PeriodCloseDialog } from './PeriodCloseDialog';

const totalKeys = [['commissionFen', 'commission'], ['payableFen', 'payable'], ['taxFen', 'tax'], ['netFen', 'net'], ['agencyKeepsFen', 'agencyKeeps']] as const;

/** The settlement periods: open or closed, statements by status, totals; closing locks a period for good. */
export function PeriodList({ canClose }: { canClose: boolean }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const formatInstant = useFormatInstant();
  const periods = usePeriods();
  const [closing, setClosing] = useState<PeriodView | null>(null);

  const columns: Column<PeriodView>[] = [
    { key: 'period', header: t('settlement.fields.period'), cell: (p) => <Link to={paths.settlementOf(p.period)} className="font-medium text-indigo-700 hover:underline">{p.period}</Link> },
    {
      key: 'status', header: t('settlement.fields.status'), className: 'whitespace-nowrap',
      cell: (p) => (
        <div>
          <Badge tone={p.status === 'closed' ? 'neutral' : 'green'}>{t(`periods.status.${p.status}`)}</Badge>
          {p.closedAt && <p className="mt-1 text-xs text-slate-500">{t('settlement.byAt', { name: p.closedBy === null ? '—' : (staff.find(p.closedBy)?.name ?? `#${p.closedBy}`), at: formatInstant(p.closedAt) })}</p>}
        </div>
      ),
    },
    {
      key: 'statements', header: t('periods.statements'), className: 'whitespace-nowrap',
      cell: (p) => t('periods.counts', { draft: p.statements.draft, approved: p.statements.approved, paid: p.statements.paid }),
    },
    ...totalKeys.map(([key, name]): Column<PeriodView> => ({
      key, header: t(`settlement.lines.${name}`), cell: (p) => formatMoney(p.totals[key]), className: 'text-right tabular-nums whitespace-nowrap',
    })),
    ...(canClose
      ? [{ key: 'actions', header: t('common.actions'), cell: (p: PeriodView) => p.status === 'open' && <Button size="sm" onClick={() => setClosing(p)}>{t('periods.close')}</Button> }]
      : []),
  ];

  return (
    <section>
      <PageHeader title={t('periods.title')} description={t('periods.description')} />
      {periods.isPending ? (
        <Spinner />
      ) : periods.isError ? (
        <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      ) : (
        <Table caption={t('periods.title')} columns={columns} rows={periods.data.items} rowKey={(p) => p.period} emptyMessage={t('periods.empty')} />
      )}
      <PeriodCloseDialog period={closing} onClose={() => setClosing(null)} />
    </section>
  );
}
