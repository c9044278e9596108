import { formatInstant } from '../../domain/zones';
import type { AppDeps } from '../../deps';
import { currentSettings } from '../settings/settings.service';
import { listAudit, type AuditFilter } from './audit.repo';

/** The audit log, newest first, its instants in the agency time zone. */
export function searchAudit(deps: AppDeps, query: AuditFilter & { page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  const { timezone } = currentSettings(deps);
  const { items, total } = listAudit(deps.db, filter, page, pageSize);
  return { items: items.map((e) => ({ ...e, at: formatInstant(e.at, timezone) })), total, page, pageSize };
}
