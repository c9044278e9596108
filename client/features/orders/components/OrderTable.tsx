import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useFormatInstant } from '../../../lib/time-zone';
import { formatRate } from '../../../lib/units';
import type { Order } from '../api';
import { orderStatusTone, useOrderLabels } from '../labels';
import { useHostNames } from '../lookups-api';
import { useJoinList } from '../../../lib/list-format';

type OrderTableProps = { orders: Order[]; emptyMessage: string };

const money = 'text-right whitespace-nowrap tabular-nums';

export function OrderTable({ orders, emptyMessage }: OrderTableProps) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const labels = useOrderLabels();
  const formatInstant = useFormatInstant();
  const hostName = useHostNames(orders.flatMap((o) => o.hosts.map((h) => h.hostId)));

  const columns: Column<Order>[] = [
    { key: 'platform', header: t('orders.fields.platform'), cell: (o) => labels.platform(o.platform), className: 'whitespace-nowrap' },
    {
      key: 'rowKey', header: t('orders.fields.rowKey'),
      cell: (o) => <Link to={paths.order(o.id)} className="font-mono text-indigo-700 hover:underline">{o.rowKey}</Link>,
    },
    { key: 'status', header: t('orders.fields.status'), cell: (o) => <Badge tone={orderStatusTone[o.status]}>{labels.status(o.status)}</Badge> },
    { key: 'gmv', header: t('orders.fields.gmv'), cell: (o) => formatMoney(o.gmvFen), className: money },
    { key: 'rate', header: t('orders.fields.rate'), cell: (o) => formatRate(o.commissionRateBp), className: money },
    { key: 'estimated', header: t('orders.fields.estimated'), cell: (o) => formatMoney(o.estimatedCommissionFen), className: money },
    { key: 'settled', header: t('orders.fields.settled'), cell: (o) => formatMoney(o.settledCommissionFen), className: money },
    { key: 'paidAt', header: t('orders.fields.paidAt'), cell: (o) => formatInstant(o.paidAt), className: 'whitespace-nowrap' },
    {
      key: 'hosts', header: t('orders.fields.hosts'),
      cell: (o) =>
        o.accountId === null ? (
          <span className="inline-flex flex-col items-start gap-0.5">
            <Badge tone="amber">{t('orders.unmatched')}</Badge>
            <span className="font-mono text-xs text-slate-500">{o.accountIdentifiers.join(', ')}</span>
          </span>
        ) : (
          joinList(o.hosts.map((h) => hostName(h.hostId))) || '—'
        ),
    },
  ];

  return <Table caption={t('orders.title')} columns={columns} rows={orders} rowKey={(o) => o.id} emptyMessage={emptyMessage} />;
}
