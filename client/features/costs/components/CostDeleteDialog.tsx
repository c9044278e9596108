import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { formatMoney } from '../../../lib/format';
import { useDeleteCost, type Cost } from '../api';
import { useCostKinds } from '../labels';

/** Deleting a cost asks first, naming what goes; a closed period's cost is refused (409) and says so. */
export function CostDeleteDialog({ cost, hostName, onClose }: { cost: Cost | null; hostName: (id: number) => string; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const kinds = useCostKinds();
  const remove = useDeleteCost();

  function close() {
    remove.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={cost !== null}
      title={t('costs.deleteTitle')}
      message={cost ? t('costs.deleteMessage', { host: hostName(cost.hostId), period: cost.period, kind: kinds.label(cost.kind), amount: formatMoney(cost.amountFen) }) : ''}
      confirmLabel={t('costs.delete')}
      pending={remove.isPending}
      error={remove.error ? errorMessage(remove.error) : undefined}
      onCancel={close}
      onConfirm={() => cost && remove.mutate(cost.id, { onSuccess: () => { toast.show(t('costs.deleted')); close(); } })}
    />
  );
}
