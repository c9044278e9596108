import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
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
  const { values, page, update, setPage } = useSearchState(['id'] as const);
  const imports = useImports(page);

  return (
    <section className="space-y-6">
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      {can(viewer?.role, 'orders.write') && <ImportUpload onStarted={(id) => update({ id })} />}
      {values.id !== '' && <ImportResult key={values.id} id={values.id} onClose={() => update({ id: '' })} />}
      <div>
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('imports.history')}</h2>
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
