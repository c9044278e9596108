import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import type { Order } from '../api';
import { AssignAccountForm } from './AssignAccountForm';

/** From the unmatched queue: pick a host, then one of the host's accounts on the order's platform. */
export function AssignAccountDialog({ order, onClose }: { order: Order | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={order !== null}
      onClose={onClose}
      title={t('orders.assign.title')}
      description={order ? t('orders.assign.description', { identifier: order.accountIdentifiers[0] ?? '—' }) : undefined}
    >
      {order && <AssignAccountForm order={order} onDone={onClose} />}
    </Dialog>
  );
}
