import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { Tabs, type TabItem } from '../../../components/ui/Tabs';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { hostStatusTone, useRosterLabels } from '../../../lib/roster-labels';
import { useViewer } from '../../../lib/viewer';
import { useHost } from '../api';
import { HostAccounts } from './HostAccounts';
import { HostArchiveDialog } from './HostArchiveDialog';
import { HostCompliance } from './HostCompliance';
import { HostProfile } from './HostProfile';

type Tab = 'profile' | 'accounts' | 'contracts' | 'statements' | 'whatIf' | 'performance' | 'compliance';
type HostShowProps = {
  id: string;
  /** The host's contracts, from the contracts feature; null for a role that may not read contracts. */
  contracts: ReactNode | null;
  /** The host's statements, from the settlement feature; null for a role that may not read statements. */
  statements: ReactNode | null;
  /** The contract what-if over the host's closed periods, from the settlement feature; null for a role that may not try terms. */
  whatIf: ReactNode | null;
  /** The host's qualifications, from the compliance feature. */
  qualifications: ReactNode;
  /** The host's performance (sessions, hours, GMV per hour, refund rate, statements), from the reports feature; null when the role may not read it. */
  performance: ReactNode | null;
};

/** One host: profile, platform accounts, contracts, statements, the contract what-if and compliance, one tab each (the tab is in the URL). */
export function HostShow({ id, contracts, statements, whatIf, qualifications, performance }: HostShowProps) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const viewer = useViewer();
  const host = useHost(id);
  const [searchParams, setSearchParams] = useSearchParams();
  const [archiving, setArchiving] = useState(false);

  if (host.isPending) return <Spinner />;
  if (host.isError) return <ErrorAlert error={host.error} onRetry={() => void host.refetch()} />;
  const h = host.data;
  const writable = can(viewer?.role, 'hosts.write');

  const tabs: TabItem<Tab>[] = [
    { key: 'profile', label: t('hosts.tabs.profile'), panel: () => <HostProfile host={h} /> },
    { key: 'accounts', label: t('hosts.tabs.accounts'), panel: () => <HostAccounts hostId={h.id} canWrite={writable && !h.archived} /> },
    ...(contracts === null ? [] : [{ key: 'contracts' as const, label: t('hosts.tabs.contracts'), panel: () => contracts }]),
    ...(statements === null ? [] : [{ key: 'statements' as const, label: t('hosts.tabs.statements'), panel: () => statements }]),
    ...(whatIf === null ? [] : [{ key: 'whatIf' as const, label: t('whatIf.tab'), panel: () => whatIf }]),
    ...(performance === null ? [] : [{ key: 'performance' as const, label: t('reports.performance.tab'), panel: () => performance }]),
    { key: 'compliance', label: t('hosts.tabs.compliance'), panel: () => <HostCompliance host={h} qualifications={qualifications} /> },
  ];
  const selected = (tabs.find((tab) => tab.key === searchParams.get('tab'))?.key ?? 'profile') as Tab;

  return (
    <section>
      <PageHeader
        title={h.stageName}
        description={h.legalName}
        actions={
          writable &&
          !h.archived && (
            <>
              <ButtonLink to={paths.hostEdit(h.id)}>{t('common.edit')}</ButtonLink>
              <Button variant="danger" onClick={() => setArchiving(true)}>
                {t('hosts.archive')}
              </Button>
            </>
          )
        }
      />
      <div className="mb-4 flex gap-2">
        <Badge tone={hostStatusTone[h.status]}>{label.hostStatus(h.status)}</Badge>
        {h.archived && <Badge tone="neutral">{t('hosts.archived')}</Badge>}
      </div>
      {h.archived && <div className="mb-4"><Alert tone="warning">{t('hosts.archivedNotice')}</Alert></div>}
      <Tabs label={t('hosts.tabs.label')} tabs={tabs} selected={selected} onSelect={(tab) => setSearchParams({ tab }, { replace: true })} />
      <HostArchiveDialog host={archiving ? h : null} onClose={() => setArchiving(false)} />
    </section>
  );
}
