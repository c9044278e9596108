import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orderStatuses, type OrderStatus } from '../../../../server/domain/ledger';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { Table } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useFormatInstant } from '../../../lib/time-zone';
import { formatRate } from '../../../lib/units';
import { useMismatches, type Mismatch } from '../api';

const numeric = 'text-right tabular-nums whitespace-nowrap';

/** The account's orders of the period whose reported commission is off base x rate by more than a fen, each linked to its order. */
export function MismatchTable({ period, accountId }: { period: string; accountId: number }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const mismatches = useMismatches(period, accountId);
  const status = (s: string) => ((orderStatuses as readonly string[]).includes(s) ? t(`orders.status.${s as OrderStatus}`) : s);
  if (mismatches.isPending) return <Spinner />;
  if (mismatches.isError) return <ErrorAlert error={mismatches.error} onRetry={() => void mismatches.refetch()} />;
  return (
    <Table<Mismatch>
      caption={t('reconciliation.mismatchesTitle')}
      columns={[
        { key: 'order', header: t('reconciliation.mismatch.order'), cell: (o) => <Link to={paths.order(o.id)} className="font-medium text-indigo-700 hover:underline">{o.rowKey}</Link>, className: 'whitespace-nowrap' },
        { key: 'status', header: t('reconciliation.mismatch.status'), cell: (o) => status(o.status), className: 'whitespace-nowrap' },
        { key: 'paidAt', header: t('reconciliation.mismatch.paidAt'), cell: (o) => formatInstant(o.paidAt), className: 'whitespace-nowrap' },
        { key: 'base', header: t('reconciliation.mismatch.base'), cell: (o) => formatMoney(o.commissionBaseFen), className: numeric },
        { key: 'rate', header: t('reconciliation.mismatch.rate'), cell: (o) => formatRate(o.commissionRateBp), className: numeric },
        { key: 'expected', header: t('reconciliation.mismatch.expected'), cell: (o) => formatMoney(o.expectedFen), className: numeric },
        { key: 'reported', header: t('reconciliation.mismatch.reported'), cell: (o) => formatMoney(o.reportedFen), className: numeric },
        { key: 'difference', header: t('reconciliation.mismatch.difference'), cell: (o) => <span className="font-semibold text-red-700">{formatMoney(o.reportedFen - o.expectedFen)}</span>, className: numeric },
      ]}
      rows={mismatches.data.items}
      rowKey={(o) => o.id}
      emptyMessage={t('reconciliation.mismatch.empty')}
    />
  );
}
