import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { useSearchState } from '../../../lib/search-state';
import { useAllUsers } from '../api';
import { useTokens } from '../tokens-api';
import { ApiTokenIssueDialog } from './ApiTokenIssueDialog';
import { ApiTokenTable } from './ApiTokenTable';

/** Personal API tokens that scripts use (SPEC 10): issue one for a user, see when it was last used, revoke it. */
export function ApiTokenList() {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useSearchState(['userId'] as const);
  const tokens = useTokens({ page, userId: values.userId });
  const users = useAllUsers();
  const userOptions = (users.data?.items ?? []).map((u) => ({ value: String(u.id), label: `${u.name} <${u.email}>` }));
  const [issuing, setIssuing] = useState(false);

  return (
    <section>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        actions={
          <Button variant="primary" onClick={() => setIssuing(true)}>
            {t('tokens.issue')}
          </Button>
        }
      />
      <div className="mb-4 w-80">
        <Field label={t('tokens.filterByUser')}>
          {(c) => <Select {...c} options={userOptions} placeholder={t('common.all')} value={values.userId} onChange={(e) => update({ userId: e.target.value })} />}
        </Field>
      </div>
      {tokens.isPending ? (
        <Spinner />
      ) : tokens.isError ? (
        <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <>
          <ApiTokenTable tokens={tokens.data.items} users={users.data?.items ?? []} />
          <Pagination page={tokens.data.page} pageSize={tokens.data.pageSize} total={tokens.data.total} onPageChange={setPage} />
        </>
      )}
      <ApiTokenIssueDialog open={issuing} onClose={() => setIssuing(false)} users={users.data?.items ?? []} defaultUserId={values.userId} />
    </section>
  );
}
