import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlainDate } from '../../../../server/domain/dates';
import type { Session } from '../api';
import { belongsTo, placeOnDay, type GridColumn } from '../columns';
import { openingMinute } from '../opening-hour';
import { DAY_END_MIN, DAY_START_MIN, GRID_PX, PX_PER_MIN, minuteLabel, minutesOnDay } from '../time';
import { useCalendarDrag, type DragTarget } from '../use-calendar-drag';
import { CalendarColumn } from './CalendarColumn';
import { SessionBlock } from './SessionBlock';
import { useJoinList } from '../../../lib/list-format';

type ScheduleGridProps = {
  columns: GridColumn[];
  /** A column's heading: the resource in a day view, the day in a week view. */
  heading: (column: GridColumn) => string;
  sessions: readonly Session[];
  hostName: (id: number) => string;
  roomName: (id: number | null) => string;
  timeZone: string;
  today: PlainDate;
  canEdit: boolean;
  keepResource: boolean;
  flag: { sessionId: number; note: string } | null;
  /** Changes when the user opens another view, day or resource: the grid then scrolls to its working hours. */
  scrollKey: string;
  onCreate: (target: DragTarget) => void;
  onMove: (session: Session, target: DragTarget) => void;
  onOpen: (session: Session) => void;
};

const hours = Array.from({ length: (DAY_END_MIN - DAY_START_MIN) / 60 }, (_, i) => DAY_START_MIN + i * 60);
const HEADER_PX = 40;

/**
 * Columns side by side (resources of one day, or the days of one resource), 06:00 to 02:00 down. The columns
 * share the width and scroll sideways only past about ten; the grid opens on the hours its sessions run.
 */
export function ScheduleGrid({ columns, heading, sessions, hostName, roomName, timeZone, today, canEdit, keepResource, flag, scrollKey, onCreate, onMove, onOpen }: ScheduleGridProps) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const { drag, beginCreate, beginMove, consumeClick } = useCalendarDrag({ columns, timeZone, keepResource, onCreate, onMove });
  const names = (s: Session) => joinList(s.hosts.map((h) => hostName(h.hostId)));
  const placed = columns.map((column) => placeOnDay(sessions.filter((s) => belongsTo(s, column.resource)), column.day, timeZone));
  const scroller = useRef<HTMLDivElement>(null);
  const scrolledFor = useRef<string | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || scrolledFor.current === scrollKey) return;
    scrolledFor.current = scrollKey;
    const visible = placed.flat().map((p) => p.start);
    const day = columns[0]?.day;
    const around = day ? sessions.map((s) => ((minutesOnDay(s.startsAt, day, timeZone) % 1440) + 1440) % 1440) : [];
    const minute = openingMinute(visible, around, (el.clientHeight - HEADER_PX) / PX_PER_MIN);
    el.scrollTop = (minute - DAY_START_MIN) * PX_PER_MIN;
  });

  return (
    <div ref={scroller} data-testid="schedule-grid" className="max-h-[calc(100dvh-14rem)] min-h-96 overflow-auto rounded-lg border border-slate-200 bg-white select-none">
      <div className="grid" style={{ gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(6.5rem, 1fr))` }}>
        <div className="sticky top-0 left-0 z-30 border-b border-slate-200 bg-white" style={{ height: HEADER_PX }} />
        {columns.map((c) => (
          <div key={`h-${c.index}`} className="sticky top-0 z-20 flex items-center border-b border-l border-slate-200 bg-slate-50 px-2 text-sm leading-tight font-semibold text-slate-800" style={{ height: HEADER_PX }} title={heading(c)}>
            <span className="line-clamp-2 break-words">{heading(c)}</span>
          </div>
        ))}
        <div className="sticky left-0 z-10 bg-white" style={{ height: GRID_PX }}>
          {hours.map((m) => (
            <span key={m} data-hour={minuteLabel(m)} className="absolute right-1 -translate-y-1/2 text-[11px] text-slate-500" style={{ top: (m - DAY_START_MIN) * PX_PER_MIN || 6 }}>
              {minuteLabel(m)}
            </span>
          ))}
        </div>
        {columns.map((column) => (
          <CalendarColumn
            key={column.index}
            column={column}
            label={t('schedule.column', { day: column.day, name: column.resource.name })}
            ghost={drag && (drag.kind === 'create' || drag.moved) && drag.target.column.index === column.index ? drag.target : null}
            canEdit={canEdit}
            isToday={column.day === today}
            onPointerDown={(e) => beginCreate(e, column)}
          >
            {(placed[column.index] ?? []).map((p) => (
              <SessionBlock
                key={p.session.id}
                placed={p}
                hostNames={names(p.session)}
                roomName={roomName(p.session.roomId)}
                timeZone={timeZone}
                canEdit={canEdit}
                dimmed={drag?.moved === true && drag.session?.id === p.session.id}
                flagNote={flag?.sessionId === p.session.id ? flag.note : null}
                onPointerDown={(e, kind) => beginMove(e, p.session, column, kind)}
                onOpen={() => consumeClick() && onOpen(p.session)}
              />
            ))}
          </CalendarColumn>
        ))}
      </div>
    </div>
  );
}
