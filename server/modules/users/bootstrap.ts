import crypto from 'node:crypto';
import type { AppDeps } from '../../deps';
import { countUsers } from './users.repo';
import { createUser } from './users.service';

/**
 * SPEC section 10: on a database with no users, create the first admin from ADMIN_EMAIL / ADMIN_PASSWORD,
 * else with a random password that is printed once. Returns what was created, for the caller to announce.
 */
export async function ensureFirstAdmin(deps: AppDeps): Promise<{ email: string; generatedPassword?: string } | null> {
  if (countUsers(deps.db) > 0) return null;
  const email = deps.env.ADMIN_EMAIL ?? 'admin@mcn-desk.local';
  const generatedPassword = deps.env.ADMIN_PASSWORD ? undefined : crypto.randomBytes(12).toString('base64url');
  await createUser(deps, null, { email, name: 'Admin', role: 'admin', password: deps.env.ADMIN_PASSWORD ?? (generatedPassword as string) });
  return { email, generatedPassword };
}
