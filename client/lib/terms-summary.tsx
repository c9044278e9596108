import { useTranslation } from 'react-i18next';
import type { ContractTerms } from '../../server/domain/terms';
import { formatMoney } from './format';
import { formatRate } from './units';

/** A contract's terms in one short paragraph (contracts and statements show them alike): "阶梯（超额累进）：¥0 起 30.00%，¥100,000.00 起 40.00%；保底 ¥5,000.00 取高；劳务报酬代扣". */
export function TermsSummary({ terms }: { terms: ContractTerms | null }) {
  const { t } = useTranslation();
  if (!terms) return <span className="text-slate-500">{t('terms.unreadable')}</span>;
  const share = terms.hostShare;
  const parts = [
    share.mode === 'flat'
      ? t('terms.summaryFlat', { rate: formatRate(share.rateBp) })
      : t('terms.summaryTiered', {
          mode: t(`terms.modes.${share.mode}`),
          tiers: share.tiers.map((tier) => t('terms.summaryTier', { from: formatMoney(tier.fromFen), rate: formatRate(tier.rateBp) })).join(t('terms.listSeparator')),
        }),
    terms.guarantee && t(terms.guarantee.mode === 'max' ? 'terms.summaryGuaranteeMax' : 'terms.summaryGuaranteePlus', { amount: formatMoney(terms.guarantee.amountFen) }),
    terms.guarantee?.minLiveDays !== undefined && t('terms.summaryLiveDays', { days: terms.guarantee.minLiveDays, minutes: terms.guarantee.minMinutesPerDay ?? 0 }),
    terms.includePitFees && t('terms.includePitFees'),
    terms.deductCosts && t('terms.deductCosts'),
    terms.tax === 'labor' ? t('terms.taxLabor') : t('terms.taxNone'),
  ].filter(Boolean);
  return <span>{parts.join(t('terms.separator'))}</span>;
}
