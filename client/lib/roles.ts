import { z } from 'zod';

/** The staff roles of SPEC section 11, in the order the UI lists them. */
export const ROLES = ['admin', 'manager', 'scheduler', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** Users, tokens, settings changes and the audit log belong to admins alone. */
export function isAdmin(role: Role | null | undefined): boolean {
  return role === 'admin';
}
