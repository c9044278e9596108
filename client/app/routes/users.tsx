import { UserList } from '../../features/users/components/UserList';
import { AdminOnly } from './AdminOnly';

export function UsersRoute() {
  return (
    <AdminOnly>
      <UserList />
    </AdminOnly>
  );
}
