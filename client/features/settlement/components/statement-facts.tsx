import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { TermsSummary } from '../../../lib/terms-summary';
import { useFormatInstant } from '../../../lib/time-zone';
import type { StatementDetail } from '../api';
import { appliedOf } from '../explain';
import { statementStatusTone, useStatementLabels } from '../labels';

/**
 * What a statement is about, as term and value: the host (ID masked), the period, the contract version and
 * terms applied and why, and the status with who ran, approved and paid it and when. The page and the
 * printout show the same facts.
 */
export function useStatementFacts(s: StatementDetail, hostName?: (name: string) => ReactNode): [string, ReactNode][] {
  const { t } = useTranslation();
  const label = useStatementLabels();
  const formatInstant = useFormatInstant();
  const applied = appliedOf(s);
  const who = (name: string | null, at: string | null) => (!name ? '—' : at ? t('settlement.byAt', { name, at: formatInstant(at) }) : name);
  const names = s.host ? `${s.host.stageName}（${s.host.legalName}）` : `#${s.hostId}`;
  return [
    [t('settlement.fields.host'), hostName ? hostName(names) : names],
    [t('settlement.fields.idNumber'), s.host?.idNumber ?? '—'],
    [t('settlement.fields.period'), s.period],
    [t('settlement.fields.contract'), t('settlement.contractVersion', { number: applied.contractNumber, version: applied.version, from: applied.effectiveFrom })],
    [t('settlement.fields.termsBasis'), t(`settlement.basis_${applied.basis}`, { date: applied.date, period: s.period })],
    [t('settlement.fields.terms'), <TermsSummary terms={applied.terms} />],
    [t('settlement.fields.status'), <Badge tone={statementStatusTone[s.status]}>{label.status(s.status)}</Badge>],
    [t('settlement.fields.runBy'), who(s.runByName, s.runAt)],
    [t('settlement.fields.approvedBy'), who(s.approvedByName, s.approvedAt)],
    [t('settlement.fields.paidBy'), s.status === 'paid' ? t('settlement.paidFacts', { who: who(s.paidByName, s.paidAt), reference: s.paymentReference ?? '—', paidOn: s.paidOn ?? '—' }) : '—'],
  ];
}
