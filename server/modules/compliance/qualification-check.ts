import type { Db } from '../../db/client';
import { localDateOf } from '../../domain/zones';
import { isRegulated, unqualifiedHosts } from '../../domain/qualification';
import { joinTexts, text } from '../../domain/text';
import type { Category } from '../../domain/roster';
import { AppError } from '../../errors';
import { qualifiedHostsOf } from './compliance.repo';

export interface SessionToSell { sessionId: number; startsAt: Date; hostIds: readonly number[]; path: (string | number)[] }

/** 422 naming every host who would sell a regulated category without a valid qualification that day. */
export function checkQualifications(db: Db, categories: readonly (Category | null)[], sessions: readonly SessionToSell[], timezone: string): void {
  const regulated = [...new Set(categories.filter(isRegulated))];
  if (regulated.length === 0) return;
  const details = sessions.flatMap((s) => {
    const date = localDateOf(s.startsAt, timezone);
    const hosts = qualifiedHostsOf(db, s.hostIds);
    return regulated.flatMap((category) => unqualifiedHosts(category, hosts, date).map((h) => ({
      path: s.path, sessionId: s.sessionId, hostId: h.hostId, category,
      message: text(`${h.stageName} has no valid ${category} qualification on ${date}`, `${h.stageName} 在 ${date} 没有有效的 ${category} 资质`),
    })));
  });
  if (details.length) {
    throw new AppError('unprocessable', joinTexts(details.map((d) => d.message)), details);
  }
}
