import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format';
import type { StatementDetail } from '../api';
import { explainedLines } from '../explain';
import { useLocalText } from '../labels';

/** The lines a reader adds up: the base, what is payable and what is paid out stand out. */
const emphasized = new Set(['base', 'payable', 'net']);

/**
 * Every line of the statement with the inputs behind it ("why is this number?"), worded as the .xlsx export
 * words them. Sub-lines (cost kinds, each adjustment) sit indented under their line.
 */
export function ExplainedLines({ detail, caption, compact = false }: { detail: Pick<StatementDetail, 'lines' | 'applied'>; caption: string; /** Tighter rows, so a printed statement keeps to one A4 page. */ compact?: boolean }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const lines = explainedLines(detail);
  const cell = compact ? 'py-1' : 'py-1.5';
  if (!lines) return <p className="text-sm text-red-700">{t('settlement.linesUnreadable')}</p>;
  return (
    <table className="w-full border-collapse text-sm" data-testid="statement-lines">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-600">
          <th scope="col" className="py-2 pr-4 font-semibold">{t('settlement.lineItem')}</th>
          <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('settlement.amount')}</th>
          <th scope="col" className="py-2 font-semibold">{t('settlement.basis')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} data-line={line.key} className={clsx('border-b border-slate-100 align-top', emphasized.has(line.key) && 'bg-slate-50 font-semibold')}>
            <th scope="row" className={clsx(cell, 'pr-4 text-left whitespace-nowrap', line.sub ? 'pl-6 font-normal text-slate-600' : 'font-medium text-slate-900')}>
              {local(line.label)}
            </th>
            <td className={clsx(cell, 'pr-4 text-right whitespace-nowrap tabular-nums', line.sub && 'text-slate-600')}>{formatMoney(line.amountFen)}</td>
            <td className={clsx(cell, 'font-normal text-slate-600')}>{local(line.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
