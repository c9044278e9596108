import type { OrderStatus } from './ledger';

// SPEC section 6: importing a newer export of the same orders updates them. The converse matters as much: an
// older file imported again (last month's export after this month's, an API page saved twice out of order) must
// not take orders back to an earlier state and make the ledger reverse settled commission it booked.

/** How far along its life an order is. An order moves only forward: paid, received, settled; invalid ends it. */
const progress: Record<OrderStatus, number> = { pending: 0, paid: 1, received: 2, settled: 3, invalid: 4 };

export interface RowState {
  status: OrderStatus;
  /** The platform's own last-update instant of the row (epoch ms), when its data carries one. */
  sourceUpdatedAt: number | null;
}

/**
 * Whether an imported row is an older state of the stored order, to be left aside. The platform's update time
 * decides when both rows carry different ones; otherwise (an export without one, or a refund the platform made
 * without moving it) the row is older when its status is earlier in the order's life. A row at the same point,
 * e.g. a settled amount the platform corrected, is not older: the later file wins.
 */
export function isOlderState(incoming: RowState, stored: RowState): boolean {
  const [a, b] = [incoming.sourceUpdatedAt, stored.sourceUpdatedAt];
  if (a !== null && b !== null && a !== b) return a < b;
  return progress[incoming.status] < progress[stored.status];
}
