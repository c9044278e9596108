import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Session } from './api';
import type { GridColumn } from './columns';
import { DAY_END_MIN, DAY_START_MIN, PX_PER_MIN, SNAP_MIN, clampToGrid, minutesOnDay, snap } from './time';

// Pointer dragging on the week grid: on empty space it draws a new booking, on a session it moves it
// (to another time, day or column), on a session's bottom edge it resizes it. Minutes snap to 15.
// Listeners sit on window for the drag's life, so the pointer may cross columns; the column under it
// is found by its data-col attribute.

export type DragTarget = { column: GridColumn; start: number; end: number };
export type Drag = { kind: 'create' | 'move' | 'resize'; session: Session | null; target: DragTarget; moved: boolean };

type Options = {
  columns: readonly GridColumn[];
  timeZone: string;
  /** In the host view a session keeps its hosts: it moves only along its own host's columns. */
  keepResource: boolean;
  onCreate: (target: DragTarget) => void;
  onMove: (session: Session, target: DragTarget) => void;
};

const MOVE_THRESHOLD_PX = 4;
const minuteAt = (y: number, top: number) => DAY_START_MIN + (y - top) / PX_PER_MIN;

export function useCalendarDrag({ columns, timeZone, keepResource, onCreate, onMove }: Options) {
  const [drag, setDrag] = useState<Drag | null>(null);
  // A click follows the pointerup of every drag; after a real drag it must not open the drawer.
  const justDragged = useRef(false);

  function columnAt(x: number, y: number, from: GridColumn): { column: GridColumn; top: number } | null {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-col]');
    const hovered = el ? columns[Number(el.dataset.col)] : undefined;
    if (!el || !hovered) return null;
    const column = keepResource ? columns.find((c) => c.day === hovered.day && c.resource.key === from.resource.key) : hovered;
    return column ? { column, top: el.getBoundingClientRect().top } : null;
  }

  function track(event: ReactPointerEvent, first: Drag, update: (d: Drag, x: number, y: number) => Drag, finish: (d: Drag) => void) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const [x0, y0] = [event.clientX, event.clientY];
    let current = first;
    setDrag(first);
    const move = (e: PointerEvent) => {
      if (!current.moved && Math.abs(e.clientX - x0) + Math.abs(e.clientY - y0) < MOVE_THRESHOLD_PX) return;
      current = { ...update(current, e.clientX, e.clientY), moved: true };
      setDrag(current);
    };
    const stop = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
      setDrag(null);
      // A drag that books ends on empty space, so no session block's click would ever consume the flag.
      justDragged.current = current.moved && current.kind !== 'create';
      if (e.type === 'pointerup') finish(current);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
  }

  /** Drag on empty space; a plain click books the hour from the slot clicked. */
  function beginCreate(event: ReactPointerEvent<HTMLElement>, column: GridColumn) {
    if (event.target !== event.currentTarget) return;
    const top = event.currentTarget.getBoundingClientRect().top;
    const anchor = clampToGrid(Math.floor(minuteAt(event.clientY, top) / SNAP_MIN) * SNAP_MIN);
    const first: Drag = { kind: 'create', session: null, target: { column, start: anchor, end: Math.min(anchor + 60, DAY_END_MIN) }, moved: false };
    track(event, first, (d, _x, y) => {
      const at = clampToGrid(snap(minuteAt(y, top)));
      const [start, end] = at >= anchor ? [anchor, Math.max(at, anchor + SNAP_MIN)] : [at, anchor + SNAP_MIN];
      return { ...d, target: { column, start, end } };
    }, (d) => onCreate(d.target));
  }

  /** Drag a session's body to move it, or (resize) its bottom edge to change its end. */
  function beginMove(event: ReactPointerEvent<HTMLElement>, session: Session, column: GridColumn, kind: 'move' | 'resize') {
    const start = minutesOnDay(session.startsAt, column.day, timeZone);
    const end = minutesOnDay(session.endsAt, column.day, timeZone);
    const top = (event.currentTarget.closest('[data-col]') as HTMLElement).getBoundingClientRect().top;
    const grab = minuteAt(event.clientY, top) - start;
    const first: Drag = { kind, session, target: { column, start, end }, moved: false };
    track(event, first, (d, x, y) => {
      if (kind === 'resize') return { ...d, target: { column, start, end: Math.max(start + SNAP_MIN, snap(minuteAt(y, top))) } };
      const over = columnAt(x, y, column) ?? { column: d.target.column, top };
      const newStart = snap(minuteAt(y, over.top) - grab);
      return { ...d, target: { column: over.column, start: newStart, end: newStart + (end - start) } };
    }, (d) => d.moved && onMove(session, d.target));
  }

  /** For a session block's click: false right after a drag. */
  function consumeClick(): boolean {
    const dragged = justDragged.current;
    justDragged.current = false;
    return !dragged;
  }

  return { drag, beginCreate, beginMove, consumeClick };
}
