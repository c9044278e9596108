import type { Role } from './roles';

// SPEC section 11, the part the roster pages need. The server decides (its table is in server/http, which the
// client may not import); this copy only hides what a role cannot use, and the server still answers 403.
const table = {
  'hosts.write': ['admin', 'manager'],
  'hosts.reveal': ['admin', 'finance'],
  'contracts.read': ['admin', 'manager', 'finance'],
  'contracts.write': ['admin', 'manager'],
  'brands.read': ['admin', 'manager', 'finance'],
  'brands.write': ['admin', 'manager'],
  'sessions.write': ['admin', 'scheduler'],
  'orders.read': ['admin', 'manager', 'finance', 'viewer'],
  'orders.write': ['admin', 'finance'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof table;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role !== null && role !== undefined && (table[permission] as readonly Role[]).includes(role);
}
