import type { Platform } from '../../domain/roster';
import { text } from '../../domain/text';
import { formatInstant } from '../../domain/zones';
import { recordAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { AppError } from '../../errors';
import type { z } from 'zod';
import type { assignGroupBody } from '../../shared/api/ledger';
import { addIdentifier, createAccountIn } from '../accounts/accounts.service';
import { currentSettings } from '../settings/settings.service';
import { identifiersOfGroup, unmatchedGroups, unmatchedOrdersOf } from './unmatched.repo';

// The unmatched queue (SPEC 6) by what it waits for: a few unknown account identifiers, not hundreds of orders.

export function searchUnmatchedGroups(deps: AppDeps, q: { platform?: Platform | undefined; page: number; pageSize: number }) {
  const { timezone } = currentSettings(deps);
  const at = (ms: number | null) => (ms === null ? null : formatInstant(new Date(ms), timezone));
  const { items, groups, orders } = unmatchedGroups(deps.db, q, q.page, q.pageSize);
  return {
    items: items.map((g) => ({
      ...g, identifiers: JSON.parse(g.identifiers) as string[], gmvFen: Number(g.gmvFen), estimatedCommissionFen: Number(g.estimatedCommissionFen),
      firstPaidAt: at(g.firstPaidAt), lastPaidAt: at(g.lastPaidAt),
    })),
    total: groups, orders, page: q.page, pageSize: q.pageSize,
  };
}

/**
 * Assigns a group: its identifier joins the account (or a new account of the host, created with every
 * identifier the group's rows name), and every waiting order naming it is attributed in the same transaction.
 */
export function assignGroup(deps: AppDeps, actor: Actor, body: z.output<typeof assignGroupBody>) {
  return writeTransaction(deps.db, (tx) => {
    const waiting = unmatchedOrdersOf(tx, body.platform, body.identifier);
    if (waiting === 0) {
      throw new AppError('state_conflict', text(`No unmatched ${body.platform} orders name ${body.identifier}`, `没有等待匹配的 ${body.platform} 订单使用标识 ${body.identifier}`));
    }
    const { accountId, created, attributed } = body.newAccount
      ? newAccountFor(deps, tx, actor, body.platform, body.identifier, body.newAccount)
      : { accountId: body.accountId as number, created: false, attributed: addIdentifier(deps, tx, { accountId: body.accountId as number, platform: body.platform, identifier: body.identifier }) };
    recordAudit(tx, {
      actor, at: deps.clock.now(), action: 'assign', entity: 'order', entityId: `${body.platform}:${body.identifier}`,
      before: { orders: waiting }, after: { accountId, created, attributed },
    });
    return { accountId, created, attributed };
  });
}

function newAccountFor(deps: AppDeps, tx: Db, actor: Actor, platform: Platform, identifier: string, account: { hostId: number; handle?: string | null | undefined }) {
  const identifiers = identifiersOfGroup(tx, platform, identifier);
  const { account: view, attributed } = createAccountIn(deps, tx, actor, account.hostId, { platform, identifiers, handle: account.handle ?? null });
  return { accountId: view.id, created: true, attributed };
}
