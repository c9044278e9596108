// A host's status (SPEC section 4) and the moves a person may make by editing the host.

export const hostStatuses = ['prospect', 'trial', 'active', 'suspended', 'terminated'] as const;
export type HostStatus = (typeof hostStatuses)[number];

/**
 * The allowed edits, from -> to. A terminated host comes back only through a new contract (which
 * re-activates them), or as a prospect being courted again: never straight to active by an edit.
 *
 * | from       | to                                   |
 * | ---------- | ------------------------------------ |
 * | prospect   | trial, active, terminated            |
 * | trial      | prospect, active, terminated         |
 * | active     | suspended, terminated                |
 * | suspended  | active, terminated                   |
 * | terminated | prospect (active only via a contract) |
 */
export const hostTransitions: Readonly<Record<HostStatus, readonly HostStatus[]>> = {
  prospect: ['trial', 'active', 'terminated'],
  trial: ['prospect', 'active', 'terminated'],
  active: ['suspended', 'terminated'],
  suspended: ['active', 'terminated'],
  terminated: ['prospect'],
};

/** Whether an edit may move a host from one status to another; staying put is always allowed. */
export function canChangeHostStatus(from: HostStatus, to: HostStatus): boolean {
  return from === to || hostTransitions[from].includes(to);
}

/** Signing an active contract makes the host active, except a suspended host, who stays suspended. */
export function statusAfterSigning(current: HostStatus): HostStatus {
  return current === 'suspended' ? current : 'active';
}

/** The statuses in which a host counts as signed (or signing), so the age rules apply. */
export function isSigned(status: HostStatus): boolean {
  return status === 'active' || status === 'trial';
}
