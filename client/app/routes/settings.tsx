import { useCurrentUser } from '../../features/auth/api';
import { SettingsPage } from '../../features/settings/components/SettingsPage';
import { isAdmin } from '../../lib/roles';

export function SettingsRoute() {
  const me = useCurrentUser();
  return <SettingsPage canEdit={isAdmin(me.data?.role)} />;
}
