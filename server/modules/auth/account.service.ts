import { recordAudit } from '../../db/audit';
import { writeTransaction } from '../../db/write';
import { text } from '../../domain/text';
import type { Actor, AppDeps } from '../../deps';
import { AppError } from '../../errors';
import type { PasswordChange, PreferencesPatch, PublicUser } from '../../shared/api/auth';
import { deleteSessionsOfUserExcept, findUserById, markLoginSucceeded, updateOwnUser } from './auth.repo';
import { reserveAttempt } from './auth.service';
import { hashPassword, verifyPassword } from './password';

// One's own account (SPEC section 11: every signed-in user may change their own password).

function ownRow(deps: AppDeps, actor: Actor) {
  const user = findUserById(deps.db, actor.id);
  // The actor was resolved from this very row a moment ago; only a deleted row could miss.
  if (!user) throw new AppError('unauthenticated', text('Sign in first', '请先登录'));
  return user;
}

function publicView(user: ReturnType<typeof ownRow>): PublicUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale ?? null };
}

/** Who is signed in: the actor as the session or token read it, with no query of its own (every page asks). */
export function ownAccount(deps: AppDeps, actor: Actor): { user: PublicUser } {
  if (actor.locale !== undefined) return { user: { id: actor.id, email: actor.email, name: actor.name, role: actor.role, locale: actor.locale } };
  return { user: publicView(ownRow(deps, actor)) };
}

/**
 * The current password proves it is the user, not someone at their unlocked screen. A wrong one counts as a
 * failed sign-in for the email, so a borrowed session guesses no faster than the sign-in page allows.
 * On success the user's other sessions end; the one asking stays signed in.
 */
export async function changeOwnPassword(deps: AppDeps, actor: Actor, input: PasswordChange & { ip: string }): Promise<void> {
  if (input.newPassword === input.currentPassword) {
    throw new AppError('unprocessable', text('The new password must differ from the current one', '新密码不能与当前密码相同'),
      [{ path: ['newPassword'], message: text('Same as the current password', '与当前密码相同') }]);
  }
  const user = ownRow(deps, actor);
  const attemptId = reserveAttempt(deps, user.email, input.ip);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('unprocessable', text('The current password is wrong', '当前密码不正确'),
      [{ path: ['currentPassword'], message: text('Wrong password', '当前密码不正确') }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  writeTransaction(deps.db, (tx) => {
    // Checked again inside the transaction: the hashes above yielded to other requests, which may have changed it.
    if (findUserById(tx, user.id)?.passwordHash !== user.passwordHash) {
      throw new AppError('state_conflict', text('The password was changed meanwhile; sign in again', '密码刚被修改过，请重新登录'));
    }
    const at = deps.clock.now();
    markLoginSucceeded(tx, attemptId, at);
    updateOwnUser(tx, user.id, { passwordHash, updatedAt: at });
    deleteSessionsOfUserExcept(tx, user.id, actor.sessionId);
    recordAudit(tx, { actor, at, action: 'change_password', entity: 'user', entityId: user.id, after: { password: 'changed', otherSessions: 'signed out' } });
  });
}

export function setOwnPreferences(deps: AppDeps, actor: Actor, patch: PreferencesPatch): { user: PublicUser } {
  return writeTransaction(deps.db, (tx) => {
    const before = findUserById(tx, actor.id);
    if (!before) throw new AppError('unauthenticated', text('Sign in first', '请先登录'));
    const at = deps.clock.now();
    updateOwnUser(tx, actor.id, { locale: patch.locale, updatedAt: at });
    recordAudit(tx, { actor, at, action: 'update', entity: 'user', entityId: actor.id, before: { locale: before.locale }, after: { locale: patch.locale } });
    return { user: publicView({ ...before, locale: patch.locale }) };
  });
}
