// The staff roles of SPEC section 11; what each may do is server/shared/permissions.ts.

export const roles = ['admin', 'manager', 'scheduler', 'finance', 'viewer'] as const;
export type Role = (typeof roles)[number];
