// SPEC section 10: after 5 failed sign-ins for one email, or 50 from one address, within 15 minutes,
// sign-in answers 429 until enough of those failures have aged out of the window.

export const loginThrottle = { windowMs: 15 * 60 * 1000, perEmail: 5, perAddress: 50 } as const;

export interface ThrottleInput {
  now: number;
  /** Failed attempts for the email (since its last success), epoch ms, oldest first. */
  emailFailures: number[];
  /** Failed attempts from the address, epoch ms, oldest first. */
  addressFailures: number[];
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** When the window holds `limit` failures or more, sign-in reopens once the oldest of the last `limit` ages out. */
function reopensAt(failures: number[], limit: number, now: number): number | null {
  const inWindow = failures.filter((at) => at > now - loginThrottle.windowMs);
  if (inWindow.length < limit) return null;
  const pivot = inWindow[inWindow.length - limit] as number;
  return pivot + loginThrottle.windowMs;
}

export function decideLogin(input: ThrottleInput): ThrottleDecision {
  const times = [
    reopensAt(input.emailFailures, loginThrottle.perEmail, input.now),
    reopensAt(input.addressFailures, loginThrottle.perAddress, input.now),
  ].filter((t): t is number => t !== null);
  if (times.length === 0) return { allowed: true };
  const reopen = Math.max(...times);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((reopen - input.now) / 1000)) };
}
