import { describe, expect, it } from 'vitest';
import { aggregate } from './indicator.schema.js';

describe('aggregate', () => {
  it('adds, takes the maximum or the latest value', () => {
    expect(aggregate('sum', [100, 59])).toBe(159);
    expect(aggregate('max', [3, 9, 4])).toBe(9);
    expect(aggregate('latest', [3, 9, 4])).toBe(4);
    expect(aggregate('sum', [])).toBeNull();
  });
});
