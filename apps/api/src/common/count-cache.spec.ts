import { describe, expect, it } from 'vitest';
import { cachedCount, invalidateCounts } from './count-cache.js';

describe('cachedCount', () => {
  it('counts once per query until something changes', async () => {
    let counted = 0;
    const count = async () => ++counted;
    expect(await cachedCount('q1', count)).toBe(1);
    expect(await cachedCount('q1', count)).toBe(1);
    expect(await cachedCount('q2', count)).toBe(2);
    invalidateCounts();
    expect(await cachedCount('q1', count)).toBe(3);
  });

  it('does not remember a total counted while a change happened', async () => {
    let n = 10;
    const racing = async () => {
      invalidateCounts(); // a write lands during the count
      return n++;
    };
    expect(await cachedCount('q3', racing)).toBe(10);
    expect(await cachedCount('q3', async () => n++)).toBe(11);
  });
});
