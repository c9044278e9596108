import { useQuery } from '@tanstack/react-query';
import { staffDirectoryView } from '../../server/shared/api/users';
import { apiRequest } from './api';
import { apiPaths } from './paths';

/**
 * Every colleague's name, role and whether they still work here, readable by every role: agents and crew are
 * picked from the active ones and named from all (past ones keep their names). Under the users' query key, so a
 * change on the Users page refreshes it.
 */
export function useStaffDirectory() {
  const { data } = useQuery({
    queryKey: ['users', 'staff'],
    queryFn: ({ signal }) => apiRequest(apiPaths.staff, { schema: staffDirectoryView, signal }),
    staleTime: 5 * 60_000,
  });
  const all = data?.items ?? [];
  return {
    all,
    active: all.filter((u) => u.active),
    find: (id: number | string) => all.find((u) => String(u.id) === String(id)),
  };
}
