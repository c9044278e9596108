import { writeTransaction } from '../../db/write';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import { hashPassword, revokeTokensOf, signOutEverywhere } from '../auth/auth.service';
import { currentSettings } from '../settings/settings.service';
import type { UserCreate, UserPatch } from '../../shared/api/users';
import { countActiveAdmins, emailTaken, findUser, insertUser, listStaff, listUsers, updateUserRow, type UserRow } from './users.repo';

/** A user as the API and the audit log show it: never the password hash. */
function view(user: UserRow, timezone: string) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, active: user.active, createdAt: formatInstant(user.createdAt, timezone) };
}

function duplicateEmail(email: string): AppError {
  return new AppError('duplicate', text(`A user with email ${email} already exists`, `邮箱 ${email} 已被其他用户使用`), [{ path: ['email'], message: text('Already in use', '已被占用') }]);
}

export async function createUser(deps: AppDeps, actor: Actor | null, input: UserCreate) {
  const { timezone } = currentSettings(deps);
  if (emailTaken(deps.db, input.email)) throw duplicateEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(deps.db, (tx) => {
    // Checked again inside the transaction: the hash above yielded to other requests.
    if (emailTaken(tx, input.email)) throw duplicateEmail(input.email);
    const at = deps.clock.now();
    const user = insertUser(tx, { email: input.email, name: input.name, role: input.role, passwordHash, createdAt: at, updatedAt: at });
    recordAudit(tx, { actor, at, action: 'create', entity: 'user', entityId: user.id, after: view(user, timezone) });
    return view(user, timezone);
  });
}

export async function updateUser(deps: AppDeps, actor: Actor, id: number, patch: UserPatch) {
  const { timezone } = currentSettings(deps);
  const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  return writeTransaction(deps.db, (tx) => {
    const before = findUser(tx, id);
    if (!before) throw notFound('User', id);
    const losesAdmin = before.role === 'admin' && before.active && (patch.active === false || (patch.role !== undefined && patch.role !== 'admin'));
    if (losesAdmin && countActiveAdmins(tx) <= 1) {
      throw new AppError('unprocessable', text('The agency must keep at least one active admin', '机构至少要保留一名在职管理员'), [{ path: patch.active === false ? ['active'] : ['role'], message: text('Last active admin', '最后一名在职管理员') }]);
    }
    const at = deps.clock.now();
    const after = updateUserRow(tx, id, { name: patch.name, role: patch.role, active: patch.active, passwordHash, updatedAt: at });
    // A deactivated user or a changed password ends every open session of that user.
    if (patch.active === false || passwordHash) signOutEverywhere(tx, id);
    if (patch.active === false) revokeTokensOf(tx, id, deps.clock.now());
    const changes = { ...view(after, timezone), ...(passwordHash ? { password: 'changed' } : {}) };
    recordAudit(tx, { actor, at, action: 'update', entity: 'user', entityId: id, before: view(before, timezone), after: changes });
    return view(after, timezone);
  });
}

export function getUser(deps: AppDeps, id: number) {
  const user = findUser(deps.db, id);
  if (!user) throw notFound('User', id);
  return view(user, currentSettings(deps).timezone);
}

export function searchUsers(deps: AppDeps, query: { q?: string; role?: UserRow['role']; page: number; pageSize: number }) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listUsers(deps.db, query, query.page, query.pageSize);
  return { items: items.map((u) => view(u, timezone)), total, page: query.page, pageSize: query.pageSize };
}

/** Every user by name, inactive ones too, so that past agents and crew keep their names. */
export function staffDirectory(deps: AppDeps) {
  return { items: listStaff(deps.db) };
}

/** The user, read inside the caller's transaction (undefined when there is none). */
export { emailsOf, findUser, namesOf, userIdByEmail } from './users.repo';
