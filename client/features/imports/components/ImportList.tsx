import { useTranslation } from 'react-i18next';
import { importStatuses, type ImportStatus } from '../../../../server/shared/api/imports';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { can } from '../../../lib/permissions';
import { useSearchState } from '../../../lib/search-state';
import { useViewer } from '../../../lib/viewer';
import { useImports } from '../api';
import { ImportResult } from './ImportResult';
import { ImportTable } from './ImportTable';
import { ImportUpload } from './ImportUpload';

/** Upload a platform file, watch it import, and look back at earlier imports. The open import is `?id=` in the URL. */
export function ImportList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { values, page, update, setPage } = useSearchState(['id', 'status'] as const);
  const status = importStatuses.includes(values.status as ImportStatus) ? values.status : '';
  const imports = useImports(page, status);

  return (
    <section className="space-y-6">
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      {can(viewer?.role, 'orders.write') && <ImportUpload onStarted={(id) => update({ id })} />}
      {values.id !== '' && <ImportResult key={values.id} id={values.id} onClose={() => update({ id: '' })} />}
      <div>
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 className="text-lg font-semibold text-slate-900">{t('imports.history')}</h2>
          <Field label={t('imports.fields.status')} className="w-40">
            {(c) => <Select {...c} options={importStatuses.map((s) => ({ value: s, label: t(`imports.status.${s}`) }))} placeholder={t('common.all')} value={status} onChange={(e) => update({ status: e.target.value })} />}
          </Field>
        </div>
        {imports.isPending ? (
          <Spinner />
        ) : imports.isError ? (
          <ErrorAlert error={imports.error} onRetry={() => void imports.refetch()} />
        ) : (
          <>
            <ImportTable imports={imports.data.items} onOpen={(id) => update({ id: String(id), page })} />
            <Pagination page={imports.data.page} pageSize={imports.data.pageSize} total={imports.data.total} onPageChange={setPage} />
          </>
        )}
      </div>
    </section>
  );
}
