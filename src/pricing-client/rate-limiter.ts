/**
 * A token bucket: `burst` requests at once, then `perSecond` per second. The Price List Query
 * API allows a burst of 10 and 5 requests per second per account.
 */
export interface RateLimiter {
  acquire(): Promise<void>;
}

export const PRICE_LIST_BURST = 10;
export const PRICE_LIST_REQUESTS_PER_SECOND = 5;

export function createRateLimiter(perSecond = PRICE_LIST_REQUESTS_PER_SECOND, burst = PRICE_LIST_BURST, now: () => number = () => performance.now()): RateLimiter {
  if (!(perSecond > 0) || !(burst >= 1)) throw new RangeError(`rate limit needs perSecond > 0 and burst ≥ 1, received ${perSecond}/${burst}`);
  let tokens = burst;
  let last = now();
  let queue: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    for (;;) {
      const current = now();
      tokens = Math.min(burst, tokens + ((current - last) / 1000) * perSecond);
      last = current;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - tokens) / perSecond) * 1000)));
    }
  };
  return {
    // Callers are served in arrival order, so a burst cannot starve an earlier waiter.
    acquire() {
      const turn = queue.then(take);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
