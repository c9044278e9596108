import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { Table, type Column } from '../../../components/ui/Table';
import { paths } from '../../../lib/paths';
import { contractStatusTone, useRosterLabels } from '../../../lib/roster-labels';
import { useHostNames, type Contract } from '../api';
import { TermsSummary } from '../../../lib/terms-summary';

export function ContractTable({ contracts, showHost = true, emptyMessage }: { contracts: Contract[]; showHost?: boolean; emptyMessage: string }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const hosts = useHostNames();
  const columns: Column<Contract>[] = [
    {
      key: 'number',
      header: t('contracts.fields.number'),
      cell: (c) => (
        <Link to={paths.contract(c.id)} className="font-medium text-indigo-700 hover:underline">
          {c.number}
        </Link>
      ),
      className: 'whitespace-nowrap',
    },
    ...(showHost
      ? [{ key: 'host', header: t('contracts.fields.host'), cell: (c: Contract) => <Link to={paths.host(c.hostId, 'contracts')} className="hover:underline">{hosts.name(c.hostId)}</Link>, className: 'whitespace-nowrap' }]
      : []),
    { key: 'status', header: t('contracts.fields.status'), cell: (c) => <Badge tone={contractStatusTone[c.status]}>{label.contractStatus(c.status)}</Badge>, className: 'whitespace-nowrap' },
    { key: 'period', header: t('contracts.fields.period'), cell: (c) => `${c.startDate} – ${c.endDate}`, className: 'whitespace-nowrap' },
    { key: 'terms', header: t('contracts.fields.terms'), cell: (c) => <TermsSummary terms={c.terms} /> },
    { key: 'version', header: t('contracts.fields.version'), cell: (c) => `v${c.currentVersion}`, className: 'text-right' },
  ];
  return <Table caption={t('contracts.title')} columns={columns} rows={contracts} rowKey={(c) => c.id} emptyMessage={emptyMessage} />;
}
