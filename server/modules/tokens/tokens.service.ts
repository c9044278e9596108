import { writeTransaction } from '../../db/write';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import { newSecret, sha256 } from '../auth/auth.service';
import { currentSettings } from '../settings/settings.service';
import { findUser } from '../users/users.service';
import { findToken, insertToken, listTokens, revokeTokenRow, type TokenRow } from './tokens.repo';

function view(t: TokenRow, tz: string) {
  const at = (d: Date | null) => (d ? formatInstant(d, tz) : null);
  return { id: t.id, userId: t.userId, userEmail: t.userEmail, name: t.name, createdAt: at(t.createdAt) as string, lastUsedAt: at(t.lastUsedAt), revokedAt: at(t.revokedAt), expiresAt: at(t.expiresAt) };
}

/** Issues a personal API token; the secret is returned once and only its hash is kept. */
export function issueToken(deps: AppDeps, actor: Actor, input: { userId: number; name: string; expiresAt?: Date }) {
  const { timezone } = currentSettings(deps);
  const secret = newSecret('mcn_');
  return writeTransaction(deps.db, (tx) => {
    const user = findUser(tx, input.userId);
    if (!user) throw new AppError('unprocessable', text(`User ${input.userId} does not exist`, `用户 ${input.userId} 不存在`), [{ path: ['userId'], message: text('Unknown user', '未知用户') }]);
    if (!user.active) throw new AppError('unprocessable', text('A deactivated user cannot get a token', '已停用的用户不能获取 API 令牌'), [{ path: ['userId'], message: text('User is deactivated', '用户已停用') }]);
    const at = deps.clock.now();
    if (input.expiresAt && input.expiresAt <= at) throw new AppError('unprocessable', text('The expiry must be in the future', '到期时间须晚于现在'), [{ path: ['expiresAt'], message: text('In the past', '已过去') }]);
    const id = insertToken(tx, { userId: user.id, name: input.name, tokenHash: sha256(secret), createdBy: actor.id, createdAt: at, expiresAt: input.expiresAt ?? null });
    const token = view(findToken(tx, id) as TokenRow, timezone);
    recordAudit(tx, { actor, at, action: 'create', entity: 'api_token', entityId: id, after: token });
    return { ...token, token: secret };
  });
}

export function revokeToken(deps: AppDeps, actor: Actor, id: number) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = findToken(tx, id);
    if (!before) throw notFound('API token', id);
    if (before.revokedAt) throw new AppError('state_conflict', text('This token is already revoked', '该 API 令牌已被吊销'));
    const at = deps.clock.now();
    revokeTokenRow(tx, id, at);
    const after = view(findToken(tx, id) as TokenRow, timezone);
    recordAudit(tx, { actor, at, action: 'revoke', entity: 'api_token', entityId: id, before: view(before, timezone), after });
    return after;
  });
}

export function searchTokens(deps: AppDeps, q: { userId?: number; page: number; pageSize: number }) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listTokens(deps.db, q.userId, q.page, q.pageSize);
  return { items: items.map((t) => view(t, timezone)), total, page: q.page, pageSize: q.pageSize };
}
