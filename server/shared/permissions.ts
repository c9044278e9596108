import type { Role } from '../domain/roles';

// Shared with the client, which uses it only to hide what a role cannot do; the server's routes enforce it.

// SPEC section 11 as one table. Routes name a permission; nothing else decides who may do what.
const everyone: readonly Role[] = ['admin', 'manager', 'scheduler', 'finance', 'viewer'];

export const permissions = {
  'users.read': ['admin'],
  'users.write': ['admin'],
  'staff.read': everyone,
  'tokens.write': ['admin'],
  'settings.read': everyone,
  'settings.write': ['admin'],
  'audit.read': ['admin'],
  'hosts.read': everyone,
  'hosts.write': ['admin', 'manager'],
  'hosts.reveal': ['admin', 'finance'],
  'contracts.read': ['admin', 'manager', 'finance'],
  'contracts.write': ['admin', 'manager'],
  'brands.read': ['admin', 'manager', 'finance'],
  'brands.write': ['admin', 'manager'],
  'sessions.read': everyone,
  'sessions.write': ['admin', 'scheduler'],
  'orders.read': ['admin', 'manager', 'finance', 'viewer'],
  'orders.write': ['admin', 'finance'],
  // Costs, reconciliation and periods follow the orders column of SPEC section 11.
  'costs.read': ['admin', 'manager', 'finance', 'viewer'],
  'costs.write': ['admin', 'finance'],
  'reconciliation.read': ['admin', 'manager', 'finance', 'viewer'],
  'reconciliation.write': ['admin', 'finance'],
  'periods.read': ['admin', 'manager', 'finance', 'viewer'],
  'periods.write': ['admin', 'finance'],
  // The dashboard's money and the reports: who reads orders (SPEC section 11's viewer reads "dashboards and reports").
  'reports.read': ['admin', 'manager', 'finance', 'viewer'],
  'statements.read': ['admin', 'manager', 'finance', 'viewer'],
  // A run lists every host's amounts: not for a manager, who reads own hosts' statements only.
  'settlements.read': ['admin', 'finance', 'viewer'],
  'statements.write': ['admin', 'finance'],
  'statements.approve': ['admin', 'finance'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
