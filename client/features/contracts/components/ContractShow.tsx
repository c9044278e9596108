import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { contractStatusTone, useRosterLabels } from '../../../lib/roster-labels';
import { useFormatInstant } from '../../../lib/time-zone';
import { useViewer } from '../../../lib/viewer';
import { useContract, useHostNames, type ContractVersion } from '../api';
import { AmendmentDialog } from './AmendmentDialog';
import { ContractEditDialog } from './ContractEditDialog';
import { ContractStatusControl } from './ContractStatusControl';
import { TermsSummary } from '../../../lib/terms-summary';
import { useJoinList } from '../../../lib/list-format';

/** One contract and every version of its terms; a change of terms is an amendment from a date. */
export function ContractShow({ id }: { id: string }) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const label = useRosterLabels();
  const viewer = useViewer();
  const hosts = useHostNames();
  const formatInstant = useFormatInstant();
  const contract = useContract(id);
  const [amending, setAmending] = useState(false);
  const [editing, setEditing] = useState(false);

  if (contract.isPending) return <Spinner />;
  if (contract.isError) return <ErrorAlert error={contract.error} onRetry={() => void contract.refetch()} />;
  const c = contract.data;
  const writable = can(viewer?.role, 'contracts.write');
  const amendable = writable && (c.status === 'draft' || c.status === 'active');

  const columns: Column<ContractVersion>[] = [
    { key: 'version', header: t('contracts.fields.version'), cell: (v) => <span className="font-medium">v{v.version}{v.version === c.currentVersion && <> <Badge tone="green">{t('contracts.inForce')}</Badge></>}</span>, className: 'whitespace-nowrap' },
    { key: 'effectiveFrom', header: t('contracts.fields.effectiveFrom'), cell: (v) => v.effectiveFrom, className: 'whitespace-nowrap' },
    { key: 'terms', header: t('contracts.fields.terms'), cell: (v) => <TermsSummary terms={v.terms} /> },
    { key: 'createdAt', header: t('contracts.fields.createdAt'), cell: (v) => formatInstant(v.createdAt), className: 'whitespace-nowrap' },
  ];

  return (
    <section className="space-y-6">
      <PageHeader
        title={t('contracts.showTitle', { number: c.number })}
        actions={
          writable && (
            <>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              {amendable && <Button variant="primary" onClick={() => setAmending(true)}>{t('contracts.amend')}</Button>}
            </>
          )
        }
      />
      <DetailList
        rows={[
          [t('contracts.fields.host'), <Link to={paths.host(c.hostId, 'contracts')} className="text-indigo-700 hover:underline">{hosts.name(c.hostId)}</Link>],
          [t('contracts.fields.status'), writable ? <ContractStatusControl contract={c} /> : <Badge tone={contractStatusTone[c.status]}>{label.contractStatus(c.status)}</Badge>],
          [t('contracts.fields.period'), `${c.startDate} – ${c.endDate}`],
          [t('contracts.fields.exclusive'), c.exclusive ? t('contracts.yes') : t('contracts.no')],
          [t('contracts.fields.platforms'), joinList(c.platforms.map(label.platform)) || '—'],
          [t('contracts.fields.terms'), <TermsSummary terms={c.terms} />],
        ]}
      />
      <div>
        <h2 className="mb-3 text-base font-semibold text-slate-900">{t('contracts.versionsTitle')}</h2>
        <Table caption={t('contracts.versionsTitle')} columns={columns} rows={c.versions} rowKey={(v) => v.version} emptyMessage="—" />
      </div>
      <AmendmentDialog contract={amending ? c : null} onClose={() => setAmending(false)} />
      <ContractEditDialog contract={editing ? c : null} onClose={() => setEditing(false)} />
    </section>
  );
}
