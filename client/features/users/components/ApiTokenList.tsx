import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
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
          {(c) => <StaffPicker {...c} placeholder={t('common.all')} value={pickedId(values.userId)} onChange={(id) => update({ userId: idText(id) })} />}
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
      <ApiTokenIssueDialog open={issuing} onClose={() => setIssuing(false)} defaultUserId={values.userId} />
    </section>
  );
}
