import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { LedgerSubtotals as Subtotals } from '../../../../server/shared/api/ledger';

/** What the filter matches, summed by host and by booking period; each line narrows the ledger to it. */
export function LedgerSubtotals({ subtotals, period }: { subtotals: Subtotals; period: string }) {
  const { t } = useTranslation();
  const list = 'max-h-64 divide-y divide-slate-100 overflow-y-auto text-sm';
  const row = 'flex items-baseline justify-between gap-3 px-3 py-1.5';
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="subtotals-by-host" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="subtotals-by-host" className="border-b border-slate-200 px-3 py-2 text-sm font-semibold text-slate-800">{t('orders.ledger.byHost')}</h2>
        <ul className={list} data-testid="subtotals-by-host">
          {subtotals.byHost.map((h) => (
            <li key={h.hostId} className={row}>
              <Link to={paths.ledgerOf(period, h.hostId)} className="truncate text-indigo-700 hover:underline">{h.hostName}</Link>
              <span className="text-xs text-slate-500">{t('orders.ledger.entries', { count: h.entries })}</span>
              <span className="ml-auto tabular-nums">{formatMoney(h.amountFen)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="subtotals-by-period" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="subtotals-by-period" className="border-b border-slate-200 px-3 py-2 text-sm font-semibold text-slate-800">{t('orders.ledger.byPeriod')}</h2>
        <ul className={list} data-testid="subtotals-by-period">
          {subtotals.byPeriod.map((p) => (
            <li key={p.period} className={row}>
              <span>{p.period}</span>
              <span className="text-xs text-slate-500">{t('orders.ledger.entries', { count: p.entries })}</span>
              <span className="ml-auto tabular-nums">{formatMoney(p.amountFen)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
