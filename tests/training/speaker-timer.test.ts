import { describe, expect, test } from 'vitest';
import { elapsedMs, formatElapsed, isOverTime, pauseTimer, startTimer, STOPPED_TIMER } from '../../src/components/training/speaker-timer';

describe('speaker timer', () => {
  test('counts only while running, across pauses', () => {
    let timer = startTimer(STOPPED_TIMER, 1_000);
    expect(elapsedMs(timer, 6_000)).toBe(5_000);
    timer = pauseTimer(timer, 6_000);
    expect(elapsedMs(timer, 60_000)).toBe(5_000);
    timer = startTimer(timer, 60_000);
    expect(startTimer(timer, 61_000)).toBe(timer);
    expect(elapsedMs(timer, 62_500)).toBe(7_500);
    expect(pauseTimer(pauseTimer(timer, 63_000), 99_000)).toEqual({ accumulatedMs: 8_000 });
  });

  test('formats minutes and seconds, and hours once past one', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(61_999)).toBe('1:01');
    expect(formatElapsed(59 * 60_000 + 59_000)).toBe('59:59');
    expect(formatElapsed(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  test('flags time past the planned duration', () => {
    expect(isOverTime(45 * 60_000, 45)).toBe(false);
    expect(isOverTime(45 * 60_000 + 1, 45)).toBe(true);
  });
});
