import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { Badge } from '../../../components/ui/Badge';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useStaffDirectory } from '../../../lib/staff';
import { useFormatInstant } from '../../../lib/time-zone';
import { useHostNames, useReconciliation, type ReconciliationItem } from '../api';
import { useAccountLabel } from '../labels';
import { MismatchTable } from './MismatchTable';
import { PayoutForm } from './PayoutForm';
import { ReconcileControl } from './ReconcileControl';

type Props = { period: string; accountId: number; canWrite: boolean };

/** One platform account in one period: its figures, the platform's payout against the ledger, the mark, and the mismatched orders. */
export function AccountPeriodShow({ period, accountId, canWrite }: Props) {
  const { t } = useTranslation();
  const platformLabel = useAccountLabel();
  const list = useReconciliation(period);
  const item = list.data?.items.find((i) => i.accountId === accountId);
  const hostName = useHostNames(item ? [item.hostId] : []);
  const back = <ButtonLink to={paths.reconciliationOf(period)}>{t('reconciliation.backToList')}</ButtonLink>;

  if (list.isPending) return <Spinner />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!item) {
    return (
      <section>
        <PageHeader title={t('reconciliation.accountTitle', { account: `#${accountId}`, period })} actions={back} />
        <Alert tone="info">{t('reconciliation.accountEmpty', { period })}</Alert>
      </section>
    );
  }
  const locked = list.data.locked;
  const account = `${platformLabel(item.platform)} ${item.handle ?? `#${item.accountId}`}`;

  return (
    <section className="space-y-6">
      <PageHeader title={t('reconciliation.accountTitle', { account, period })} description={t('reconciliation.accountDescription')} actions={back} />
      <div className="flex flex-wrap gap-2">
        <Badge tone={item.reconciled ? 'green' : 'amber'}>{t(item.reconciled ? 'reconciliation.reconciled' : 'reconciliation.notReconciled')}</Badge>
        <Badge tone={locked ? 'neutral' : 'green'}>{t(locked ? 'reconciliation.locked' : 'reconciliation.open')}</Badge>
      </div>
      {locked && <Alert tone="info">{t('reconciliation.lockedNotice', { period })}</Alert>}
      <Figures item={item} hostName={hostName(item.hostId)} />
      {canWrite && !locked && (
        <div className="grid gap-6 lg:grid-cols-2">
          <PayoutForm period={period} item={item} />
          <ReconcileControl period={period} item={item} />
        </div>
      )}
      <div>
        <h2 className="mb-3 text-base font-semibold text-slate-900">{t('reconciliation.mismatchesTitle')}</h2>
        <MismatchTable period={period} accountId={accountId} />
      </div>
    </section>
  );
}

function Figures({ item, hostName }: { item: ReconciliationItem; hostName: string }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const formatInstant = useFormatInstant();
  const money = (fen: number | null) => (fen === null ? t('reconciliation.noPayout') : formatMoney(fen));
  const by = item.reconciledBy === null ? '—' : (staff.find(item.reconciledBy)?.name ?? `#${item.reconciledBy}`);
  const rows: [string, ReactNode][] = [
    [t('reconciliation.fields.host'), item.hostId > 0 ? <Link to={paths.host(item.hostId)} className="text-indigo-700 hover:underline">{hostName}</Link> : '—'],
    [t('reconciliation.fields.orders'), t('reconciliation.ordersFact', { orders: item.orders, invalid: item.invalidOrders })],
    [t('reconciliation.fields.gmvFen'), formatMoney(item.gmvFen)],
    [t('reconciliation.fields.estimatedCommissionFen'), formatMoney(item.estimatedCommissionFen)],
    [t('reconciliation.fields.settledCommissionFen'), formatMoney(item.settledCommissionFen)],
    [t('reconciliation.fields.refundsFen'), formatMoney(item.refundsFen)],
    [t('reconciliation.fields.ledgerFen'), formatMoney(item.ledgerFen)],
    [t('reconciliation.fields.payoutFen'), <span data-testid="payout">{money(item.payoutFen)}</span>],
    [t('reconciliation.fields.differenceFen'), <span data-testid="difference" className={item.differenceFen ? 'font-semibold text-red-700' : undefined}>{item.differenceFen === null ? '—' : formatMoney(item.differenceFen)}</span>],
    [t('reconciliation.fields.commissionMismatches'), item.commissionMismatches],
    [t('reconciliation.fields.settledWithoutHost'), item.settledWithoutHost],
    [t('reconciliation.fields.reconciled'), item.reconciled ? t('reconciliation.reconciledFact', { name: by, at: formatInstant(item.reconciledAt) }) : t('reconciliation.notReconciled')],
    [t('reconciliation.fields.note'), item.note || '—'],
  ];
  return <DetailList rows={rows} />;
}
