import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortHeader, type SortOrder } from '../../../components/ui/SortHeader';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths, withQuery } from '../../../lib/paths';
import { useRosterLabels, type Platform } from '../../../lib/roster-labels';
import type { ReportRow, ReportView } from '../api';
import { countKeys, moneyKeys, sortRows, type SortKey } from '../table-logic';

type Props = { report: ReportView; sort: SortKey; order: SortOrder; onSort: (sort: SortKey, order: SortOrder) => void };

const numeric = 'text-right tabular-nums whitespace-nowrap';
const money = (fen: number | null) => (fen === null ? '—' : formatMoney(fen));

/** The orders behind a row: its filter, paid within the report's dates (as the report counts them). */
const ordersLink = (report: ReportView, row: ReportRow) => paths.ordersOf({ ...row.link, from: report.from, to: report.to });

/** Where a row's name leads: the host's performance, the brand's deals, the agent's hosts, or the row's orders. */
function nameLink(report: ReportView, row: ReportRow): string {
  if (report.by === 'host') return paths.host(row.key, 'performance');
  if (report.by === 'brand') return withQuery(paths.deals, { brandId: row.key });
  if (report.by === 'agent') return withQuery(paths.hosts, { agentId: row.link.agentId });
  return ordersLink(report, row);
}

/** One row per host, platform, session, brand or agent; every column sorts; totals at the foot. */
export function ReportTable({ report, sort, order, onSort }: Props) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const withPayouts = report.totals.payableFen !== null;
  const header = (key: SortKey, text: string): Pick<Column<ReportRow>, 'header' | 'sort'> => ({
    header: <SortHeader label={text} active={sort === key} order={order} onSort={(o) => onSort(key, o)} />,
    sort: sort === key ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
  });
  const name = (r: ReportRow) => (report.by === 'platform' ? label.platform(r.key as Platform) : r.label || t('reports.none'));
  const columns: Column<ReportRow>[] = [
    {
      key: 'label', ...header('label', t(`reports.by.${report.by}`)),
      cell: (r) => (Object.keys(r.link).length === 0 ? <span className="text-slate-500">{name(r)}</span>
        : <Link to={nameLink(report, r)} className="font-medium whitespace-nowrap text-indigo-700 hover:underline">{name(r)}</Link>),
    },
    ...countKeys.map((key) => ({ key, ...header(key, t(`reports.columns.${key}`)), className: numeric, cell: (r: ReportRow) => r[key] })),
    ...moneyKeys.filter((key) => withPayouts || (key !== 'payableFen' && key !== 'netFen')).map((key) => ({
      key, ...header(key, t(`reports.columns.${key}`)), className: numeric,
      cell: (r: ReportRow) => (key === 'gmvFen' && Object.keys(r.link).length > 0 && report.by !== 'agent' && report.by !== 'brand'
        ? <Link to={ordersLink(report, r)} className="hover:underline">{money(r[key])}</Link> : money(r[key])),
    })),
  ];
  const footer: Record<string, ReactNode> = { label: t('reports.totals') };
  for (const key of countKeys) footer[key] = report.totals[key];
  for (const key of moneyKeys) footer[key] = money(report.totals[key]);
  return (
    <Table
      caption={t('reports.caption', { by: t(`reports.by.${report.by}`), from: report.from, to: report.to })}
      columns={columns}
      rows={sortRows(report.rows, sort, order)}
      rowKey={(r) => r.key}
      emptyMessage={t('reports.empty')}
      footer={footer}
      dense
    />
  );
}
