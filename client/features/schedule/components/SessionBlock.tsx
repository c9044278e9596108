import clsx from 'clsx';
import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placed } from '../columns';
import { blockClass } from '../status-style';
import { PX_PER_MIN, DAY_START_MIN, timeRange } from '../time';

type SessionBlockProps = {
  placed: Placed;
  hostNames: string;
  roomName: string;
  timeZone: string;
  canEdit: boolean;
  dimmed: boolean;
  /** Why the server refused the last move of this session, shown on it. */
  flagNote: string | null;
  onPointerDown: (event: PointerEvent<HTMLElement>, kind: 'move' | 'resize') => void;
  onOpen: () => void;
};

/** A session drawn in place: a button (Enter opens it), with a bottom edge to drag for the end. */
export function SessionBlock({ placed, hostNames, roomName, timeZone, canEdit, dimmed, flagNote, onPointerDown, onOpen }: SessionBlockProps) {
  const { t } = useTranslation();
  const { session, start, end, lane, lanes } = placed;
  const title = session.title || t('schedule.untitled');
  const time = timeRange(session.startsAt, session.endsAt, timeZone);
  const draggable = canEdit && session.status !== 'cancelled' && session.status !== 'completed';
  return (
    <div
      className={clsx('absolute px-0.5', dimmed && 'opacity-40')}
      style={{ top: (start - DAY_START_MIN) * PX_PER_MIN, height: Math.max((end - start) * PX_PER_MIN, 14), left: `${(lane / lanes) * 100}%`, width: `${100 / lanes}%` }}
      data-session-id={session.id}
    >
      <button
        type="button"
        aria-label={`${title}，${time}，${hostNames}${flagNote ? `，${t('schedule.conflictMark')}：${flagNote}` : ''}`}
        title={[title, hostNames, `${time} · ${roomName}`, flagNote].filter(Boolean).join('\n')}
        onPointerDown={draggable ? (e) => onPointerDown(e, 'move') : undefined}
        onClick={onOpen}
        className={clsx(
          'flex h-full w-full flex-col justify-start overflow-hidden rounded border-l-4 px-1.5 py-0.5 text-left text-xs leading-tight shadow-sm',
          blockClass[session.status],
          draggable && 'cursor-grab',
          flagNote && 'ring-2 ring-red-600',
        )}
      >
        {flagNote && <span className="self-end rounded bg-red-600 px-1 text-[10px] font-semibold text-white">{t('schedule.conflictMark')}</span>}
        {/* Titles wrap (a column is narrow; "一号直播间 ..." told nothing): the tooltip holds the rest. */}
        <span className="block font-semibold break-words">{title}</span>
        <span className="block break-words">{hostNames}</span>
        <span className="block opacity-80">{time}</span>
      </button>
      {draggable && <div aria-hidden="true" data-resize-handle="" className="absolute inset-x-1 bottom-0 h-2 cursor-ns-resize" onPointerDown={(e) => onPointerDown(e, 'resize')} />}
    </div>
  );
}
