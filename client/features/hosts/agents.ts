import { useTranslation } from 'react-i18next';
import { useStaffDirectory } from '../../lib/staff';

/** A name for any agent id (past staff too), for every role; agents are picked with the StaffPicker. */
export function useAgents() {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const name = (id: number | null) => {
    if (id === null) return '—';
    return staff.find(id)?.name ?? t('hosts.agentById', { id });
  };
  return { name };
}
