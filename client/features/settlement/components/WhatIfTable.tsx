import clsx from 'clsx';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import type { WhatIfPeriod, WhatIfView } from '../what-if-api';

const lines = [
  { key: 'net', field: 'netFen' },
  { key: 'payable', field: 'payableFen' },
  { key: 'share', field: 'shareFen' },
  { key: 'guarantee', field: 'guaranteeFen' },
  { key: 'tax', field: 'taxFen' },
] as const;

const numeric = 'px-3 py-2 text-right tabular-nums whitespace-nowrap';
const whatIfCell = 'bg-indigo-50/60';

/** A difference with its sign: more for the host is green, less is red. */
function Difference({ fen }: { fen: number | null }) {
  if (fen === null) return <>—</>;
  return <span className={clsx('font-semibold', fen > 0 ? 'text-green-700' : fen < 0 ? 'text-red-700' : 'text-slate-700')}>{fen > 0 ? `+${formatMoney(fen)}` : formatMoney(fen)}</span>;
}

/** Period by period, each line as paid and as the candidate terms would have paid it, then the net difference; totals at the foot. */
export function WhatIfTable({ result }: { result: WhatIfView }) {
  const { t } = useTranslation();
  const rows = result.periods;
  if (rows.length === 0) return <p className="rounded-lg border border-slate-200 bg-white px-4 py-8 text-center text-sm text-slate-500">{t('whatIf.empty')}</p>;
  const refused = rows.some((p) => p.whatIf === null);
  const sum = (f: (p: WhatIfPeriod) => number) => rows.reduce((total, p) => total + f(p), 0);
  const paidNet = sum((p) => p.netFen);
  const whatIfNet = refused ? null : sum((p) => p.whatIfNetFen ?? 0);

  return (
    <div className="space-y-3">
      <h3 className="text-base font-semibold text-slate-900">{t('whatIf.resultTitle')}</h3>
      {whatIfNet !== null && (
        <p className="text-sm text-slate-700">
          {t('whatIf.summary', { count: rows.length, paid: formatMoney(paidNet), whatIf: formatMoney(whatIfNet), difference: `${whatIfNet > paidNet ? '+' : ''}${formatMoney(whatIfNet - paidNet)}` })}
        </p>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t('whatIf.caption')}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" rowSpan={2} className="px-3 py-2 text-left font-semibold">{t('whatIf.period')}</th>
              {lines.map((line) => (
                <th key={line.key} scope="colgroup" colSpan={2} className="border-l border-slate-200 px-3 py-2 text-center font-semibold">{t(`whatIf.lines.${line.key}`)}</th>
              ))}
              <th scope="col" rowSpan={2} className="border-l border-slate-200 px-3 py-2 text-right font-semibold">{t('whatIf.difference')}</th>
            </tr>
            <tr>
              {lines.map((line) => (
                <Fragment key={line.key}>
                  <th scope="col" className="border-l border-slate-200 px-3 py-1.5 text-right text-xs font-medium">{t('whatIf.paid')}</th>
                  <th scope="col" className={clsx('px-3 py-1.5 text-right text-xs font-medium', whatIfCell)}>{t('whatIf.whatIf')}</th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((p) => <PeriodRows key={p.statementId} p={p} />)}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-semibold text-slate-900">
            <tr>
              <th scope="row" className="px-3 py-2 text-left">{t('whatIf.total')}</th>
              {lines.map((line) => (
                <Fragment key={line.key}>
                  <td className={clsx(numeric, 'border-l border-slate-200')}>{formatMoney(sum((p) => p[line.field]))}</td>
                  <td className={clsx(numeric, whatIfCell)}>{refused ? '—' : formatMoney(sum((p) => p.whatIf?.[line.field] ?? 0))}</td>
                </Fragment>
              ))}
              <td className={clsx(numeric, 'border-l border-slate-200')}><Difference fen={whatIfNet === null ? null : whatIfNet - paidNet} /></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

function PeriodRows({ p }: { p: WhatIfPeriod }) {
  const { t } = useTranslation();
  const refusal = p.whatIfRefused && (currentLanguage() === 'en' ? p.whatIfRefused.message : p.whatIfRefused.messageZh);
  return (
    <>
      <tr className="hover:bg-slate-50" data-period={p.period}>
        <th scope="row" className="px-3 py-2 text-left font-medium">
          <Link to={paths.statement(p.statementId)} className="text-indigo-700 hover:underline">{p.period}</Link>
        </th>
        {lines.map((line) => (
          <Fragment key={line.key}>
            <td className={clsx(numeric, 'border-l border-slate-200')} data-cell={`${line.key}-paid`}>{formatMoney(p[line.field])}</td>
            <td className={clsx(numeric, whatIfCell)} data-cell={`${line.key}-what-if`}>{p.whatIf ? formatMoney(p.whatIf[line.field]) : '—'}</td>
          </Fragment>
        ))}
        <td className={clsx(numeric, 'border-l border-slate-200')} data-cell="difference">
          <Difference fen={p.whatIfNetFen === null ? null : p.whatIfNetFen - p.netFen} />
        </td>
      </tr>
      {refusal && (
        <tr>
          <td colSpan={2 + lines.length * 2} className="bg-red-50 px-3 py-2 text-sm text-red-800" role="note">
            {t('whatIf.refused', { period: p.period, reason: refusal })}
          </td>
        </tr>
      )}
    </>
  );
}
