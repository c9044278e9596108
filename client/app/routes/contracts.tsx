import { useParams, useSearchParams } from 'react-router';
import { ContractCreate } from '../../features/contracts/components/ContractCreate';
import { ContractList } from '../../features/contracts/components/ContractList';
import { ContractShow } from '../../features/contracts/components/ContractShow';
import { paths } from '../../lib/paths';
import { RequirePermission } from './RequirePermission';

export function ContractsRoute() {
  return (
    <RequirePermission permission="contracts.read">
      <ContractList />
    </RequirePermission>
  );
}

/** Opened from a host's contracts tab (?hostId=), a new contract returns there once saved. */
export function ContractNewRoute() {
  const [searchParams] = useSearchParams();
  const hostId = searchParams.get('hostId') ?? '';
  return (
    <RequirePermission permission="contracts.write">
      <ContractCreate hostId={hostId} returnTo={hostId ? paths.host(hostId, 'contracts') : null} />
    </RequirePermission>
  );
}

export function ContractShowRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="contracts.read">
      <ContractShow key={id} id={id} />
    </RequirePermission>
  );
}
