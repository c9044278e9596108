import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { useToast } from '../../../components/ui/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { formatMoney } from '../../../lib/format';
import { useApproveStatement, type StatementDetail } from '../api';
import { PayDialog } from './PayDialog';

/** Approve (a draft, by someone other than who ran it) and pay (an approved one): only for roles that may. */
export function StatementActions({ statement, canApprove }: { statement: StatementDetail; canApprove: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const approve = useApproveStatement(statement.id);
  const [confirming, setConfirming] = useState(false);
  const [paying, setPaying] = useState(false);
  // Stays mounted once paid: the payment dialog closes itself (and says so) after the statement turns paid.
  if (!canApprove) return null;
  // The server's 403 here is the four-eyes rule, not a missing role: the page says which.
  const fourEyes = isApiError(approve.error) && approve.error.code === 'forbidden';

  function confirm() {
    setConfirming(false);
    approve.mutate(undefined, { onSuccess: () => toast.show(t('settlement.approve.done')) });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2 empty:hidden">
        {statement.status === 'draft' && (
          <Button variant="primary" pending={approve.isPending} onClick={() => { approve.reset(); setConfirming(true); }}>{t('settlement.approve.button')}</Button>
        )}
        {statement.status === 'approved' && <Button variant="primary" onClick={() => setPaying(true)}>{t('settlement.pay.button')}</Button>}
      </div>
      {approve.error !== null && (
        <Alert tone="error" title={fourEyes ? t('settlement.approve.fourEyesTitle') : t('settlement.approve.failed')}>
          {fourEyes ? t('settlement.approve.fourEyes', { name: statement.runByName ?? '' }) : errorMessage(approve.error)}
        </Alert>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={t('settlement.approve.confirmTitle')} description={t('settlement.approve.confirmMessage', { net: formatMoney(statement.netFen) })}>
        <DialogActions>
          <Button data-autofocus onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={confirm}>{t('settlement.approve.button')}</Button>
        </DialogActions>
      </Dialog>
      <PayDialog statement={paying ? statement : null} onClose={() => setPaying(false)} />
    </div>
  );
}
