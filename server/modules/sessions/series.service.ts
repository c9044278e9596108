import { writeTransaction } from '../../db/write';
import { expandSeries } from '../../domain/recurrence';
import { formatInstant, localDateOf } from '../../domain/zones';
import { text } from '../../domain/text';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import { currentSettings } from '../settings/settings.service';
import type { SeriesCreate } from '../../shared/api/sessions';
import { bookingStatements } from './booking-statements';
import type { SessionLike } from '../../domain/schedule';
import { cancelSessionRows, findSeries, insertSeries, openSessionsOfSeries } from './sessions.repo';
import { bookingReader, checkBooking, checkPeople, seriesDailyWarnings, type Candidate } from './sessions.rules';

// Why an occurrence was refused, in Chinese, by the code of the refusal (the codes checkBooking answers with).
const refusalChinese: Partial<Record<string, string>> = { schedule_conflict: '与已有排期冲突', unprocessable: '不符合排期规则' };

interface Refusal { occurrence: { startsAt: string; endsAt: string; localDate: string }; code: string; details: unknown[] }

/**
 * A recurring booking: every occurrence is checked against the schedule and the occurrences already
 * placed. All or nothing by default: if any is refused, none is written and the answer lists them all.
 * With skipConflicts the occurrences refused only for conflicts are left out and listed as skipped (a
 * refusal for another rule, or no free occurrence at all, still refuses the whole series). Past the
 * daily limit the series is still booked, with a warning per host and day in the answer.
 */
export function createSeries(deps: AppDeps, actor: Actor, input: SeriesCreate) {
  const settings = currentSettings(deps);
  const { timezone } = settings;
  const expansion = expandSeries({ ...input.rule, timeZone: timezone });
  if (!expansion.ok) {
    // The rule is well-formed (the schema saw to that) but breaks a rule of its own: 422, as SPEC says.
    throw new AppError('unprocessable', text('The recurrence rule is not valid', '周期规则无效'), expansion.problems.map((p) => ({ ...p, path: ['rule', ...p.path] })));
  }
  // The people are the same in every occurrence: a problem with them is said once, not per occurrence.
  checkPeople(input);
  const fmt = (d: Date) => formatInstant(d, timezone);
  const statements = bookingStatements(deps.sqlite);
  const { skipConflicts, ...booking } = input;
  return writeTransaction(deps.db, (tx) => {
    const now = deps.clock.now();
    const series = insertSeries(tx, { rule: input.rule, createdBy: actor.id, createdAt: now });
    const refused: Refusal[] = [];
    const ids: number[] = [];
    const placed: Candidate[] = [];
    const neighbours: SessionLike[] = [];
    for (const occ of expansion.occurrences) {
      const candidate: Candidate = { id: null, ...booking, startsAt: occ.startsAt, endsAt: occ.endsAt, status: 'planned' };
      try {
        neighbours.push(...checkBooking(bookingReader(deps, tx, statements, timezone), candidate));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        refused.push({ occurrence: { startsAt: fmt(occ.startsAt), endsAt: fmt(occ.endsAt), localDate: occ.localDate }, code: err.code, details: err.details });
        continue;
      }
      const id = statements.insert({ ...booking, seriesId: series.id, startsAt: occ.startsAt, endsAt: occ.endsAt, status: 'planned', platformLiveId: null }, now);
      ids.push(id);
      placed.push({ ...candidate, id });
    }
    const skippable = skipConflicts && ids.length > 0 && refused.every((r) => r.code === 'schedule_conflict');
    if (refused.length && !skippable) {
      const code = refused.every((r) => r.code === 'schedule_conflict') ? 'schedule_conflict' : 'unprocessable';
      throw new AppError(code, text(`${refused.length} of ${expansion.occurrences.length} occurrences cannot be booked; nothing was booked`,
        `${expansion.occurrences.length} 个场次中有 ${refused.length} 个无法排期；所有场次均未排入`),
        refused.map((r) => ({ message: text(`${r.occurrence.localDate}: ${r.code}`, `${r.occurrence.localDate}：${refusalChinese[r.code] ?? r.code}`), ...r })));
    }
    const skipped = refused.map((r) => ({ ...r.occurrence, conflicts: r.details }));
    // Each booked occurrence takes the orders paid in its window (a series may be entered after the streams).
    placed.forEach((occ) => deps.ports.reattributeForSession(tx, { sessionId: null, accountIds: [input.accountId], from: occ.startsAt, to: occ.endsAt, platformLiveId: null }));
    recordAudit(tx, { actor, at: now, action: 'create', entity: 'session_series', entityId: series.id, after: { rule: input.rule, sessionIds: ids, skippedDates: skipped.map((s) => s.localDate) } });
    return { id: series.id, rule: input.rule, sessionIds: ids, occurrences: expansion.occurrences.length, skipped, warnings: seriesDailyWarnings(placed, neighbours, settings) };
  });
}

/** Cancels the occurrences of a series that have not started streaming, from a local date on. */
export function cancelSeries(deps: AppDeps, actor: Actor, seriesId: number, input: { from?: string }) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    if (!findSeries(tx, seriesId)) throw notFound('Series', seriesId);
    const open = openSessionsOfSeries(tx, seriesId);
    const cancelled = open.filter((s) => !input.from || localDateOf(s.startsAt, timezone) >= input.from);
    const chosen = cancelled.map((s) => s.id);
    const now = deps.clock.now();
    cancelSessionRows(tx, chosen, now);
    // A cancelled session takes no orders: the ones it held, or paid in its window, go elsewhere.
    for (const s of cancelled) {
      deps.ports.reattributeForSession(tx, { sessionId: s.id, accountIds: [s.accountId], from: s.startsAt, to: s.endsAt, platformLiveId: s.platformLiveId });
    }
    recordAudit(tx, { actor, at: now, action: 'cancel', entity: 'session_series', entityId: seriesId, after: { from: input.from ?? null, cancelled: chosen } });
    return { id: seriesId, cancelled: chosen };
  });
}
