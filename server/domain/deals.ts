// A brand deal's status (SPEC section 4) and its allowed moves.

export const dealStatuses = ['proposed', 'confirmed', 'invoiced', 'paid', 'cancelled'] as const;
export type DealStatus = (typeof dealStatuses)[number];

/**
 * proposed -> confirmed -> invoiced -> paid, and cancelled from any step before paid.
 * paid and cancelled are final: money has moved, or the deal is off (make a new one).
 * A confirmed deal may go back to proposed while nothing has been invoiced.
 */
export const dealTransitions: Readonly<Record<DealStatus, readonly DealStatus[]>> = {
  proposed: ['confirmed', 'cancelled'],
  confirmed: ['proposed', 'invoiced', 'cancelled'],
  invoiced: ['paid', 'cancelled'],
  paid: [],
  cancelled: [],
};

export function canChangeDealStatus(from: DealStatus, to: DealStatus): boolean {
  return from === to || dealTransitions[from].includes(to);
}
