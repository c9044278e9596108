import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import type { PendingMove } from '../use-session-move';
import { timeRange } from '../time';
import { ConflictList } from './ConflictList';

type MoveConfirmDialogProps = {
  pending: PendingMove | null;
  hostName: (id: number) => string;
  timeZone: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A drag that needs a word before it goes: a conflict the server would refuse is explained and not offered
 * for sending (the session stays where it was); a day past the host's daily limit, which the server books
 * with a warning, may be confirmed.
 */
export function MoveConfirmDialog({ pending, hostName, timeZone, onConfirm, onCancel }: MoveConfirmDialogProps) {
  const { t } = useTranslation();
  const range = pending ? timeRange(pending.move.startsAt, pending.move.endsAt, timeZone, true) : '';
  const title = pending?.kind === 'blocked' ? t('schedule.conflict.blockedTitle') : t('schedule.conflict.warnTitle');
  const what = pending ? pending.session.title || t('schedule.untitled') : '';
  return (
    <Dialog open={pending !== null} onClose={onCancel} title={title} description={pending ? t(pending.kind === 'blocked' ? 'schedule.conflict.blockedMessage' : 'schedule.conflict.warnMessage', { title: what, range }) : undefined}>
      {pending?.kind === 'blocked' && <ConflictList conflicts={pending.conflicts} title={t('schedule.conflict.predicted')} tone="error" timeZone={timeZone} />}
      {pending?.kind === 'warned' && (
        <Alert tone="warning">
          <ul className="list-disc pl-5">
            {pending.warnings.map((w) => <li key={`${w.hostId}-${w.date}`}>{t('schedule.dailyWarning', { host: hostName(w.hostId), date: w.date, minutes: w.minutes, limit: w.limit })}</li>)}
          </ul>
        </Alert>
      )}
      <DialogActions>
        {pending?.kind === 'warned' ? (
          <>
            <Button data-autofocus onClick={onCancel}>{t('common.cancel')}</Button>
            <Button variant="primary" onClick={onConfirm}>{t('schedule.conflict.moveAnyway')}</Button>
          </>
        ) : (
          <Button data-autofocus variant="primary" onClick={onCancel}>{t('schedule.conflict.dismiss')}</Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
