import type { ReactNode } from 'react';
import { NoPermission } from '../../components/ui/NoPermission';
import { useCurrentUser } from '../../features/auth/api';
import { can, type Permission } from '../../lib/permissions';

/** The client-side half of SPEC section 11 for a page; the server answers 403 all the same. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useCurrentUser();
  return can(me.data?.role, permission) ? children : <NoPermission />;
}
