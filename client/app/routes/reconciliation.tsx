import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/api';
import { AccountPeriodShow } from '../../features/reconciliation/components/AccountPeriodShow';
import { ReconciliationPage } from '../../features/reconciliation/components/ReconciliationPage';
import { can } from '../../lib/permissions';
import { isApiPeriod } from '../../lib/period';
import { NotFoundRoute } from './not-found';
import { RequirePermission } from './RequirePermission';

// Reconciliation is read by admin, manager, finance and viewer; only admin and finance enter payouts and mark (SPEC 11).
// Its pit fees show to who reads deals (not the viewer), and open the deal's form for who may change deals.

export function ReconciliationRoute() {
  const role = useCurrentUser().data?.role;
  return (
    <RequirePermission permission="reconciliation.read">
      <ReconciliationPage canWrite={can(role, 'reconciliation.write')} canReadDeals={can(role, 'brands.read')} canEditDeals={can(role, 'brands.write')} />
    </RequirePermission>
  );
}

export function AccountPeriodRoute() {
  const { period = '', accountId = '' } = useParams();
  const role = useCurrentUser().data?.role;
  const id = Number(accountId);
  if (!isApiPeriod(period) || !Number.isInteger(id) || id <= 0) return <NotFoundRoute />;
  return (
    <RequirePermission permission="reconciliation.read">
      <AccountPeriodShow key={`${period}/${id}`} period={period} accountId={id} canWrite={can(role, 'reconciliation.write')} />
    </RequirePermission>
  );
}
