import { describe, expect, test } from 'vitest';
import { inLanes } from '../../src/local-pipeline/lanes';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inLanes', () => {
  test('returns results in the order of the items, however the lanes finish', async () => {
    const delays = [30, 5, 20, 1, 10];
    const seenBy: string[] = [];
    const results = await inLanes(['a', 'b'], delays, async (lane, delay) => {
      seenBy.push(lane);
      await pause(delay);
      return delay * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20]);
    expect(new Set(seenBy)).toEqual(new Set(['a', 'b']));
  });

  test('never runs more items at once than there are lanes', async () => {
    let running = 0;
    let most = 0;
    await inLanes([1, 2], Array.from({ length: 8 }, (_, index) => index), async () => {
      running += 1;
      most = Math.max(most, running);
      await pause(2);
      running -= 1;
    });
    expect(most).toBe(2);
  });

  test('after a failure starts nothing new, and rejects only once the other lane has finished its item', async () => {
    const started: number[] = [];
    let slowItemFinished = false;
    const run = inLanes(['a', 'b'], [0, 1, 2, 3], async (_lane, item) => {
      started.push(item);
      if (item === 0) {
        await pause(40);
        slowItemFinished = true;
        return item;
      }
      throw new Error(`item ${item} broke`);
    });
    await expect(run).rejects.toThrow('item 1 broke');
    expect(slowItemFinished).toBe(true);
    expect(started).toEqual([0, 1]);
  });
});
