import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../components/ui/Toast';
import { useErrorMessage } from '../../lib/error-message';
import { useUpdateSession, type Session } from './api';
import { conflictsOf, predictConflicts, type ConflictView } from './conflicts';
import type { ScheduleRoom } from './lookups-api';

// A drag's result, sent: predicted conflicts are shown first (the user may still send), the session is
// drawn at its new place while the request runs, and a refusal puts it back with the server's reasons.

export type Move = { startsAt: string; endsAt: string; roomId: number | null };
type Pending = { session: Session; move: Move; predicted: ConflictView[] };
export type Refusal = { sessionId: number; conflicts: ConflictView[] };

export function useSessionMove(sessions: readonly Session[], rooms: readonly ScheduleRoom[]) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateSession();
  const [pending, setPending] = useState<Pending | null>(null);
  const [shown, setShown] = useState<{ id: number; move: Move } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  function send(session: Session, move: Move) {
    setPending(null);
    setRefusal(null);
    setShown({ id: session.id, move });
    update.mutate(
      { id: session.id, ...move },
      {
        onSuccess: () => toast.show(t('schedule.moved', { id: session.id })),
        onError: (error) => {
          const conflicts = conflictsOf(error);
          if (conflicts.length > 0) setRefusal({ sessionId: session.id, conflicts });
          else toast.show(errorMessage(error), 'error');
        },
        onSettled: () => setShown(null),
      },
    );
  }

  function request(session: Session, move: Move) {
    if (move.startsAt === session.startsAt && move.endsAt === session.endsAt && move.roomId === session.roomId) return;
    const predicted = predictConflicts({ ...session, ...move }, sessions, rooms);
    if (predicted.length > 0) setPending({ session, move, predicted });
    else send(session, move);
  }

  /** The sessions as drawn: the one being sent already at its new place. */
  const drawn = shown ? sessions.map((s) => (s.id === shown.id ? { ...s, ...shown.move } : s)) : sessions;

  return {
    drawn,
    pending,
    refusal,
    request,
    confirm: () => pending && send(pending.session, pending.move),
    cancel: () => setPending(null),
    dismissRefusal: () => setRefusal(null),
  };
}
