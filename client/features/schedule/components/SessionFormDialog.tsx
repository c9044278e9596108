import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { useTimeZone } from '../../../lib/time-zone';
import type { Session } from '../api';
import type { ScheduleHost, ScheduleRoom } from '../lookups-api';
import { draftFromSession, type Draft } from '../session-draft';
import { SessionForm } from './SessionForm';

export type SessionFormState = { kind: 'create'; draft: Draft } | { kind: 'edit'; session: Session; accountHostId: number | null };

type SessionFormDialogProps = { state: SessionFormState | null; sessions: Session[]; hosts: ScheduleHost[]; rooms: ScheduleRoom[]; onClose: () => void };

/** Book a session (from the button or a drag on the grid) or edit one (from its drawer). */
export function SessionFormDialog({ state, sessions, hosts, rooms, onClose }: SessionFormDialogProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const title = state?.kind === 'edit' ? t('schedule.editTitle', { id: state.session.id }) : t('schedule.createTitle');
  return (
    <Dialog open={state !== null} onClose={onClose} title={title} wide>
      {state && (
        <SessionForm
          initial={state.kind === 'edit' ? draftFromSession(state.session, state.accountHostId, timeZone) : state.draft}
          editing={state.kind === 'edit' ? state.session : null}
          sessions={sessions}
          hosts={hosts}
          rooms={rooms}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}
