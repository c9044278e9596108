import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { categories, useRosterLabels, type Category } from '../../../lib/roster-labels';
import type { ComplianceIssue } from '../api';

/** One finding in words; a contract that ends soon links to it. */
export function ComplianceIssueText({ issue }: { issue: ComplianceIssue }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  if ('age' in issue) return <>{t('compliance.issues.missing_guardian_consent', { age: issue.age })}</>;
  if ('expired' in issue) {
    const category = categories.includes(issue.category as Category) ? label.category(issue.category as Category) : issue.category;
    return <>{t(issue.expired ? 'compliance.issues.qualification_expired' : 'compliance.issues.qualification_expiring', { category, date: issue.expiresOn })}</>;
  }
  if ('contractId' in issue) {
    return (
      <Link to={paths.contract(issue.contractId)} className="underline">
        {t('compliance.issues.contract_expiring', { number: issue.number, date: issue.endDate })}
      </Link>
    );
  }
  if (issue.kind === 'missing_birth_date') return <>{t('compliance.issues.missing_birth_date')}</>;
  if (issue.kind === 'not_real_name_verified') return <>{t('compliance.issues.not_real_name_verified')}</>;
  return <>{issue.kind}</>;
}
