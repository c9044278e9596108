import { ApiTokenList } from '../../features/users/components/ApiTokenList';
import { AdminOnly } from './AdminOnly';

export function TokensRoute() {
  return (
    <AdminOnly>
      <ApiTokenList />
    </AdminOnly>
  );
}
