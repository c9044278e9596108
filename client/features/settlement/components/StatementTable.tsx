import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useStaffDirectory } from '../../../lib/staff';
import type { StatementListItem } from '../api';
import { statementStatusTone, useStatementLabels } from '../labels';

type MoneyKey = 'commissionFen' | 'pitFeesFen' | 'costsFen' | 'baseFen' | 'payableFen' | 'taxFen' | 'netFen';
const moneyColumns: { key: MoneyKey; label: 'commission' | 'pitFees' | 'costs' | 'base' | 'payable' | 'tax' | 'net' }[] = [
  { key: 'commissionFen', label: 'commission' }, { key: 'pitFeesFen', label: 'pitFees' }, { key: 'costsFen', label: 'costs' },
  { key: 'baseFen', label: 'base' }, { key: 'payableFen', label: 'payable' }, { key: 'taxFen', label: 'tax' }, { key: 'netFen', label: 'net' },
];

type Props = { statements: StatementListItem[]; emptyMessage: string; /** On a host's page the period names the row, not the host. */ byPeriod?: boolean };

/** Statements with their money, each linked to its page; amounts in yuan, right-aligned. */
export function StatementTable({ statements, emptyMessage, byPeriod = false }: Props) {
  const { t } = useTranslation();
  const label = useStatementLabels();
  const staff = useStaffDirectory();
  const agentName = (id: number | null) => (id === null ? '—' : (staff.find(id)?.name ?? `#${id}`));
  const first: Column<StatementListItem>[] = byPeriod
    ? [{ key: 'period', header: t('settlement.fields.period'), cell: (s) => <Link to={paths.statement(s.id)} className="font-medium text-indigo-700 hover:underline">{s.period}</Link> }]
    : [
        { key: 'host', header: t('settlement.fields.host'), cell: (s) => <Link to={paths.statement(s.id)} className="font-medium text-indigo-700 hover:underline">{s.stageName ?? `#${s.hostId}`}</Link>, className: 'whitespace-nowrap' },
        { key: 'agent', header: t('settlement.fields.agent'), cell: (s) => agentName(s.agentId), className: 'whitespace-nowrap' },
      ];
  const columns: Column<StatementListItem>[] = [
    ...first,
    { key: 'status', header: t('settlement.fields.status'), cell: (s) => <Badge tone={statementStatusTone[s.status]}>{label.status(s.status)}</Badge> },
    ...moneyColumns.map(({ key, label: name }): Column<StatementListItem> => ({
      key, header: t(`settlement.lines.${name}`), cell: (s) => formatMoney(s[key]),
      className: key === 'netFen' ? 'text-right font-semibold tabular-nums whitespace-nowrap' : 'text-right tabular-nums whitespace-nowrap',
    })),
  ];
  return <Table caption={t('settlement.statementsTitle')} columns={columns} rows={statements} rowKey={(s) => s.id} emptyMessage={emptyMessage} />;
}
