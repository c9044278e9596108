import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { useStaffDirectory } from '../../../lib/staff';
import { useFormatInstant } from '../../../lib/time-zone';
import { isRunning, useImport, type Import } from '../api';
import { useFormatLabel } from './format-label';
import { ImportProgress } from './ImportProgress';
import { RejectedRows } from './RejectedRows';
import { importStatusTone } from './status-tone';

/** One import: its progress while it runs, then what it did to the orders and which rows it refused. */
export function ImportResult({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const formatLabel = useFormatLabel();
  const imp = useImport(id);

  return (
    <section aria-labelledby="import-result-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="import-result-title" className="text-lg font-semibold text-slate-900">
            {imp.data ? imp.data.fileName : t('imports.resultTitle')}
          </h2>
          {imp.data && (
            <p className="mt-1 flex items-center gap-2 text-sm text-slate-600">
              <Badge tone={importStatusTone[imp.data.status]}>{t(`imports.status.${imp.data.status}`)}</Badge>
              {formatLabel(imp.data.format)}
            </p>
          )}
        </div>
        <Button size="sm" onClick={onClose}>{t('common.close')}</Button>
      </div>
      {imp.isPending ? (
        <Spinner />
      ) : imp.isError ? (
        <ErrorAlert error={imp.error} onRetry={() => void imp.refetch()} />
      ) : (
        <ImportOutcome imp={imp.data} />
      )}
    </section>
  );
}

function ImportOutcome({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const formatInstant = useFormatInstant();
  const uploader = imp.createdBy === null ? null : (staff.find(imp.createdBy)?.name ?? `#${imp.createdBy}`);
  const counts = [
    ['rowsRead', imp.rowsRead], ['inserted', imp.inserted], ['updated', imp.updated], ['unchanged', imp.unchanged], ['rejected', imp.rejected],
  ] as const;
  return (
    <>
      <ImportProgress status={imp.status} progress={imp.progress} />
      {imp.status === 'failed' && (
        <Alert tone="error" title={t('imports.failedTitle')}>
          <p>{imp.message ?? t('errors.unknown')}</p>
          {/* Rows are written in batches: what was written before the failure stays, and importing again is safe. */}
          {imp.inserted + imp.updated > 0 && <p className="mt-1">{t('imports.failedPartial', { count: imp.inserted + imp.updated })}</p>}
        </Alert>
      )}
      {!isRunning(imp.status) && (
        <dl aria-label={t('imports.summary')} className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {counts.map(([key, value]) => (
            <div key={key} className="rounded-md bg-slate-50 px-4 py-3">
              <dt className="text-xs font-medium text-slate-500">{t(`imports.counts.${key}`)}</dt>
              <dd className={key === 'rejected' && value > 0 ? 'text-xl font-semibold text-red-700' : 'text-xl font-semibold text-slate-900'}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {imp.attribution && imp.status === 'succeeded' && imp.inserted + imp.updated === 0 && imp.unchanged > 0 && (
        <Alert tone="info">{t('imports.attribution.nothingWritten', { count: imp.unchanged })}</Alert>
      )}
      {imp.attribution && imp.inserted + imp.updated > 0 && (
        <dl aria-label={t('imports.attribution.title')} className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {([['toSession', 'text-slate-900'], ['toHostOnly', 'text-slate-900'], ['leftUnmatched', imp.attribution.leftUnmatched > 0 ? 'text-amber-700' : 'text-slate-900']] as const).map(([key, tone]) => (
            <div key={key} className="rounded-md border border-slate-200 px-4 py-3">
              <dt className="text-xs font-medium text-slate-500">{t(`imports.attribution.${key}`)}</dt>
              <dd className={`text-xl font-semibold ${tone}`}>{imp.attribution?.[key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {uploader && <p className="text-sm text-slate-600" data-testid="import-uploader">{t('imports.uploadedBy', { name: uploader, at: formatInstant(imp.createdAt) })}</p>}
      {imp.status === 'succeeded' && imp.message && <Alert tone="info">{imp.message}</Alert>}
      {imp.errors.length > 0 && <RejectedRows imp={imp} />}
    </>
  );
}
