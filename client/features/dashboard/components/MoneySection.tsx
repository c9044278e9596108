import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { DashboardView } from '../api';
import { formatChangeBp } from '../figures';
import { FigureCard } from './FigureCard';

type Money = NonNullable<DashboardView['money']>;

function Change({ bp }: { bp: number | null }) {
  const { t } = useTranslation();
  if (bp === null) return <span>{t('dashboard.noChange')}</span>;
  return <span className={bp < 0 ? 'text-red-700' : 'text-emerald-700'}>{t('dashboard.change', { value: formatChangeBp(bp) })}</span>;
}

/** This month's GMV and commissions against last month; GMV and estimates open the month's orders, settled the month's ledger. */
export function MoneySection({ money, period, previousPeriod }: { money: Money; period: string; previousPeriod: string }) {
  const { t } = useTranslation();
  const { current, previous, change } = money;
  const lastMonth = (fen: number, to: string) => <Link to={to} className="hover:underline">{t('dashboard.lastMonth', { value: formatMoney(fen) })}</Link>;
  return (
    <section aria-labelledby="dashboard-month">
      <h2 id="dashboard-month" className="mb-3 text-lg font-semibold text-slate-900">{t('dashboard.month', { period })}</h2>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <FigureCard testId="figure-gmv" label={t('dashboard.gmv')} value={formatMoney(current.gmvFen)} to={paths.ordersOf({ period })}
          detail={<><Change bp={change.gmvBp} /> · {t('dashboard.ordersOf', { count: current.orders })}</>} />
        <FigureCard testId="figure-estimated" label={t('dashboard.estimated')} value={formatMoney(current.estimatedCommissionFen)} to={paths.ordersOf({ period })}
          detail={<Change bp={change.estimatedCommissionBp} />} />
        <FigureCard testId="figure-settled" label={t('dashboard.settled')} value={formatMoney(current.settledCommissionFen)} to={paths.ledgerOfPeriod(period)}
          detail={<Change bp={change.settledCommissionBp} />} />
        <FigureCard testId="figure-refunds" label={t('dashboard.refunds')} value={formatMoney(current.refundsFen)} to={paths.ordersOf({ period, status: 'invalid' })}
          detail={t('dashboard.refundsOf', { count: current.refunds })} />
      </div>
      <p className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-500">
        <span>{t('dashboard.gmv')}: {lastMonth(previous.gmvFen, paths.ordersOf({ period: previousPeriod }))}</span>
        <span>{t('dashboard.estimated')}: {lastMonth(previous.estimatedCommissionFen, paths.ordersOf({ period: previousPeriod }))}</span>
        <span>{t('dashboard.settled')}: {lastMonth(previous.settledCommissionFen, paths.ledgerOfPeriod(previousPeriod))}</span>
      </p>
    </section>
  );
}
