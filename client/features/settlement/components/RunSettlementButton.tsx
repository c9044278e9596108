import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { useToast } from '../../../components/ui/Toast';
import type { useRunSettlement } from '../api';
import { useDraftCount } from '../api';

type Props = { period: string; disabled: boolean; run: ReturnType<typeof useRunSettlement> };

/**
 * Runs the period's settlement. A run recomputes the drafts (their adjustments kept), so with drafts
 * present it asks first; approved and paid statements are never touched.
 */
export function RunSettlementButton({ period, disabled, run }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const drafts = useDraftCount(period);
  const [confirming, setConfirming] = useState(false);

  function start() {
    setConfirming(false);
    run.mutate(period, { onSuccess: (r) => toast.show(t('settlement.run.done', { period, count: r.statements.length })) });
  }

  return (
    <>
      <Button variant="primary" disabled={disabled} pending={run.isPending} onClick={() => (drafts > 0 ? setConfirming(true) : start())}>
        {t('settlement.run.button')}
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={t('settlement.run.confirmTitle', { period })} description={t('settlement.run.confirmMessage', { count: drafts })}>
        <DialogActions>
          <Button data-autofocus onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={start}>{t('settlement.run.confirm')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
