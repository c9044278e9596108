import type { ReactNode } from 'react';
import { NoPermission } from '../../components/ui/NoPermission';
import { useCurrentUser } from '../../features/auth/api';
import { isAdmin } from '../../lib/roles';

/** The client-side half of the rule; the server answers 403 `forbidden` all the same, and pages show that too. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  return isAdmin(me.data?.role) ? children : <NoPermission />;
}
