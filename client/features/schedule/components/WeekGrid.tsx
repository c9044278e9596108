import { useTranslation } from 'react-i18next';
import type { PlainDate } from '../../../../server/domain/dates';
import type { Session } from '../api';
import { belongsTo, placeOnDay, type GridColumn, type Resource } from '../columns';
import { DAY_END_MIN, DAY_START_MIN, GRID_PX, PX_PER_MIN, minuteLabel } from '../time';
import { useCalendarDrag, type DragTarget } from '../use-calendar-drag';
import { CalendarColumn } from './CalendarColumn';
import { SessionBlock } from './SessionBlock';
import { useDayLabel } from './day-label';
import { useJoinList } from '../../../lib/list-format';

type WeekGridProps = {
  days: PlainDate[];
  resources: Resource[];
  sessions: readonly Session[];
  hostName: (id: number) => string;
  timeZone: string;
  today: PlainDate;
  canEdit: boolean;
  keepResource: boolean;
  flag: { sessionId: number; note: string } | null;
  onCreate: (target: DragTarget) => void;
  onMove: (session: Session, target: DragTarget) => void;
  onOpen: (session: Session) => void;
};

const hours = Array.from({ length: (DAY_END_MIN - DAY_START_MIN) / 60 }, (_, i) => DAY_START_MIN + i * 60);

/** The week as a CSS grid: days across, each split into its resources; 06:00 to 02:00 down. */
export function WeekGrid({ days, resources, sessions, hostName, timeZone, today, canEdit, keepResource, flag, onCreate, onMove, onOpen }: WeekGridProps) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const dayLabel = useDayLabel();
  const columns: GridColumn[] = days.flatMap((day, d) => resources.map((resource, r) => ({ index: d * resources.length + r, day, resource })));
  const { drag, beginCreate, beginMove, consumeClick } = useCalendarDrag({ columns, timeZone, keepResource, onCreate, onMove });
  const names = (s: Session) => joinList(s.hosts.map((h) => hostName(h.hostId)));

  return (
    <div className="max-h-[calc(100vh-15rem)] min-h-96 overflow-auto rounded-lg border border-slate-200 bg-white select-none">
      <div className="grid" style={{ gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(6.5rem, 1fr))` }}>
        <div className="sticky top-0 left-0 z-30 row-span-2 border-b border-slate-200 bg-white" />
        {days.map((day) => (
          <div key={day} className="sticky top-0 z-20 h-8 border-b border-l border-slate-200 bg-slate-50 px-2 py-1 text-sm font-semibold text-slate-800" style={{ gridColumn: `span ${resources.length}` }}>
            {dayLabel(day)}
            {day === today && <span className="ml-1 text-xs text-amber-700">●</span>}
          </div>
        ))}
        {columns.map((c) => (
          <div key={`h-${c.index}`} className="sticky top-8 z-20 truncate border-b border-l border-slate-200 bg-white px-2 py-1 text-xs font-medium text-slate-600" title={c.resource.name}>
            {c.resource.name}
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
            label={t('schedule.column', { day: dayLabel(column.day), name: column.resource.name })}
            ghost={drag && (drag.kind === 'create' || drag.moved) && drag.target.column.index === column.index ? drag.target : null}
            canEdit={canEdit}
            isToday={column.day === today}
            onPointerDown={(e) => beginCreate(e, column)}
          >
            {placeOnDay(sessions.filter((s) => belongsTo(s, column.resource)), column.day, timeZone).map((placed) => (
              <SessionBlock
                key={placed.session.id}
                placed={placed}
                hostNames={names(placed.session)}
                timeZone={timeZone}
                canEdit={canEdit}
                dimmed={drag?.moved === true && drag.session?.id === placed.session.id}
                flagNote={flag?.sessionId === placed.session.id ? flag.note : null}
                onPointerDown={(e, kind) => beginMove(e, placed.session, column, kind)}
                onOpen={() => consumeClick() && onOpen(placed.session)}
              />
            ))}
          </CalendarColumn>
        ))}
      </div>
    </div>
  );
}
