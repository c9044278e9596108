import { AuditLogList } from '../../features/audit-log/components/AuditLogList';
import { AdminOnly } from './AdminOnly';

export function AuditLogRoute() {
  return (
    <AdminOnly>
      <AuditLogList />
    </AdminOnly>
  );
}
