import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionTransitions } from '../../../../server/domain/session-status';
import { Button } from '../../../components/ui/Button';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useUpdateSession, type Session } from '../api';

/** Only the moves the domain allows from the current status; cancelling asks first. */
export function SessionStatusActions({ session, onEdit }: { session: Session; onEdit: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateSession();
  const [confirming, setConfirming] = useState(false);
  const next = sessionTransitions[session.status];

  function change(status: Session['status'], done?: () => void) {
    update.mutate(
      { id: session.id, status },
      {
        onSuccess: () => {
          toast.show(status === 'cancelled' ? t('schedule.drawer.cancelled', { id: session.id }) : t('schedule.drawer.statusChanged', { id: session.id, status: t(`schedule.status.${status}`) }));
          done?.();
        },
        onError: (error) => !done && toast.show(errorMessage(error), 'error'),
      },
    );
  }

  return (
    <div className="flex flex-wrap gap-2">
      {next.filter((s) => s !== 'cancelled').map((s) => (
        <Button key={s} size="sm" variant="primary" pending={update.isPending && update.variables.status === s} onClick={() => change(s)}>
          {t('schedule.drawer.changeStatus', { status: t(`schedule.status.${s}`) })}
        </Button>
      ))}
      {session.status !== 'completed' && session.status !== 'cancelled' && <Button size="sm" onClick={onEdit}>{t('schedule.drawer.edit')}</Button>}
      {next.includes('cancelled') && (
        <Button size="sm" variant="ghost" className="text-red-700" onClick={() => setConfirming(true)}>
          {t('schedule.drawer.cancel')}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('schedule.drawer.cancelTitle')}
        message={t('schedule.drawer.cancelMessage', { id: session.id })}
        confirmLabel={t('schedule.drawer.cancel')}
        pending={update.isPending}
        error={update.error ? errorMessage(update.error) : undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() => change('cancelled', () => setConfirming(false))}
      />
    </div>
  );
}
