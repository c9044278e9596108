import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { useToast } from '../../../components/ui/Toast';
import { isApiError } from '../../../lib/api';
import { paths, withQuery } from '../../../lib/paths';
import { useClosePeriod, type PeriodView } from '../periods-api';

/**
 * Asks before closing: nothing booked in a closed period changes again. A refusal (the month has not
 * ended, drafts remain) stays in the dialog with the server's reasons, and a way to the drafts.
 */
export function PeriodCloseDialog({ period, onClose }: { period: PeriodView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const close = useClosePeriod();
  const draftsRefused = isApiError(close.error) && close.error.fieldDetails.some((d) => d.path[0] === 'statements');

  function cancel() {
    close.reset();
    onClose();
  }

  return (
    <Dialog open={period !== null} onClose={cancel} title={t('periods.closeTitle', { period: period?.period ?? '' })} description={t('periods.closeMessage')}>
      {period && (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t('periods.counts', { draft: period.statements.draft, approved: period.statements.approved, paid: period.statements.paid })}</p>
          {close.error !== null && <RefusalAlert error={close.error} title={t('periods.closeRefused')} />}
          {draftsRefused && (
            <Link to={withQuery(paths.settlement, { period: period.period, status: 'draft' })} className="inline-block text-sm text-indigo-700 hover:underline">
              {t('periods.openDrafts')}
            </Link>
          )}
        </div>
      )}
      <DialogActions>
        <Button data-autofocus onClick={cancel}>{t('common.cancel')}</Button>
        <Button
          variant="danger"
          pending={close.isPending}
          onClick={() => period && close.mutate(period.period, { onSuccess: () => { toast.show(t('periods.closed', { period: period.period })); cancel(); } })}
        >
          {t('periods.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
