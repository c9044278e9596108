import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { LedgerSubtotals as Subtotals } from '../../../../server/shared/api/ledger';
import { SubtotalSection } from './SubtotalSection';

/** What the filter matches, summed by host and by booking period; each line narrows the ledger to it. */
export function LedgerSubtotals({ subtotals, period }: { subtotals: Subtotals; period: string }) {
  const { t } = useTranslation();
  const list = 'divide-y divide-slate-100 text-sm';
  const row = 'flex items-baseline justify-between gap-3 px-3 py-1.5';
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-2">
      <SubtotalSection id="subtotals-by-host" title={t('orders.ledger.byHost')}>
        <ul className={list} data-testid="subtotals-by-host">
          {subtotals.byHost.map((h) => (
            <li key={h.hostId} className={row}>
              <Link to={paths.ledgerOf(period, h.hostId)} className="truncate text-indigo-700 hover:underline">{h.hostName}</Link>
              <span className="text-xs text-slate-500">{t('orders.ledger.entries', { count: h.entries })}</span>
              <span className="ml-auto tabular-nums">{formatMoney(h.amountFen)}</span>
            </li>
          ))}
        </ul>
      </SubtotalSection>
      <SubtotalSection id="subtotals-by-period" title={t('orders.ledger.byPeriod')}>
        <ul className={list} data-testid="subtotals-by-period">
          {subtotals.byPeriod.map((p) => (
            <li key={p.period} className={row}>
              <span>{p.period}</span>
              <span className="text-xs text-slate-500">{t('orders.ledger.entries', { count: p.entries })}</span>
              <span className="ml-auto tabular-nums">{formatMoney(p.amountFen)}</span>
            </li>
          ))}
        </ul>
      </SubtotalSection>
    </div>
  );
}
