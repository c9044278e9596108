import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useQualifications, type Qualification } from '../api';
import { QualificationCreateDialog } from './QualificationCreateDialog';

/** A host's certificates for regulated categories (medical, finance, law, education). */
export function QualificationList({ hostId, canWrite }: { hostId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const list = useQualifications(hostId);
  const [adding, setAdding] = useState(false);

  const columns: Column<Qualification>[] = [
    { key: 'category', header: t('compliance.fields.category'), cell: (q) => label.category(q.category) },
    { key: 'certificateNumber', header: t('compliance.fields.certificateNumber'), cell: (q) => <span className="font-mono">{q.certificateNumber}</span> },
    { key: 'expiresOn', header: t('compliance.fields.expiresOn'), cell: (q) => q.expiresOn, className: 'whitespace-nowrap' },
    { key: 'valid', header: t('compliance.fields.valid'), cell: (q) => <Badge tone={q.valid ? 'green' : 'red'}>{q.valid ? t('compliance.valid') : t('compliance.expired')}</Badge> },
  ];

  return (
    <section aria-labelledby="qualifications-title">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="qualifications-title" className="text-base font-semibold text-slate-900">{t('compliance.qualificationsTitle')}</h2>
        {canWrite && <Button onClick={() => setAdding(true)}>{t('compliance.addQualification')}</Button>}
      </div>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table caption={t('compliance.qualificationsTitle')} columns={columns} rows={list.data.items} rowKey={(q) => q.id} emptyMessage={t('compliance.noQualifications')} />
      )}
      <QualificationCreateDialog hostId={hostId} open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}
