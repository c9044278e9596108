import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { useViewer } from '../../../lib/viewer';
import { useContracts } from '../api';
import { ContractTable } from './ContractTable';

/** One host's contracts, for the host page's contracts tab. */
export function HostContracts({ hostId }: { hostId: number }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const contracts = useContracts({ page: 1, hostId, pageSize: 200 });
  return (
    <div>
      {can(viewer?.role, 'contracts.write') && (
        <div className="mb-3 flex justify-end">
          <ButtonLink variant="primary" to={paths.contractNew(hostId)}>
            {t('contracts.new')}
          </ButtonLink>
        </div>
      )}
      {contracts.isPending ? (
        <Spinner />
      ) : contracts.isError ? (
        <ErrorAlert error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : (
        <ContractTable contracts={contracts.data.items} showHost={false} emptyMessage={t('contracts.emptyForHost')} />
      )}
    </div>
  );
}
