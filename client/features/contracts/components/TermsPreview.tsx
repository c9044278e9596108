import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewStatementAmounts } from '../../../../server/domain/statement';
import type { ContractTerms } from '../../../../server/domain/terms';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { formatMoney } from '../../../lib/format';
import { formatRate, parseYuan } from '../../../lib/units';

/**
 * What the host would earn on a base the user types, computed by the settlement's own statement
 * calculation: the number here is the number a statement will show.
 * The guarantee is shown for a whole month with its live-days condition met.
 */
export function TermsPreview({ terms }: { terms: ContractTerms | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [base, setBase] = useState('');
  const parsed = parseYuan(base);
  const baseFen = parsed.ok ? parsed.value : null;

  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-indigo-200 bg-indigo-50/50 p-4">
      <h2 id={titleId} className="mb-3 text-sm font-semibold text-slate-800">{t('preview.title')}</h2>
      <Field label={t('preview.base')} hint={t('preview.baseHint')} error={parsed.ok ? undefined : t('terms.errors.yuan')} className="max-w-xs">
        {(c) => <Input {...c} inputMode="decimal" value={base} onChange={(e) => setBase(e.target.value)} />}
      </Field>
      {terms === null ? (
        <p className="mt-3 text-sm text-slate-600">{t('preview.fixTerms')}</p>
      ) : baseFen === null ? (
        <p className="mt-3 text-sm text-slate-600">{t('preview.typeBase')}</p>
      ) : (
        <PreviewLines terms={terms} baseFen={baseFen} />
      )}
    </section>
  );
}

function PreviewLines({ terms, baseFen }: { terms: ContractTerms; baseFen: number }) {
  const { t } = useTranslation();
  const { hostShare: share, guaranteeFen, payableFen, tax, netFen } = previewStatementAmounts(baseFen, terms);
  const line = (label: string, value: string, strong = false) => (
    <div key={label} className="flex justify-between gap-6">
      <dt className="text-slate-600">{label}</dt>
      <dd className={strong ? 'font-semibold text-slate-900 tabular-nums' : 'text-slate-900 tabular-nums'}>{value}</dd>
    </div>
  );

  return (
    <div className="mt-4 space-y-3 text-sm" aria-live="polite">
      <ul className="space-y-0.5 text-xs text-slate-600">
        {share.tiers.filter((tier) => tier.applied).map((tier) => (
          <li key={tier.fromFen}>
            {t('preview.tierLine', { from: formatMoney(tier.fromFen), amount: formatMoney(tier.amountInTierFen), rate: formatRate(tier.rateBp) })}
          </li>
        ))}
      </ul>
      <dl className="max-w-sm space-y-1">
        {line(t('preview.share'), formatMoney(share.shareFen), true)}
        {terms.guarantee && line(t('preview.guarantee'), formatMoney(guaranteeFen))}
        {terms.guarantee && line(t('preview.payable'), formatMoney(payableFen))}
        {tax && line(t('preview.tax'), formatMoney(tax.taxFen))}
        {tax && line(t('preview.net'), formatMoney(netFen), true)}
      </dl>
    </div>
  );
}
