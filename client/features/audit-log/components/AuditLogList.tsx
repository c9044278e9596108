import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { addDays, startOfLocalDay } from '../../../lib/format';
import { useSearchState } from '../../../lib/search-state';
import { useTimeZone } from '../../../lib/time-zone';
import { useAuditLog } from '../api';
import { AuditLogFilters, FILTER_KEYS } from './AuditLogFilters';
import { AuditLogTable } from './AuditLogTable';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Who changed what, and when: read-only, newest first, filtered through the URL. */
export function AuditLogList() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { values, page, update, setPage } = useSearchState(FILTER_KEYS);
  const { from, to, ...rest } = values;
  // Dates are agency-local days; the range covers `to` whole, up to the start of the next day.
  const entries = useAuditLog({
    page,
    ...rest,
    from: DATE.test(from) ? startOfLocalDay(from, timeZone) : undefined,
    to: DATE.test(to) ? startOfLocalDay(addDays(to, 1), timeZone) : undefined,
  });

  return (
    <section>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <AuditLogFilters key={JSON.stringify(values)} values={values} onApply={update} />
      {entries.isPending ? (
        <Spinner />
      ) : entries.isError ? (
        <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <>
          <AuditLogTable entries={entries.data.items} />
          <Pagination page={entries.data.page} pageSize={entries.data.pageSize} total={entries.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
