import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { SortHeader, type SortOrder } from '../../../components/ui/SortHeader';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { ReconciliationItem } from '../api';
import { useAccountLabel } from '../labels';
import { countKeys, moneyKeys, sortItems, totalsOf, type CountKey, type MoneyKey, type SortKey } from '../table-logic';

type Props = {
  period: string;
  items: ReconciliationItem[];
  hostName: (id: number) => string;
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey, order: SortOrder) => void;
};

const numeric = 'text-right tabular-nums whitespace-nowrap';
const money = (fen: number | null) => (fen === null ? '—' : formatMoney(fen));

/** A warning count (mismatches, settled without host) stands out only when it is not zero. */
function Count({ value, warn }: { value: number; warn?: boolean }) {
  return warn && value > 0 ? <span className="font-semibold text-red-700">{value}</span> : <>{value}</>;
}

/** One row per platform account of the period, every column sortable, totals at the foot; the account opens its detail. */
export function ReconciliationTable({ period, items, hostName, sort, order, onSort }: Props) {
  const { t } = useTranslation();
  const platformLabel = useAccountLabel();
  const header = (key: SortKey): Pick<Column<ReconciliationItem>, 'header' | 'sort'> => ({
    header: <SortHeader label={t(`reconciliation.columns.${key}`)} active={sort === key} order={order} onSort={(o) => onSort(key, o)} />,
    sort: sort === key ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
  });
  const countColumn = (key: CountKey): Column<ReconciliationItem> => ({
    key, ...header(key), className: numeric,
    cell: (i) => (key === 'commissionMismatches' && i.commissionMismatches > 0
      ? <Link to={paths.reconciliationAccount(period, i.accountId)} className="font-semibold text-red-700 hover:underline" aria-label={t('reconciliation.mismatchesOf', { count: i.commissionMismatches, account: i.handle ?? `#${i.accountId}` })}>{i.commissionMismatches}</Link>
      : <Count value={i[key]} warn={key === 'settledWithoutHost'} />),
  });
  const moneyColumn = (key: MoneyKey): Column<ReconciliationItem> => ({
    key, ...header(key), className: numeric,
    cell: (i) => (key === 'differenceFen' && i.differenceFen !== null && i.differenceFen !== 0 ? <span className="text-red-700">{money(i.differenceFen)}</span> : money(i[key])),
  });
  const columns: Column<ReconciliationItem>[] = [
    { key: 'platform', ...header('platform'), cell: (i) => <span className="whitespace-nowrap">{platformLabel(i.platform)}</span> },
    {
      key: 'handle', ...header('handle'),
      cell: (i) => <Link to={paths.reconciliationAccount(period, i.accountId)} className="font-medium whitespace-nowrap text-indigo-700 hover:underline">{i.handle ?? `#${i.accountId}`}</Link>,
    },
    { key: 'host', ...header('host'), cell: (i) => (i.hostId > 0 ? <Link to={paths.host(i.hostId)} className="whitespace-nowrap hover:underline">{hostName(i.hostId)}</Link> : '—') },
    ...countKeys.slice(0, 2).map(countColumn),
    ...moneyKeys.map(moneyColumn),
    ...countKeys.slice(2).map(countColumn),
    {
      key: 'reconciled', ...header('reconciled'), className: 'whitespace-nowrap',
      cell: (i) => <Badge tone={i.reconciled ? 'green' : 'amber'}>{t(i.reconciled ? 'reconciliation.reconciled' : 'reconciliation.notReconciled')}</Badge>,
    },
  ];
  const totals = totalsOf(items);
  const footer: Record<string, ReactNode> = { platform: t('reconciliation.totals'), reconciled: t('reconciliation.reconciledOf', { count: totals.reconciled, total: items.length }) };
  for (const key of countKeys) footer[key] = totals[key];
  for (const key of moneyKeys) footer[key] = money(totals[key]);
  return (
    <Table
      caption={t('reconciliation.tableCaption', { period })}
      columns={columns}
      rows={sortItems(items, sort, order, hostName)}
      rowKey={(i) => i.accountId}
      emptyMessage={t('reconciliation.empty', { period })}
      footer={footer}
      dense
    />
  );
}
