/** Failed logins seen in the window before an attempt, and how long ago the latest ones were. */
export type LoginHistory = {
  /** Failures of this account from this client address. */
  pairFailures: number;
  secondsSincePairFailure: number | null;
  /** Failures of this account from every address (a spread-out guessing campaign). */
  accountFailures: number;
  secondsSinceAccountFailure: number | null;
  /** Failures from this address on every account (one client trying many accounts). */
  ipFailures: number;
};

/** The window failures are counted in. */
export const LOGIN_WINDOW_MINUTES = 15;
/** Free attempts of one account from one address before each further attempt must wait. */
export const FREE_ATTEMPTS_PER_CLIENT = 5;
/** Failures from one address, on any account, after which it must wait for the window to pass. */
export const MAX_FAILURES_PER_IP = 20;
/** Failures of one account from all addresses after which every attempt on it is spaced out. */
export const ACCOUNT_SLOWDOWN_AFTER = 50;
const MAX_WAIT_SECONDS = 300;
const ACCOUNT_SPACING_SECONDS = 10;

/**
 * Seconds a login attempt must still wait, 0 when it may be verified now. Past the free attempts the wait doubles
 * per failure (5 s, 10 s, 20 s … at most 5 min) for that account from that address only, so a stranger guessing
 * a password slows himself down without locking the owner out of his own account from his own machine; a
 * campaign from many addresses spaces every attempt on the account; one address hammering many accounts is held
 * until the window passes.
 */
export function loginWaitSeconds(history: LoginHistory): number {
  const waits = [0];
  if (history.ipFailures >= MAX_FAILURES_PER_IP) waits.push(LOGIN_WINDOW_MINUTES * 60);
  if (history.pairFailures >= FREE_ATTEMPTS_PER_CLIENT) {
    const wait = Math.min(MAX_WAIT_SECONDS, 5 * 2 ** (history.pairFailures - FREE_ATTEMPTS_PER_CLIENT));
    waits.push(Math.ceil(wait - (history.secondsSincePairFailure ?? Infinity)));
  }
  if (history.accountFailures >= ACCOUNT_SLOWDOWN_AFTER) {
    waits.push(Math.ceil(ACCOUNT_SPACING_SECONDS - (history.secondsSinceAccountFailure ?? Infinity)));
  }
  return Math.max(...waits);
}
