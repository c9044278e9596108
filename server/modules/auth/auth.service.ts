import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import { decideLogin, loginThrottle } from '../../domain/throttle';
import { text } from '../../domain/text';
import type { Actor, AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { recordAudit } from '../../db/audit';
import {
  deleteExpiredSessions, deleteSession, deleteSessionsOfUser, findActiveTokenWithUser, findSessionWithUser, findUserByEmail,
  insertSession, lastSuccessfulLoginId, markLoginSucceeded, markTokenUsed, revokeTokensOfUser, recentFailures, recordLoginAttempt, touchSession,
} from './auth.repo';
import { newSecret, sha256, verifyPassword } from './password';

export { hashPassword, newSecret, sha256 } from './password';

export const sessionPolicy = {
  cookieName: 'mcn_session',
  idleMs: 12 * 60 * 60 * 1000, // a session lapses after 12 idle hours...
  renewAfterMs: 5 * 60 * 1000, // ...and is renewed at most every 5 minutes of activity
};

// A fixed hash to verify against when the email is unknown, so timing does not reveal which emails exist.
const decoyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function checkThrottle(db: Db, now: number, email: string, ip: string): void {
  const since = new Date(now - loginThrottle.windowMs);
  const decision = decideLogin({
    now,
    emailFailures: recentFailures(db, 'email', email, since, loginThrottle.perEmail, lastSuccessfulLoginId(db, email))
      .map((d) => d.getTime()),
    addressFailures: recentFailures(db, 'ip', ip, since, loginThrottle.perAddress).map((d) => d.getTime()),
  });
  if (!decision.allowed) {
    throw new AppError('too_many_requests', text(`Too many failed sign-ins; try again in ${decision.retryAfterSeconds} seconds`, `登录失败次数过多，请 ${decision.retryAfterSeconds} 秒后再试`),
      [{ message: text('retry later', '请稍后再试'), retryAfterSeconds: decision.retryAfterSeconds }],
      { 'Retry-After': String(decision.retryAfterSeconds) });
  }
}

/**
 * Checks the throttle and, in the same write transaction, records the attempt as a failure before the
 * password hash is awaited: concurrent attempts each see the ones before them, so the limits hold
 * under parallel requests. A sign-in that then succeeds turns its reservation into a success.
 */
export function reserveAttempt(deps: AppDeps, email: string, ip: string): number {
  return writeTransaction(deps.db, (tx) => {
    const at = deps.clock.now();
    checkThrottle(tx, at.getTime(), email, ip);
    return recordLoginAttempt(tx, { email, ip, at, success: false });
  });
}

export async function login(deps: AppDeps, input: { email: string; password: string; ip: string }) {
  const email = input.email.trim().toLowerCase();
  const attemptId = reserveAttempt(deps, email, input.ip);
  const user = findUserByEmail(deps.db, email);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? decoyHash);
  const at = deps.clock.now();
  if (!user || !ok || !user.active) {
    throw new AppError('unauthenticated', text('Wrong email or password', '邮箱或密码错误'));
  }
  const token = newSecret();
  writeTransaction(deps.db, (tx) => {
    markLoginSucceeded(tx, attemptId, at);
    deleteExpiredSessions(tx, at);
    insertSession(tx, { id: sha256(token), userId: user.id, createdAt: at, lastSeenAt: at, expiresAt: new Date(at.getTime() + sessionPolicy.idleMs) });
    recordAudit(tx, { actor: user, at, action: 'login', entity: 'user', entityId: user.id, after: { ip: input.ip } });
  });
  return { token, user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale } };
}

export function logout(deps: AppDeps, actor: Actor): void {
  writeTransaction(deps.db, (tx) => {
    if (actor.sessionId) deleteSession(tx, actor.sessionId);
    recordAudit(tx, { actor, at: deps.clock.now(), action: 'logout', entity: 'user', entityId: actor.id });
  });
}

/** Resolves a session cookie; renews it when it is used, so an active user stays signed in. */
export function actorFromSession(deps: AppDeps, token: string): { actor: Actor; renewed: boolean } | null {
  const id = sha256(token);
  const found = findSessionWithUser(deps.sqlite, id);
  const now = deps.clock.now();
  if (!found || !found.user.active) return null;
  if (found.expiresAt <= now) {
    deleteSession(deps.db, id);
    return null;
  }
  const renewed = now.getTime() - found.lastSeenAt.getTime() >= sessionPolicy.renewAfterMs;
  if (renewed) touchSession(deps.db, id, now, new Date(now.getTime() + sessionPolicy.idleMs));
  const { user } = found;
  return { actor: { id: user.id, email: user.email, name: user.name, role: user.role, via: 'session', sessionId: id, locale: user.locale }, renewed };
}

export function actorFromToken(deps: AppDeps, token: string): Actor | null {
  const found = findActiveTokenWithUser(deps.db, sha256(token));
  const now = deps.clock.now();
  if (!found || !found.user.active || (found.token.expiresAt !== null && found.token.expiresAt <= now)) return null;
  markTokenUsed(deps.db, found.token.id, now);
  const { user } = found;
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: 'token', locale: user.locale ?? null };
}

/** A deactivated user's API tokens are revoked for good: reactivating the user does not bring them back. */
export function revokeTokensOf(tx: Db, userId: number, at: Date): void {
  revokeTokensOfUser(tx, userId, at);
}

/** Every session of the user ends (deactivation, a new password), inside the caller's transaction. */
export function signOutEverywhere(tx: Db, userId: number): void {
  deleteSessionsOfUser(tx, userId);
}
