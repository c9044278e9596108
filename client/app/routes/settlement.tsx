import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/api';
import { CostList } from '../../features/costs/components/CostList';
import { useSettings } from '../../features/settings/api';
import { PeriodList } from '../../features/settlement/components/PeriodList';
import { SettlementPage } from '../../features/settlement/components/SettlementPage';
import { StatementPrint } from '../../features/settlement/components/StatementPrint';
import { StatementShow } from '../../features/settlement/components/StatementShow';
import { can } from '../../lib/permissions';
import { RequirePermission } from './RequirePermission';

// Statements, costs and periods are read by admin, manager (own hosts' statements), finance and viewer
// (SPEC 11); only admin and finance run, adjust, approve, pay, record costs and close periods.

export function SettlementRoute() {
  const role = useCurrentUser().data?.role;
  return (
    <RequirePermission permission="statements.read">
      <SettlementPage canRun={can(role, 'statements.write')} canReadRuns={can(role, 'settlements.read')} />
    </RequirePermission>
  );
}

export function StatementShowRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="statements.read">
      <StatementShow key={id} id={id} />
    </RequirePermission>
  );
}

/** The printable statement carries the agency's name from the settings feature. */
export function StatementPrintRoute() {
  const { id = '' } = useParams();
  const settings = useSettings();
  return (
    <RequirePermission permission="statements.read">
      <StatementPrint key={id} id={id} agencyName={settings.data?.agencyName ?? ''} />
    </RequirePermission>
  );
}

export function CostsRoute() {
  const role = useCurrentUser().data?.role;
  return (
    <RequirePermission permission="costs.read">
      <CostList canWrite={can(role, 'costs.write')} />
    </RequirePermission>
  );
}

export function PeriodsRoute() {
  const role = useCurrentUser().data?.role;
  return (
    <RequirePermission permission="periods.read">
      <PeriodList canClose={can(role, 'periods.write')} />
    </RequirePermission>
  );
}
