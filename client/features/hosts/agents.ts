import { useTranslation } from 'react-i18next';
import { useViewer } from '../../lib/viewer';
import { useStaff } from './api';

/**
 * Agents to pick from and a name for an agent id. Only an admin can list staff, so other roles see themselves
 * as the one choice and other agents by id (see the note on useStaff).
 */
export function useAgents() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const staff = useStaff(viewer?.role === 'admin');
  const people = staff.data?.items.filter((u) => u.active) ?? (viewer ? [viewer] : []);
  const options = people.map((u) => ({ value: String(u.id), label: u.name }));
  const name = (id: number | null) => {
    if (id === null) return '—';
    const found = (staff.data?.items ?? (viewer ? [viewer] : [])).find((u) => String(u.id) === String(id));
    return found ? found.name : t('hosts.agentById', { id });
  };
  return { options, name };
}
