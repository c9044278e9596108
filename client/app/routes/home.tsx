import { DashboardPage } from '../../features/dashboard/components/DashboardPage';
import { useCurrentUser } from '../../features/auth/api';

export function HomeRoute() {
  const me = useCurrentUser();
  return <DashboardPage userName={me.data?.name ?? ''} />;
}
