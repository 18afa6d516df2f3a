import { afterEach, describe, expect, test, vi } from 'vitest';
import { createRateLimiter } from '../../src/pricing-client/rate-limiter';

afterEach(() => {
  vi.useRealTimers();
});

describe('createRateLimiter', () => {
  test('lets a burst of 10 through, then 5 per second, in arrival order', async () => {
    vi.useFakeTimers();
    const limiter = createRateLimiter(5, 10, () => Date.now());
    const granted: number[] = [];
    for (let index = 0; index < 13; index += 1) void limiter.acquire().then(() => granted.push(index));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await vi.advanceTimersByTimeAsync(200);
    expect(granted).toHaveLength(11);
    await vi.advanceTimersByTimeAsync(400);
    expect(granted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test('refuses a limit that could never grant a request', () => {
    expect(() => createRateLimiter(0, 10)).toThrow(RangeError);
    expect(() => createRateLimiter(5, 0)).toThrow(RangeError);
  });
});
