import { z } from 'zod';
import { roles, type Role } from '../../server/domain/roles';

export type { Role };

/** The staff roles of SPEC section 11, in the order the UI lists them. */
export const ROLES = roles;
export const roleSchema = z.enum(ROLES);

/** Users, tokens, settings changes and the audit log belong to admins alone. */
export function isAdmin(role: Role | null | undefined): boolean {
  return role === 'admin';
}
