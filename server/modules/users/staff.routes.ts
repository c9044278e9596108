import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { staffDirectoryView } from '../../shared/api/users';
import { staffDirectory } from './users.service';

/** The staff directory: a name for each user id, readable by every role (the user list itself is admins' alone). */
export function staffRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/staff', tag: 'users', access: 'staff.read', summary: 'Every staff member, inactive ones too: id, name, role, active',
      response: staffDirectoryView, handler: () => staffDirectory(deps),
    }),
  ];
}
