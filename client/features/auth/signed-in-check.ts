import { roles, type Role } from '../../../server/domain/roles';
import { locales, type Locale } from '../../../server/domain/text';
import type { PublicUser } from '../../../server/shared/api/auth';
import type { ResponseSchema } from '../../lib/api';

// The sign-in page checks the answer of /auth/me and /auth/login without zod (a quarter of its script otherwise).
// It accepts exactly what server/shared/api/auth.ts's `signedInView` accepts and returns the same value
// (signed-in-check.test.ts holds the two equal over generated answers).

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function userOf(value: unknown): PublicUser | null {
  if (!isRecord(value)) return null;
  const { id, email, name, role, locale } = value;
  if (typeof id !== 'number' || !Number.isFinite(id) || typeof email !== 'string' || typeof name !== 'string') return null;
  if (!roles.includes(role as Role)) return null;
  if (locale !== null && !locales.includes(locale as Locale)) return null;
  return { id, email, name, role: role as Role, locale: locale as Locale | null };
}

export const signedInCheck: ResponseSchema<{ user: PublicUser }> = {
  safeParse(data) {
    const user = isRecord(data) ? userOf(data.user) : null;
    return user ? { success: true, data: { user } } : { success: false, error: { message: 'expected {user: {id, email, name, role, locale}}' } };
  },
};
