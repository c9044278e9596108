import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { useFormatInstant } from '../../../lib/time-zone';
import { formatRate } from '../../../lib/units';
import { useViewer } from '../../../lib/viewer';
import { useOrder } from '../api';
import { orderStatusTone, useOrderLabels } from '../labels';
import { AssignGroupDialog } from './AssignGroupDialog';
import { OrderAttribution } from './OrderAttribution';
import { OrderLedger } from './OrderLedger';
import { RawRowTable } from './RawRowTable';

/** One order: what the platform said, where it was attributed, what the ledger booked, and the raw row. */
export function OrderShow({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useOrderLabels();
  const formatInstant = useFormatInstant();
  const viewer = useViewer();
  const order = useOrder(id);
  const [assigning, setAssigning] = useState(false);

  if (order.isPending) return <Spinner />;
  if (order.isError) return <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  const o = order.data;
  // The platform's own rate text matters when it is finer than a bp or in another unit (x10000, per mille).
  const rateText = (bp: number, raw: string) => (raw && raw !== formatRate(bp) ? `${formatRate(bp)} (${t('orders.rawRate', { raw })})` : formatRate(bp));
  const canAssign = o.accountId === null && can(viewer?.role, 'orders.write');

  return (
    <section className="space-y-6">
      <PageHeader
        title={t('orders.showTitle', { rowKey: o.rowKey })}
        description={o.product}
        actions={
          <>
            <ButtonLink to={o.accountId === null ? paths.unmatchedOrders : paths.orders}>{t('orders.backToList')}</ButtonLink>
            {canAssign && <Button variant="primary" onClick={() => setAssigning(true)}>{t('orders.assign.button')}</Button>}
          </>
        }
      />
      <div className="flex gap-2">
        <Badge tone={orderStatusTone[o.status]}>{labels.status(o.status)}</Badge>
        {o.accountId === null && <Badge tone="amber">{t('orders.unmatched')}</Badge>}
      </div>
      <DetailList
        rows={[
          [t('orders.fields.platform'), labels.platform(o.platform)],
          [t('orders.fields.rowKey'), <span className="font-mono">{o.rowKey}</span>],
          [t('orders.fields.product'), `${o.product} × ${o.quantity}`],
          [t('orders.fields.gmv'), formatMoney(o.gmvFen)],
          [t('orders.fields.base'), formatMoney(o.commissionBaseFen)],
          [t('orders.fields.rate'), rateText(o.commissionRateBp, o.commissionRateRaw)],
          [t('orders.fields.estimated'), formatMoney(o.estimatedCommissionFen)],
          [t('orders.fields.settled'), formatMoney(o.settledCommissionFen)],
          [t('orders.fields.paidAt'), formatInstant(o.paidAt)],
          [t('orders.fields.settledAt'), formatInstant(o.settledAt)],
          [t('orders.fields.refundedAt'), formatInstant(o.refundedAt)],
        ]}
      />
      <OrderAttribution order={o} />
      <OrderLedger entries={o.ledger} />
      <RawRowTable raw={o.raw} />
      <AssignGroupDialog
        group={assigning && o.accountIdentifiers[0] ? { platform: o.platform, identifier: o.accountIdentifiers[0], identifiers: o.accountIdentifiers } : null}
        onClose={() => setAssigning(false)}
      />
    </section>
  );
}
