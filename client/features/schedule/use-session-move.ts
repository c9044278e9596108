import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DailyLimitWarning } from '../../../server/domain/schedule';
import { useToast } from '../../components/ui/Toast';
import { useErrorMessage } from '../../lib/error-message';
import { useUpdateSession, type Session } from './api';
import { conflictsOf, predictConflicts, predictDailyWarnings, type ConflictView } from './conflicts';
import type { ScheduleRoom } from './lookups-api';
import { timeRange } from './time';

// A drag's result, sent. A move the server would refuse (a predicted conflict) is not offered for sending:
// the dialog says why and the session stays. A move past the daily limit, which the server books with a
// warning, is sent once confirmed. While the request runs the session is drawn at its new place; a refusal
// (the schedule changed since it was loaded) puts it back and the toast says where it went back to.

export type Move = { startsAt: string; endsAt: string; roomId: number | null };
export type PendingMove =
  | { kind: 'blocked'; session: Session; move: Move; conflicts: ConflictView[] }
  | { kind: 'warned'; session: Session; move: Move; warnings: DailyLimitWarning[] };
export type Refusal = { sessionId: number; conflicts: ConflictView[] };

type Context = { sessions: readonly Session[]; rooms: readonly ScheduleRoom[]; hostName: (id: number) => string; maxDailyMinutes: number | undefined; timeZone: string };

export function useSessionMove({ sessions, rooms, hostName, maxDailyMinutes, timeZone }: Context) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateSession();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [shown, setShown] = useState<{ id: number; move: Move } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  function send(session: Session, move: Move) {
    setPending(null);
    setRefusal(null);
    setShown({ id: session.id, move });
    const restored = t('schedule.restored', { title: session.title || t('schedule.untitled'), range: timeRange(session.startsAt, session.endsAt, timeZone) });
    update.mutate(
      { id: session.id, ...move },
      {
        onSuccess: () => toast.show(t('schedule.moved', { title: session.title || t('schedule.untitled'), range: timeRange(move.startsAt, move.endsAt, timeZone) })),
        onError: (error) => {
          const conflicts = conflictsOf(error);
          if (conflicts.length > 0) setRefusal({ sessionId: session.id, conflicts });
          toast.show(conflicts.length > 0 ? restored : `${restored} ${errorMessage(error)}`, 'error');
        },
        onSettled: () => setShown(null),
      },
    );
  }

  function request(session: Session, move: Move) {
    if (move.startsAt === session.startsAt && move.endsAt === session.endsAt && move.roomId === session.roomId) return;
    const candidate = { ...session, ...move };
    const conflicts = predictConflicts(candidate, sessions, rooms, hostName);
    if (conflicts.length > 0) return setPending({ kind: 'blocked', session, move, conflicts });
    const warnings = predictDailyWarnings(candidate, sessions, maxDailyMinutes, timeZone);
    if (warnings.length > 0) return setPending({ kind: 'warned', session, move, warnings });
    send(session, move);
  }

  /** The sessions as drawn: the one being sent already at its new place. */
  const drawn = shown ? sessions.map((s) => (s.id === shown.id ? { ...s, ...shown.move } : s)) : sessions;

  return {
    drawn,
    pending,
    refusal,
    request,
    // Only a warning may be confirmed: a predicted conflict is never sent.
    confirm: () => pending?.kind === 'warned' && send(pending.session, pending.move),
    cancel: () => setPending(null),
    dismissRefusal: () => setRefusal(null),
  };
}
