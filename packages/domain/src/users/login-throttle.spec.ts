import { describe, expect, it } from 'vitest';
import {
  FREE_ATTEMPTS_PER_CLIENT,
  type LoginHistory,
  loginWaitSeconds,
  MAX_FAILURES_PER_IP,
} from './login-throttle.js';

const fresh: LoginHistory = {
  pairFailures: 0,
  secondsSincePairFailure: null,
  accountFailures: 0,
  secondsSinceAccountFailure: null,
  ipFailures: 0,
};

describe('loginWaitSeconds', () => {
  it('lets the first attempts through without waiting', () => {
    for (let n = 0; n < FREE_ATTEMPTS_PER_CLIENT; n++) {
      expect(
        loginWaitSeconds({
          ...fresh,
          pairFailures: n,
          secondsSincePairFailure: 0,
          accountFailures: n,
          ipFailures: n,
        }),
      ).toBe(0);
    }
  });

  it('makes the same client wait longer after each further failure, up to five minutes', () => {
    const wait = (failures: number) =>
      loginWaitSeconds({
        ...fresh,
        pairFailures: failures,
        secondsSincePairFailure: 0,
        accountFailures: failures,
        ipFailures: failures,
      });
    expect(wait(5)).toBe(5);
    expect(wait(6)).toBe(10);
    expect(wait(7)).toBe(20);
    expect(wait(19)).toBe(300);
  });

  it('counts the wait from the latest failure', () => {
    expect(
      loginWaitSeconds({
        ...fresh,
        pairFailures: 6,
        secondsSincePairFailure: 4,
        accountFailures: 6,
        ipFailures: 6,
      }),
    ).toBe(6);
    expect(
      loginWaitSeconds({
        ...fresh,
        pairFailures: 6,
        secondsSincePairFailure: 11,
        accountFailures: 6,
        ipFailures: 6,
      }),
    ).toBe(0);
  });

  it("never holds the owner's other machine because of a stranger's failures", () => {
    expect(loginWaitSeconds({ ...fresh, accountFailures: 30, secondsSinceAccountFailure: 0 })).toBe(0);
  });

  it('spaces out every attempt on an account guessed from many addresses', () => {
    expect(loginWaitSeconds({ ...fresh, accountFailures: 50, secondsSinceAccountFailure: 2 })).toBe(8);
  });

  it('holds an address that fails on many accounts for the whole window', () => {
    expect(loginWaitSeconds({ ...fresh, ipFailures: MAX_FAILURES_PER_IP })).toBe(900);
  });
});
