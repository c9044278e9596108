import { ReportsPage } from '../../features/reports/components/ReportsPage';
import { RequirePermission } from './RequirePermission';

// Reports are read by admin, manager, finance and viewer (SPEC 11: the viewer's "dashboards and reports").

export function ReportsRoute() {
  return (
    <RequirePermission permission="reports.read">
      <ReportsPage />
    </RequirePermission>
  );
}
