import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { auditEntry, auditQuery } from '../../shared/api/audit';
import { pageOf } from '../../shared/schemas';
import { searchAudit } from './audit.service';

export function auditRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/audit-log', tag: 'audit', access: 'audit.read',
      summary: 'Browse the audit log, newest first',
      query: auditQuery, response: pageOf(auditEntry),
      handler: ({ query }) => searchAudit(deps, query),
    }),
  ];
}
