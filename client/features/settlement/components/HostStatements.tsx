import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { useStatements } from '../api';
import { StatementTable } from './StatementTable';

/** One host's statements, newest period first, for the host page's statements tab. */
export function HostStatements({ hostId }: { hostId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const statements = useStatements({ page, hostId });
  if (statements.isPending) return <Spinner />;
  if (statements.isError) return <ErrorAlert error={statements.error} onRetry={() => void statements.refetch()} />;
  return (
    <div>
      <StatementTable byPeriod statements={statements.data.items} emptyMessage={t('settlement.emptyForHost')} />
      {statements.data.total > statements.data.pageSize && (
        <Pagination page={statements.data.page} pageSize={statements.data.pageSize} total={statements.data.total} onPageChange={setPage} />
      )}
    </div>
  );
}
