import { useTranslation } from 'react-i18next';
import type { PlainDate } from '../../../../server/domain/dates';
import { Badge } from '../../../components/ui/Badge';
import type { Session } from '../api';
import { statusTone } from '../status-style';
import { timeRange, wallOf } from '../time';
import { useDayLabel } from './day-label';
import { useJoinList } from '../../../lib/list-format';

type DayListProps = { days: PlainDate[]; sessions: Session[]; hostName: (id: number) => string; roomName: (id: number | null) => string; timeZone: string; onOpen: (s: Session) => void };

/** The week as a list, one section per agency day, sessions in start order: readable on any screen. */
export function DayList({ days, sessions, hostName, roomName, timeZone, onOpen }: DayListProps) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const dayLabel = useDayLabel();
  return (
    <div className="space-y-5">
      {days.map((day) => {
        const ofDay = sessions.filter((s) => wallOf(s.startsAt, timeZone).date === day);
        return (
          <section key={day} aria-label={dayLabel(day)}>
            <h2 className="mb-1.5 text-sm font-semibold text-slate-800">{dayLabel(day)}</h2>
            {ofDay.length === 0 ? (
              <p className="text-sm text-slate-500">{t('schedule.list.empty')}</p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {ofDay.map((s) => (
                  <li key={s.id}>
                    <button type="button" onClick={() => onOpen(s)} className="grid w-full grid-cols-[9rem_1fr_8rem_1fr_6rem] items-center gap-3 px-4 py-2 text-left text-sm hover:bg-slate-50">
                      <span className="font-mono text-xs">{timeRange(s.startsAt, s.endsAt, timeZone)}</span>
                      <span className="font-medium break-words">{s.title || t('schedule.untitled')}</span>
                      <span className="truncate">{roomName(s.roomId)}</span>
                      <span className="truncate">{joinList(s.hosts.map((h) => hostName(h.hostId)))}</span>
                      <Badge tone={statusTone[s.status]}>{t(`schedule.status.${s.status}`)}</Badge>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
