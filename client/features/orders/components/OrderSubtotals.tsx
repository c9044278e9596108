import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/format';
import type { OrderFilter, OrderPlatform, OrderSubtotals as Subtotals } from '../api';
import { useOrderLabels } from '../labels';
import { paths } from '../../../lib/paths';
import { SubtotalSection } from './SubtotalSection';

type Figures = Omit<Subtotals, 'byPlatform' | 'byHost'>;

/** The figures of one line: orders, GMV, estimated and settled commission, refunds. */
function FigureTable<T extends Figures>({ caption, rows, name, rowKey, testId }: { caption: string; rows: T[]; name: (row: T) => ReactNode; rowKey: (row: T) => string | number; testId: string }) {
  const { t } = useTranslation();
  const th = 'px-3 py-1.5 text-right text-xs font-semibold whitespace-nowrap text-slate-600';
  const td = 'px-3 py-1.5 text-right tabular-nums whitespace-nowrap';
  return (
    <table className="min-w-full text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={`${th} text-left`}><span className="sr-only">{caption}</span></th>
          <th scope="col" className={th}>{t('orders.subtotals.orders')}</th>
          <th scope="col" className={th}>{t('orders.fields.gmv')}</th>
          <th scope="col" className={th}>{t('orders.fields.estimated')}</th>
          <th scope="col" className={th}>{t('orders.fields.settled')}</th>
          <th scope="col" className={th}>{t('orders.subtotals.refunds')}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={rowKey(r)}>
            <th scope="row" className="max-w-48 truncate px-3 py-1.5 text-left font-normal">{name(r)}</th>
            <td className={td}>{r.orders}</td>
            <td className={td}>{formatMoney(r.gmvFen)}</td>
            <td className={td}>{formatMoney(r.estimatedCommissionFen)}</td>
            <td className={td}>{formatMoney(r.settledCommissionFen)}</td>
            <td className={td}>{formatMoney(r.refundsFen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the list's filter matches, summed on the server: totals, by platform, and by host (each host's share) unless one host is picked. */
export function OrderSubtotals({ subtotals, filter }: { subtotals: Subtotals; filter: OrderFilter }) {
  const { t } = useTranslation();
  const labels = useOrderLabels();
  const figure = (id: string, label: string, value: string) => (
    <div className="min-w-28">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd data-testid={id} className="text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
  const link = 'text-indigo-700 hover:underline';
  return (
    <div className="mb-4 space-y-3">
      <dl aria-label={t('orders.subtotals.title')} className="flex flex-wrap gap-x-8 gap-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3">
        {figure('orders-count', t('orders.subtotals.orders'), String(subtotals.orders))}
        {figure('orders-gmv', t('orders.fields.gmv'), formatMoney(subtotals.gmvFen))}
        {figure('orders-estimated', t('orders.fields.estimated'), formatMoney(subtotals.estimatedCommissionFen))}
        {figure('orders-settled', t('orders.fields.settled'), formatMoney(subtotals.settledCommissionFen))}
        {figure('orders-refunds', t('orders.subtotals.refunds'), t('orders.subtotals.refundsValue', { count: subtotals.refunds, amount: formatMoney(subtotals.refundsFen) }))}
      </dl>
      <p className="text-xs text-slate-500">{t('orders.subtotals.note')}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <SubtotalSection id="order-subtotals-by-platform" title={t('orders.subtotals.byPlatform')}>
          <FigureTable
            caption={t('orders.subtotals.byPlatform')} testId="order-subtotals-by-platform" rows={subtotals.byPlatform} rowKey={(r) => r.platform}
            name={(r) => <Link to={paths.ordersOf({ ...filter, platform: r.platform })} className={link}>{labels.platform(r.platform as OrderPlatform)}</Link>}
          />
        </SubtotalSection>
        {subtotals.byHost && (
          <SubtotalSection id="order-subtotals-by-host" title={t('orders.subtotals.byHost')}>
            <FigureTable
              caption={t('orders.subtotals.byHost')} testId="order-subtotals-by-host" rows={subtotals.byHost} rowKey={(r) => r.hostId}
              name={(r) => <Link to={paths.ordersOf({ ...filter, hostId: r.hostId, sessionId: '' })} className={link}>{r.hostName}</Link>}
            />
          </SubtotalSection>
        )}
      </div>
    </div>
  );
}
