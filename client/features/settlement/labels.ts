import { useTranslation } from 'react-i18next';
import { statementStatuses, type StatementStatus } from '../../../server/domain/settlement';
import type { Text } from '../../../server/domain/text';
import type { BadgeTone } from '../../components/ui/Badge';
import { currentLanguage } from '../../lib/i18n';

export { statementStatuses, type StatementStatus };

export const statementStatusTone: Record<StatementStatus, BadgeTone> = { draft: 'amber', approved: 'blue', paid: 'green' };

export function useStatementLabels() {
  const { t } = useTranslation();
  return {
    status: (s: StatementStatus) => t(`settlement.status.${s}`),
    statusOptions: statementStatuses.map((value) => ({ value, label: t(`settlement.status.${value}`) })),
  };
}

/** A sentence the domain words in both languages (explainStatement's lines), read in the UI's language. */
export function useLocalText(): (text: Text) => string {
  useTranslation();
  return (text) => text.in(currentLanguage());
}
