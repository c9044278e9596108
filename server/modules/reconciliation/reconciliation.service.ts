import { recordAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { periodBounds } from '../../domain/periods';
import { formatInstant } from '../../domain/zones';
import { notFound } from '../../errors';
import { accountsByIds } from '../accounts/accounts.service';
import { accountFigures, mismatchedOrders, type AccountFigures } from '../ledger/ledger.service';
import { assertPeriodOpen, isPeriodClosed } from '../periods/periods.service';
import { agencyToday, currentSettings } from '../settings/settings.service';
import { dealsWithSessionsIn } from '../deals/deals.service';
import { receivableOf } from '../../domain/deal-receivables';
import { findReconciliation, reconciliationsOf, saveReconciliation, type ReconciliationRow } from './reconciliation.repo';

// Finance's reconciliation (SPEC section 9): the ledger's figures per platform account and period, the
// platform's stated payout against the ledger, and the reconciled mark; all frozen once the period closes.

function itemOf(f: AccountFigures, r: ReconciliationRow | undefined, account: { platform: string; handle: string | null; hostId: number } | undefined, tz: string) {
  const payoutFen = r?.payoutFen ?? null;
  return {
    ...f, platform: account?.platform ?? 'other', handle: account?.handle ?? null, hostId: account?.hostId ?? 0,
    payoutFen, differenceFen: payoutFen === null ? null : payoutFen - f.ledgerFen,
    reconciled: r?.reconciled ?? false, note: r?.note ?? '', reconciledBy: r?.reconciledBy ?? null,
    reconciledAt: r?.reconciledAt ? formatInstant(r.reconciledAt, tz) : null,
  };
}

const zero = (accountId: number): AccountFigures => ({
  accountId, orders: 0, invalidOrders: 0, gmvFen: 0, estimatedCommissionFen: 0, commissionMismatches: 0, settledCommissionFen: 0, refundsFen: 0, ledgerFen: 0, settledWithoutHost: 0,
});

function figuresOf(deps: AppDeps, db: Db, period: string) {
  const { timezone } = currentSettings(deps);
  const { start, end } = periodBounds(period, timezone);
  const figures = accountFigures(deps.sqlite, period, start, end);
  const marks = new Map(reconciliationsOf(db, period).map((r) => [r.accountId, r]));
  for (const accountId of marks.keys()) if (!figures.has(accountId)) figures.set(accountId, zero(accountId));
  const accounts = accountsByIds(db, [...figures.keys()]);
  return { timezone, figures, marks, accounts };
}

/** Every account with orders, ledger entries, a payout or a mark in the period, by platform then account. */
export function reconciliationOf(deps: AppDeps, period: string) {
  const { timezone, figures, marks, accounts } = figuresOf(deps, deps.db, period);
  const items = [...figures.values()].map((f) => itemOf(f, marks.get(f.accountId), accounts.get(f.accountId), timezone))
    .sort((a, b) => a.platform.localeCompare(b.platform) || a.accountId - b.accountId);
  return { period, locked: isPeriodClosed(deps.db, period), items };
}

function itemAfter(deps: AppDeps, tx: Db, period: string, accountId: number) {
  const { timezone, figures, marks, accounts } = figuresOf(deps, tx, period);
  return itemOf(figures.get(accountId) ?? zero(accountId), marks.get(accountId), accounts.get(accountId), timezone);
}

function requireAccount(tx: Db, accountId: number): void {
  if (!accountsByIds(tx, [accountId]).has(accountId)) throw notFound('Account', accountId);
}

/** The platform's stated payout for the account-period: the difference against the ledger follows. */
export function enterPayout(deps: AppDeps, actor: Actor, period: string, accountId: number, amountFen: number) {
  return writeTransaction(deps.db, (tx) => {
    requireAccount(tx, accountId);
    assertPeriodOpen(tx, period);
    const before = findReconciliation(tx, period, accountId);
    const at = deps.clock.now();
    saveReconciliation(tx, { period, accountId, payoutFen: amountFen, reconciled: before?.reconciled ?? false, note: before?.note ?? '', reconciledBy: before?.reconciledBy ?? null, reconciledAt: before?.reconciledAt ?? null, updatedAt: at });
    recordAudit(tx, { actor, at, action: 'payout', entity: 'reconciliation', entityId: `${period}/${accountId}`, before: { payoutFen: before?.payoutFen ?? null }, after: { payoutFen: amountFen } });
    return itemAfter(deps, tx, period, accountId);
  });
}

/** Marks the account-period reconciled (note audited), or undoes the mark; 409 period_locked once the period is closed. */
export function markReconciled(deps: AppDeps, actor: Actor, period: string, accountId: number, mark: { reconciled: boolean; note: string }) {
  return writeTransaction(deps.db, (tx) => {
    requireAccount(tx, accountId);
    assertPeriodOpen(tx, period);
    const before = findReconciliation(tx, period, accountId);
    const at = deps.clock.now();
    saveReconciliation(tx, {
      period, accountId, payoutFen: before?.payoutFen ?? null, reconciled: mark.reconciled, note: mark.reconciled ? mark.note : before?.note ?? '',
      reconciledBy: mark.reconciled ? actor.id : null, reconciledAt: mark.reconciled ? at : null, updatedAt: at,
    });
    recordAudit(tx, {
      actor, at, action: mark.reconciled ? 'reconcile' : 'unreconcile', entity: 'reconciliation', entityId: `${period}/${accountId}`,
      before: { reconciled: before?.reconciled ?? false, note: before?.note ?? '' }, after: { reconciled: mark.reconciled, note: mark.note },
    });
    return itemAfter(deps, tx, period, accountId);
  });
}

/** The orders behind commissionMismatches: reported commission against base x rate. */
export function mismatchesOf(deps: AppDeps, period: string, accountId: number) {
  const { timezone } = currentSettings(deps);
  requireAccount(deps.db, accountId);
  const { start, end } = periodBounds(period, timezone);
  return { items: mismatchedOrders(deps.sqlite, accountId, start, end).map((o) => ({ ...o, paidAt: o.paidAt === null ? null : formatInstant(new Date(o.paidAt), timezone) })) };
}


/** Pit fees invoiced against received (SPEC section 9): the deals sold in the period's sessions, overdue ones flagged. */
export function pitFeesOf(deps: AppDeps, period: string) {
  const { timezone } = currentSettings(deps);
  const { start, end } = periodBounds(period, timezone);
  const today = agencyToday(deps);
  const items = dealsWithSessionsIn(deps.db, start, end).map((d) => ({ dealId: d.id, brandId: d.brandId, brandName: d.brandName, status: d.status, pitFeeFen: d.pitFeeFen,
    receivedFen: d.receivedFen, invoicedOn: d.invoicedOn, dueOn: d.dueOn, receivedOn: d.receivedOn, ...receivableOf(d, today) }));
  const sum = (f: (i: (typeof items)[number]) => number) => items.reduce((t, i) => t + f(i), 0);
  return {
    period, today, items,
    totals: { pitFeeFen: sum((i) => i.pitFeeFen), invoicedFen: sum((i) => i.invoicedFen), receivedFen: sum((i) => i.receivedFen), outstandingFen: sum((i) => i.outstandingFen), overdue: items.filter((i) => i.overdue).length },
  };
}
