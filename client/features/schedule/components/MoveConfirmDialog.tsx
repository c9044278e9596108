import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import type { ConflictView } from '../conflicts';
import type { Move } from '../use-session-move';
import { timeRange } from '../time';
import { ConflictList } from './ConflictList';

type MoveConfirmDialogProps = {
  pending: { move: Move; predicted: ConflictView[] } | null;
  hostName: (id: number) => string;
  timeZone: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A drag the prediction says will conflict: say so before sending; cancelling leaves the session where it was. */
export function MoveConfirmDialog({ pending, hostName, timeZone, onConfirm, onCancel }: MoveConfirmDialogProps) {
  const { t } = useTranslation();
  const [from = '', to = ''] = pending ? timeRange(pending.move.startsAt, pending.move.endsAt, timeZone, true).split(' – ') : [];
  return (
    <Dialog open={pending !== null} onClose={onCancel} title={t('schedule.conflict.moveTitle')} description={t('schedule.conflict.moveMessage', { from, to })}>
      {pending && <ConflictList conflicts={pending.predicted} title={t('schedule.conflict.predicted')} tone="warning" hostName={hostName} timeZone={timeZone} />}
      <DialogActions>
        <Button data-autofocus onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {t('schedule.conflict.moveAnyway')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
