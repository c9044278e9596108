import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../server/domain/dates';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { useTimeZone } from '../../../lib/time-zone';
import { useSessionsBetween, type Session } from '../api';
import { hostResources, roomResources } from '../columns';
import { useAllHosts, useAllRooms } from '../lookups-api';
import { emptyDraft, hostRow } from '../session-draft';
import { instantAt, iso, toLocalInput } from '../time';
import type { DragTarget } from '../use-calendar-drag';
import { useScheduleSearch } from '../use-schedule-search';
import { useSessionMove } from '../use-session-move';
import { ConflictList } from './ConflictList';
import { useConflictLine } from './conflict-line';
import { DayList } from './DayList';
import { MoveConfirmDialog } from './MoveConfirmDialog';
import { SeriesDialog } from './SeriesDialog';
import { SessionDrawer } from './SessionDrawer';
import { SessionFormDialog, type SessionFormState } from './SessionFormDialog';
import { WeekGrid } from './WeekGrid';
import { WeekToolbar } from './WeekToolbar';

/** The week of every studio (or host): drag to book, move and resize; forms do the same from the keyboard. */
export function WeekCalendar({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const search = useScheduleSearch(timeZone);
  // A day either side: sessions crossing the week's edges, and room buffers, count for the conflict check.
  const from = iso(instantAt(addDays(search.monday, -1), 0, timeZone), timeZone);
  const to = iso(instantAt(addDays(search.monday, 8), 0, timeZone), timeZone);
  const loaded = useSessionsBetween(from, to);
  const hosts = useAllHosts();
  const rooms = useAllRooms();
  const sessions = loaded.data ?? [];
  const roomList = rooms.data ?? [];
  const hostList = hosts.data ?? [];
  const mover = useSessionMove(sessions, roomList);
  const [addedHosts, setAddedHosts] = useState<number[]>([]);
  const [form, setForm] = useState<SessionFormState | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [seriesOpen, setSeriesOpen] = useState(false);

  const hostName = (id: number) => hostList.find((h) => h.id === id)?.stageName ?? `#${id}`;
  const roomName = (id: number | null) => (id === null ? t('schedule.outdoor') : (roomList.find((r) => r.id === id)?.name ?? `#${id}`));
  const resources = search.mode === 'room' ? roomResources(roomList, sessions, t('schedule.outdoor')) : hostResources(hostList, sessions, addedHosts);
  const shownHostIds = new Set(resources.map((r) => r.id));
  const opened = sessions.find((s) => s.id === openId) ?? null;
  const conflictLine = useConflictLine(hostName, timeZone);

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
      <WeekToolbar
        range={t('schedule.week.range', { from: search.days[0], to: search.days[6] })}
        mode={search.mode}
        view={search.view}
        addableHosts={hostList.filter((h) => !h.archived && !shownHostIds.has(h.id))}
        onWeek={search.goToWeek}
        onMode={search.setMode}
        onView={search.setView}
        onAddHost={(id) => setAddedHosts((ids) => [...ids, id])}
      />
      <p className="mb-2 text-xs text-slate-500">{canEdit ? t('schedule.dragHint') : t('schedule.readOnly')}</p>
      {mover.refusal && (
        <div className="mb-3">
          <ConflictList conflicts={mover.refusal.conflicts} title={`${t('schedule.conflict.moveReverted', { id: mover.refusal.sessionId })} ${t('schedule.conflict.refused')}`} tone="error" hostName={hostName} timeZone={timeZone} />
          <Button size="sm" className="mt-1" onClick={mover.dismissRefusal}>{t('schedule.conflict.dismiss')}</Button>
        </div>
      )}
      {loaded.isError && <ErrorAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {(hosts.isError || rooms.isError) && <ErrorAlert error={hosts.error ?? rooms.error} />}
      {loaded.isPending || rooms.isPending || hosts.isPending ? (
        <Spinner />
      ) : search.view === 'list' ? (
        <DayList days={search.days} sessions={sessions} hostName={hostName} roomName={roomName} timeZone={timeZone} onOpen={(s) => setOpenId(s.id)} />
      ) : (
        <>
          {search.mode === 'host' && resources.length === 0 && <Alert>{t('schedule.noColumns')}</Alert>}
          <WeekGrid
            days={search.days} resources={resources} sessions={mover.drawn} hostName={hostName} timeZone={timeZone} today={search.today}
            canEdit={canEdit} keepResource={search.mode === 'host'} flag={mover.refusal && { sessionId: mover.refusal.sessionId, note: mover.refusal.conflicts.map(conflictLine).join('；') }}
            onCreate={createFrom} onMove={moveTo} onOpen={(s) => setOpenId(s.id)}
          />
        </>
      )}
      <SessionFormDialog state={form} sessions={sessions} hosts={hostList} rooms={roomList} onClose={() => setForm(null)} />
      <SessionDrawer session={opened} hostName={hostName} roomName={roomName} canEdit={canEdit} onClose={() => setOpenId(null)}
        onEdit={(session, accountHostId) => { setOpenId(null); setForm({ kind: 'edit', session, accountHostId }); }} />
      <MoveConfirmDialog pending={mover.pending} hostName={hostName} timeZone={timeZone} onConfirm={mover.confirm} onCancel={mover.cancel} />
      <SeriesDialog open={seriesOpen} hosts={hostList} rooms={roomList} onClose={() => setSeriesOpen(false)} />
    </section>
  );
}
