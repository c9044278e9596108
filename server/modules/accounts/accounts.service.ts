import { formatInstant } from '../../domain/zones';
import type { Platform } from '../../domain/roster';
import { text } from '../../domain/text';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound, ruleBroken } from '../../errors';
import { recordAudit } from '../../db/audit';
import { requireHost } from '../hosts/hosts.service';
import { currentSettings } from '../settings/settings.service';
import type { AccountCreate, AccountPatch, AccountQuery } from '../../shared/api/accounts';
import {
  findAccount, identifiersOf, identifiersTaken, insertAccount, listAccountsOfHost, replaceIdentifiers,
  updateAccountRow, type AccountRow,
} from './accounts.repo';

function accountView(account: AccountRow, identifiers: string[], timezone: string) {
  return {
    id: account.id, hostId: account.hostId, platform: account.platform, identifiers,
    handle: account.handle, followers: account.followers, archived: account.archivedAt !== null,
    createdAt: formatInstant(account.createdAt, timezone), updatedAt: formatInstant(account.updatedAt, timezone),
  };
}

function viewOf(db: Db, account: AccountRow, timezone: string) {
  return accountView(account, identifiersOf(db, [account.id]).get(account.id) ?? [], timezone);
}

/**
 * SPEC section 4: (platform, identifier) is unique across the agency, or orders could not be
 * attributed. Checked here to name the holder; the UNIQUE index backs it against races.
 */
function assertIdentifiersFree(db: Db, platform: Platform, identifiers: string[], accountId: number | null): void {
  const taken = identifiersTaken(db, platform, identifiers, accountId);
  if (taken.length === 0) return;
  const list = taken.map((t) => t.identifier).join(', ');
  throw new AppError('duplicate', text(`${list} already belongs to another ${platform} account`, `${list} 已属于另一个 ${platform} 平台账号`),
    taken.map((t) => ({
      path: ['identifiers', identifiers.indexOf(t.identifier)], message: text(`Already used by ${t.stageName}`, `已被 ${t.stageName} 使用`),
      identifier: t.identifier, accountId: t.accountId, hostId: t.hostId, stageName: t.stageName,
    })));
}

/**
 * Writes the identifiers. Another process may have taken one since the check above: the UNIQUE index
 * refuses it, and the caller gets the same 409 rather than a 500.
 */
function writeIdentifiers(db: Db, account: AccountRow, identifiers: string[]): void {
  try {
    replaceIdentifiers(db, account, identifiers);
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw err;
    assertIdentifiersFree(db, account.platform, identifiers, account.id);
    throw new AppError('duplicate', text('An identifier was taken by another account meanwhile', '有标识刚刚被另一个平台账号占用'), [{ path: ['identifiers'], message: text('Already in use', '已被占用') }]);
  }
}

function requireAccount(db: Db, id: number): AccountRow {
  const account = findAccount(db, id);
  if (!account) throw notFound('Account', id);
  return account;
}

export function createAccount(deps: AppDeps, actor: Actor, hostId: number, input: AccountCreate) {
  return writeTransaction(deps.db, (tx) => createAccountIn(deps, tx, actor, hostId, input).account);
}

/**
 * Creates the account inside the caller's transaction (the unmatched queue creates one for the identifier it
 * assigns), and answers how many waiting orders it attributed.
 */
export function createAccountIn(deps: AppDeps, tx: Db, actor: Actor, hostId: number, input: AccountCreate) {
  const { timezone } = currentSettings(deps);
  requireHost(tx, hostId);
  assertIdentifiersFree(tx, input.platform, input.identifiers, null);
  const at = deps.clock.now();
  const account = insertAccount(tx, { hostId, platform: input.platform, handle: input.handle ?? null, followers: input.followers ?? null, createdAt: at, updatedAt: at });
  writeIdentifiers(tx, account, input.identifiers);
  const view = accountView(account, input.identifiers, timezone);
  recordAudit(tx, { actor, at, action: 'create', entity: 'account', entityId: account.id, after: view });
  // SPEC section 6: orders waiting in the unmatched queue for this account are attributed now.
  const attributed = deps.ports.reattributeForAccount(tx, account);
  return { account: view, attributed };
}

export function updateAccount(deps: AppDeps, actor: Actor, id: number, patch: AccountPatch) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireAccount(tx, id);
    const beforeView = viewOf(tx, before, timezone);
    if (patch.identifiers) {
      assertIdentifiersFree(tx, before.platform, patch.identifiers, id);
      writeIdentifiers(tx, before, patch.identifiers);
    }
    const at = deps.clock.now();
    const after = updateAccountRow(tx, id, { handle: patch.handle, followers: patch.followers, updatedAt: at });
    const view = viewOf(tx, after, timezone);
    recordAudit(tx, { actor, at, action: 'update', entity: 'account', entityId: id, before: beforeView, after: view });
    if (patch.identifiers) deps.ports.reattributeForAccount(tx, after);
    return view;
  });
}

/**
 * An archived account streams no more, but keeps its identifiers: its past orders must still find it,
 * so the identifiers stay reserved.
 */
export function archiveAccount(deps: AppDeps, actor: Actor, id: number) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireAccount(tx, id);
    if (before.archivedAt !== null) return viewOf(tx, before, timezone);
    const at = deps.clock.now();
    const after = updateAccountRow(tx, id, { archivedAt: at, updatedAt: at });
    const view = viewOf(tx, after, timezone);
    recordAudit(tx, { actor, at, action: 'archive', entity: 'account', entityId: id, before: viewOf(tx, before, timezone), after: view });
    return view;
  });
}

export function getAccount(deps: AppDeps, id: number) {
  return viewOf(deps.db, requireAccount(deps.db, id), currentSettings(deps).timezone);
}

export function hostAccounts(deps: AppDeps, hostId: number, query: AccountQuery) {
  const { timezone } = currentSettings(deps);
  requireHost(deps.db, hostId);
  const { items, total } = listAccountsOfHost(deps.db, hostId, query);
  const ids = identifiersOf(deps.db, items.map((a) => a.id));
  return { items: items.map((a) => accountView(a, ids.get(a.id) ?? [], timezone)), total, page: query.page, pageSize: query.pageSize };
}

export { accountByIdentifier, accountsByIds } from './accounts.repo';

/**
 * From the unmatched queue: an order's identifier joins an account of the order's platform, inside the
 * caller's transaction; the orders naming it are attributed. Answers how many orders moved.
 */
export function addIdentifier(deps: AppDeps, tx: Db, input: { accountId: number; platform: string; identifier: string }): number {
  const { accountId, platform, identifier } = input;
  const account = findAccount(tx, accountId);
  if (!account || account.archivedAt) throw ruleBroken('accountId', text(`Account ${accountId} does not exist or is archived`, `平台账号 ${accountId} 不存在或已归档`));
  if (account.platform !== platform) throw ruleBroken('accountId', text(`The order is from ${platform}, the account is on ${account.platform}`, `订单来自 ${platform}，平台账号却在 ${account.platform}`));
  const taken = identifiersTaken(tx, account.platform, [identifier], null);
  if (taken.length) throw new AppError('duplicate', text(`Identifier ${identifier} already belongs to another (archived) account`, `标识 ${identifier} 已属于另一个（已归档的）平台账号`), [{ path: ['accountId'], message: text('Identifier in use', '标识已被占用'), ...taken[0] }]);
  const before = identifiersOf(tx, [account.id]).get(account.id) ?? [];
  replaceIdentifiers(tx, account, [...before, identifier]);
  return deps.ports.reattributeForAccount(tx, account);
}
