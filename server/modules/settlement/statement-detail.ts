import type { Db } from '../../db/client';
import { hostSummaries } from '../hosts/hosts.service';
import { namesOf } from '../users/users.service';
import { adjustmentView, linesView, statementView } from './statement-view';
import { formatInstant } from '../../domain/zones';
import { adjustmentsOf, findRun, type StatementRow } from './statements.repo';

/** The statement with every line, its adjustments, its host and the people who ran, approved and paid it. */
export function statementDetail(db: Db, s: StatementRow, tz: string) {
  const host = hostSummaries(db, [s.hostId]).get(s.hostId);
  const people = namesOf(db, [s.runBy, s.approvedBy, s.paidBy].filter((id): id is number => id !== null));
  const name = (id: number | null) => (id === null ? null : people.get(id) ?? null);
  return {
    ...statementView(s, tz),
    host: host ? { id: host.id, stageName: host.stageName, legalName: host.legalName, idNumber: host.idNumber, agentId: host.agentId } : null,
    runByName: name(s.runBy), runAt: formatInstant(findRun(db, s.runId)?.runAt ?? s.createdAt, tz), approvedByName: name(s.approvedBy), paidByName: name(s.paidBy),
    applied: s.applied, lines: linesView(s.lines, tz),
    adjustments: (adjustmentsOf(db, [s.id]).get(s.id) ?? []).map((a) => adjustmentView(a, tz)),
  };
}

