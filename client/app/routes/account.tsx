import { Spinner } from '../../components/ui/Spinner';
import { useCurrentUser } from '../../features/auth/api';
import { AccountPage } from '../../features/auth/components/AccountPage';

export function AccountRoute() {
  const me = useCurrentUser();
  return me.data ? <AccountPage user={me.data} /> : <Spinner />;
}
