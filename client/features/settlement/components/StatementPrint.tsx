import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useFormatInstant } from '../../../lib/time-zone';
import { useStatement, type StatementDetail } from '../api';
import { ExplainedLines } from './ExplainedLines';
import { useStatementFacts } from './statement-facts';

/** The printable statement (结算单): one clean A4 page; the toolbar above it does not print. */
export function StatementPrint({ id, agencyName }: { id: string; agencyName: string }) {
  const { t } = useTranslation();
  const statement = useStatement(id);
  return (
    <div className="min-h-screen bg-slate-100 py-6 print:min-h-0 print:bg-white print:py-0">
      <div className="mx-auto mb-4 flex max-w-[210mm] justify-end gap-2 px-4 print:hidden">
        <ButtonLink to={paths.statement(id)}>{t('settlement.print.back')}</ButtonLink>
        <Button variant="primary" disabled={!statement.data} onClick={() => window.print()}>{t('settlement.print.print')}</Button>
      </div>
      {statement.isPending ? (
        <Spinner />
      ) : statement.isError ? (
        <div className="mx-auto max-w-[210mm] px-4"><ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} /></div>
      ) : (
        <PrintSheet statement={statement.data} agencyName={agencyName} />
      )}
    </div>
  );
}

function PrintSheet({ statement: s, agencyName }: { statement: StatementDetail; agencyName: string }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const facts = useStatementFacts(s);
  const title = t('settlement.print.title', { period: s.period });
  return (
    <article className="mx-auto max-w-[210mm] bg-white px-[14mm] py-[12mm] text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none" aria-label={title}>
      <title>{`${agencyName} · ${title} · ${s.host?.stageName ?? s.hostId}`}</title>
      <header className="mb-5 border-b-2 border-slate-800 pb-3 text-center">
        <p className="text-lg font-semibold" data-testid="agency-name">{agencyName}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-wide">{title}</h1>
      </header>
      <dl className="mb-5 grid grid-cols-[7rem_1fr] gap-x-4 gap-y-1.5 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ExplainedLines compact detail={s} caption={t('settlement.linesTitle')} />
      <p className="mt-4 text-right text-base">
        {t('settlement.lines.net')}：<strong className="text-lg tabular-nums" data-testid="print-net">{formatMoney(s.netFen)}</strong>
      </p>
      <div className="mt-14 grid grid-cols-2 gap-10 text-sm break-inside-avoid print:mt-10">
        <p className="flex items-end gap-2">{t('settlement.print.signature')}：<span className="inline-block h-6 flex-1 border-b border-slate-800" /></p>
        <p className="flex items-end gap-2">{t('settlement.print.date')}：<span className="inline-block h-6 flex-1 border-b border-slate-800" /></p>
      </div>
      <p className="mt-8 text-xs text-slate-500">{t('settlement.print.printedAt', { at: formatInstant(new Date()), id: s.id })}</p>
    </article>
  );
}
