import clsx from 'clsx';
import type { PointerEvent, ReactNode } from 'react';
import type { GridColumn } from '../columns';
import type { DragTarget } from '../use-calendar-drag';
import { DAY_START_MIN, GRID_PX, PX_PER_MIN, ROW_PX, minuteLabel } from '../time';

type CalendarColumnProps = {
  column: GridColumn;
  label: string;
  ghost: DragTarget | null;
  canEdit: boolean;
  isToday: boolean;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  children: ReactNode;
};

/** One resource on one day: half-hour lines, its sessions, and the outline of a drag in progress. */
export function CalendarColumn({ column, label, ghost, canEdit, isToday, onPointerDown, children }: CalendarColumnProps) {
  return (
    <div
      role="group"
      aria-label={label}
      data-col={column.index}
      data-day={column.day}
      data-resource={column.resource.key}
      onPointerDown={canEdit ? onPointerDown : undefined}
      className={clsx('relative border-l border-slate-200', canEdit && 'cursor-crosshair touch-none', isToday && 'bg-amber-50/40')}
      style={{
        height: GRID_PX,
        backgroundImage: `repeating-linear-gradient(to bottom, transparent 0 ${ROW_PX * 2 - 1}px, rgb(226 232 240) ${ROW_PX * 2 - 1}px ${ROW_PX * 2}px), repeating-linear-gradient(to bottom, transparent 0 ${ROW_PX - 1}px, rgb(241 245 249) ${ROW_PX - 1}px ${ROW_PX}px)`,
      }}
    >
      {children}
      {ghost && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0.5 rounded border-2 border-dashed border-indigo-500 bg-indigo-200/50 px-1 text-xs font-medium text-indigo-900"
          style={{ top: (ghost.start - DAY_START_MIN) * PX_PER_MIN, height: (ghost.end - ghost.start) * PX_PER_MIN }}
        >
          {minuteLabel(ghost.start)} – {minuteLabel(ghost.end)}
        </div>
      )}
    </div>
  );
}
