import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { roleSchema } from '../../../lib/roles';
import { useSearchState } from '../../../lib/search-state';
import { useUsers } from '../api';
import { UserCreateDialog } from './UserCreateDialog';
import { UserFilters } from './UserFilters';
import { UserTable } from './UserTable';

/** Staff accounts: find, create, change role or name, reset a password, deactivate. */
export function UserList() {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useSearchState(['q', 'role'] as const);
  const role = roleSchema.safeParse(values.role).data ?? '';
  const users = useUsers({ page, q: values.q, role });
  const [creating, setCreating] = useState(false);

  return (
    <section>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('users.new')}
          </Button>
        }
      />
      <UserFilters key={values.q} q={values.q} role={role} onChange={update} />
      {users.isPending ? (
        <Spinner />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <UserTable users={users.data.items} />
          <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPageChange={setPage} />
        </>
      )}
      <UserCreateDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
