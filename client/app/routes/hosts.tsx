import { useParams } from 'react-router';
import { HostContracts } from '../../features/contracts/components/HostContracts';
import { QualificationList } from '../../features/compliance/components/QualificationList';
import { useCurrentUser } from '../../features/auth/api';
import { HostCreate } from '../../features/hosts/components/HostCreate';
import { HostEdit } from '../../features/hosts/components/HostEdit';
import { HostList } from '../../features/hosts/components/HostList';
import { HostShow } from '../../features/hosts/components/HostShow';
import { HostPerformance } from '../../features/reports/components/HostPerformance';
import { HostStatements } from '../../features/settlement/components/HostStatements';
import { WhatIfPanel } from '../../features/settlement/components/WhatIfPanel';
import { can } from '../../lib/permissions';
import { RequirePermission } from './RequirePermission';

export function HostsRoute() {
  return <HostList />;
}

export function HostNewRoute() {
  return (
    <RequirePermission permission="hosts.write">
      <HostCreate />
    </RequirePermission>
  );
}

export function HostEditRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="hosts.write">
      <HostEdit key={id} id={id} />
    </RequirePermission>
  );
}

/**
 * The host page is composed here: its contracts, statements and qualifications come from their own features;
 * the what-if (contracts.read: a manager for own hosts, admin, finance) from the settlement feature.
 */
export function HostShowRoute() {
  const { id = '' } = useParams();
  const role = useCurrentUser().data?.role;
  const hostId = Number(id);
  return (
    <HostShow
      key={id}
      id={id}
      contracts={can(role, 'contracts.read') ? <HostContracts hostId={hostId} /> : null}
      statements={can(role, 'statements.read') ? <HostStatements hostId={hostId} /> : null}
      whatIf={can(role, 'contracts.read') ? <WhatIfPanel hostId={hostId} /> : null}
      performance={can(role, 'reports.read') && Number.isInteger(hostId) ? <HostPerformance hostId={hostId} /> : null}
      qualifications={<QualificationList hostId={hostId} canWrite={can(role, 'hosts.write')} />}
    />
  );
}

