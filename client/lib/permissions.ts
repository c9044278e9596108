import { can as roleCan, type Permission } from '../../server/shared/permissions';
import type { Role } from './roles';

// SPEC section 11, the very table the server enforces; the client uses it only to hide what a role cannot do.
export type { Permission };

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role !== null && role !== undefined && roleCan(role, permission);
}
