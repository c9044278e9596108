import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { SortHeader, type SortOrder } from '../../../components/ui/SortHeader';
import { Table, type Column } from '../../../components/ui/Table';
import { paths } from '../../../lib/paths';
import { hostStatusTone, useRosterLabels } from '../../../lib/roster-labels';
import { useFormatInstant } from '../../../lib/time-zone';
import { useAgents } from '../agents';
import type { Host, HostSort } from '../api';
import { useJoinList } from '../../../lib/list-format';

type HostTableProps = { hosts: Host[]; sort: HostSort; order: SortOrder; onSort: (sort: HostSort, order: SortOrder) => void; filtered: boolean };

export function HostTable({ hosts, sort, order, onSort, filtered }: HostTableProps) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const label = useRosterLabels();
  const agents = useAgents();
  const formatInstant = useFormatInstant();
  const sortable = (key: HostSort, text: string) => ({
    header: <SortHeader label={text} active={sort === key} order={order} onSort={(o) => onSort(key, o)} />,
    sort: sort === key ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
  } as const);

  const columns: Column<Host>[] = [
    {
      key: 'stageName',
      ...sortable('stageName', t('hosts.fields.stageName')),
      cell: (h) => (
        <span className="inline-flex items-center gap-2">
          <Link to={paths.host(h.id)} className="font-medium text-indigo-700 hover:underline">
            {h.stageName}
          </Link>
          {h.archived && <Badge>{t('hosts.archived')}</Badge>}
        </span>
      ),
    },
    { key: 'legalName', header: t('hosts.fields.legalName'), cell: (h) => h.legalName },
    { key: 'status', header: t('hosts.fields.status'), cell: (h) => <Badge tone={hostStatusTone[h.status]}>{label.hostStatus(h.status)}</Badge> },
    { key: 'agent', header: t('hosts.fields.agent'), cell: (h) => agents.name(h.agentId) },
    { key: 'tier', header: t('hosts.fields.tier'), cell: (h) => h.tier ?? '—' },
    { key: 'categories', header: t('hosts.fields.categories'), cell: (h) => joinList(h.categories.map(label.category)) || '—' },
    { key: 'joinDate', ...sortable('joinDate', t('hosts.fields.joinDate')), cell: (h) => h.joinDate ?? '—', className: 'whitespace-nowrap' },
    { key: 'createdAt', ...sortable('createdAt', t('hosts.fields.createdAt')), cell: (h) => formatInstant(h.createdAt), className: 'whitespace-nowrap' },
  ];

  return <Table caption={t('hosts.title')} columns={columns} rows={hosts} rowKey={(h) => h.id} emptyMessage={filtered ? t('hosts.emptyFiltered') : t('hosts.empty')} />;
}
