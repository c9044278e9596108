import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useStaffDirectory } from '../../../lib/staff';
import { useFormatInstant } from '../../../lib/time-zone';
import type { RunView } from '../api';

type Unsettled = RunView['unsettled'][number];
const totalKeys = ['commissionFen', 'pitFeesFen', 'costsFen', 'payableFen', 'taxFen', 'netFen', 'agencyKeepsFen'] as const;
const totalLabel = { commissionFen: 'commission', pitFeesFen: 'pitFees', costsFen: 'costs', payableFen: 'payable', taxFen: 'tax', netFen: 'net', agencyKeepsFen: 'agencyKeeps' } as const;

/** The period's last run: when and by whom, what it wrote, its totals, and the money it could not settle and why. */
export function RunSummary({ run }: { run: RunView }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const formatInstant = useFormatInstant();
  const zh = currentLanguage() === 'zh-CN';
  return (
    <section aria-labelledby="last-run" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="last-run" className="text-base font-semibold text-slate-900">{t('settlement.run.lastTitle')}</h2>
        <p className="text-sm text-slate-600">
          {t('settlement.run.lastBy', { at: formatInstant(run.runAt), name: staff.find(run.runBy)?.name ?? `#${run.runBy}` })}
          {' · '}
          {t('settlement.run.counts', { written: run.statements.length, skipped: run.skipped.length, removed: run.removed.length })}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label={t('settlement.run.totals')}>
        {totalKeys.map((key) => (
          <div key={key} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-500">{t(`settlement.lines.${totalLabel[key]}`)}</dt>
            <dd className="mt-0.5 font-semibold text-slate-900 tabular-nums">{formatMoney(run.totals[key])}</dd>
          </div>
        ))}
      </dl>
      {run.unsettled.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-amber-800">{t('settlement.run.unsettledTitle', { count: run.unsettled.length })}</h3>
          <Table<Unsettled>
            caption={t('settlement.run.unsettledTitle', { count: run.unsettled.length })}
            columns={[
              { key: 'host', header: t('settlement.fields.host'), cell: (u) => <Link to={paths.host(u.hostId, 'contracts')} className="text-indigo-700 hover:underline">{u.stageName ?? `#${u.hostId}`}</Link>, className: 'whitespace-nowrap' },
              { key: 'commission', header: t('settlement.lines.commission'), cell: (u) => formatMoney(u.commissionFen), className: 'text-right tabular-nums' },
              { key: 'pitFees', header: t('settlement.lines.pitFees'), cell: (u) => formatMoney(u.pitFeesFen), className: 'text-right tabular-nums' },
              { key: 'costs', header: t('settlement.lines.costs'), cell: (u) => formatMoney(u.costsFen), className: 'text-right tabular-nums' },
              { key: 'reason', header: t('settlement.run.reason'), cell: (u) => (zh ? u.reasonZh : u.reason) },
            ]}
            rows={run.unsettled}
            rowKey={(u) => u.hostId}
            emptyMessage="—"
          />
        </div>
      )}
      {run.unallocatedPitFees.length > 0 && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-amber-800">{t('settlement.run.unallocatedTitle', { count: run.unallocatedPitFees.length })}</h3>
          <ul className="space-y-1 text-sm text-slate-700">
            {run.unallocatedPitFees.map((p) => (
              <li key={`${p.dealId}-${p.sessionId ?? ''}`}>
                {t('settlement.run.unallocatedLine', { deal: p.dealId, amount: formatMoney(p.amountFen) })} {zh ? p.reasonZh : p.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
