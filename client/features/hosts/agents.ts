import { useTranslation } from 'react-i18next';
import { useStaffDirectory } from '../../lib/staff';

/** Agents to pick from (active staff) and a name for any agent id (past staff too), for every role. */
export function useAgents() {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const options = staff.active.map((u) => ({ value: String(u.id), label: u.name }));
  const name = (id: number | null) => {
    if (id === null) return '—';
    return staff.find(id)?.name ?? t('hosts.agentById', { id });
  };
  return { options, name };
}
