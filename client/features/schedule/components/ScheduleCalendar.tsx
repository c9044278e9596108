import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { useTimeZone } from '../../../lib/time-zone';
import { useSessionsBetween, type Session } from '../api';
import { useAllHosts, useAllRooms, useScheduleSettings } from '../lookups-api';
import { emptyDraft, hostRow } from '../session-draft';
import { instantAt, iso, toLocalInput } from '../time';
import type { DragTarget } from '../use-calendar-drag';
import { scheduleColumns } from '../schedule-columns';
import { useScheduleSearch } from '../use-schedule-search';
import { useSessionMove } from '../use-session-move';
import { ConflictList } from './ConflictList';
import { useConflictLine } from './conflict-line';
import { useDayLabel } from './day-label';
import { DayList } from './DayList';
import { MoveConfirmDialog } from './MoveConfirmDialog';
import { ScheduleGrid } from './ScheduleGrid';
import { ScheduleToolbar } from './ScheduleToolbar';
import { SeriesDialog } from './SeriesDialog';
import { SessionDrawer } from './SessionDrawer';
import { SessionFormDialog, type SessionFormState } from './SessionFormDialog';

/** The schedule: a day by room or host, a week of one room or host, or the week's agenda; drag to book, move and resize. */
export function ScheduleCalendar({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const dayLabel = useDayLabel();
  const search = useScheduleSearch(timeZone);
  const loaded = useSessionsBetween(iso(instantAt(search.window.from, 0, timeZone), timeZone), iso(instantAt(search.window.to, 0, timeZone), timeZone));
  const hosts = useAllHosts();
  const rooms = useAllRooms();
  const settings = useScheduleSettings();
  const sessions = loaded.data ?? [];
  const roomList = rooms.data ?? [];
  const hostList = hosts.data ?? [];
  const hostName = (id: number) => hostList.find((h) => h.id === id)?.stageName ?? `#${id}`;
  const roomName = (id: number | null) => (id === null ? t('schedule.outdoor') : (roomList.find((r) => r.id === id)?.name ?? `#${id}`));
  const mover = useSessionMove({ sessions, rooms: roomList, hostName, maxDailyMinutes: settings.data?.maxDailyMinutes, timeZone });
  const grid = scheduleColumns({ search, sessions, hosts: hostList, rooms: roomList, timeZone }, t('schedule.outdoor'));
  const [form, setForm] = useState<SessionFormState | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [seriesOpen, setSeriesOpen] = useState(false);
  const opened = sessions.find((s) => s.id === openId) ?? null;
  const conflictLine = useConflictLine(timeZone);
  const range = search.view === 'day' ? dayLabel(search.date, true) : t('schedule.range', { from: search.days[0], to: search.days[6] });

  function createFrom({ column, start, end }: DragTarget) {
    const at = (m: number) => toLocalInput(instantAt(column.day, m, timeZone), timeZone);
    const base = { ...emptyDraft, startsAt: at(start), endsAt: at(end) };
    const r = column.resource;
    const draft = r.kind === 'host' ? { ...base, accountHostId: String(r.id), hosts: [hostRow(String(r.id), true)] } : { ...base, roomId: r.id === null ? '' : String(r.id) };
    setForm({ kind: 'create', draft });
  }

  function moveTo(session: Session, { column, start, end }: DragTarget) {
    const roomId = column.resource.kind === 'host' ? session.roomId : column.resource.id;
    mover.request(session, { startsAt: iso(instantAt(column.day, start, timeZone), timeZone), endsAt: iso(instantAt(column.day, end, timeZone), timeZone), roomId });
  }

  const pending = loaded.isPending || rooms.isPending || hosts.isPending;
  return (
    <section>
      <PageHeader
        title={t('schedule.title')}
        description={t('schedule.description', { zone: timeZone })}
        actions={canEdit && (
          <>
            <Button onClick={() => setSeriesOpen(true)}>{t('schedule.newSeries')}</Button>
            <Button variant="primary" onClick={() => setForm({ kind: 'create', draft: emptyDraft })}>{t('schedule.newSession')}</Button>
          </>
        )}
      />
      <ScheduleToolbar search={search} range={range} weekResourceId={search.view === 'week' ? (grid.columns[0]?.resource.id ?? null) : null} />
      {search.view !== 'agenda' && <p className="mb-2 text-xs text-slate-500">{canEdit ? t('schedule.dragHint') : t('schedule.readOnly')}</p>}
      {mover.refusal && (
        <div className="mb-3">
          <ConflictList conflicts={mover.refusal.conflicts} title={t('schedule.conflict.refused')} tone="error" timeZone={timeZone} />
          <Button size="sm" className="mt-1" onClick={mover.dismissRefusal}>{t('schedule.conflict.dismiss')}</Button>
        </div>
      )}
      {loaded.isError && <ErrorAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {(hosts.isError || rooms.isError) && <ErrorAlert error={hosts.error ?? rooms.error} />}
      {pending ? (
        <Spinner />
      ) : search.view === 'agenda' ? (
        <DayList days={search.days} sessions={sessions} hostName={hostName} roomName={roomName} timeZone={timeZone} onOpen={(s) => setOpenId(s.id)} />
      ) : grid.columns.length === 0 ? (
        <Alert>{t(grid.empty)}</Alert>
      ) : (
        <ScheduleGrid
          columns={grid.columns} heading={(c) => (search.view === 'day' ? c.resource.name : dayLabel(c.day))}
          sessions={mover.drawn} hostName={hostName} roomName={roomName} timeZone={timeZone} today={search.today}
          canEdit={canEdit} keepResource={search.by === 'host'} scrollKey={grid.key}
          flag={mover.refusal && { sessionId: mover.refusal.sessionId, note: mover.refusal.conflicts.map(conflictLine).join('；') }}
          onCreate={createFrom} onMove={moveTo} onOpen={(s) => setOpenId(s.id)}
        />
      )}
      <SessionFormDialog state={form} sessions={sessions} hosts={hostList} rooms={roomList} onClose={() => setForm(null)} />
      <SessionDrawer session={opened} hostName={hostName} roomName={roomName} canEdit={canEdit} onClose={() => setOpenId(null)}
        onEdit={(session, accountHostId) => { setOpenId(null); setForm({ kind: 'edit', session, accountHostId }); }} />
      <MoveConfirmDialog pending={mover.pending} hostName={hostName} timeZone={timeZone} onConfirm={mover.confirm} onCancel={mover.cancel} />
      <SeriesDialog open={seriesOpen} hosts={hostList} onClose={() => setSeriesOpen(false)} />
    </section>
  );
}
