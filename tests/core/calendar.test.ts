import { describe, expect, test } from 'vitest';
import { isCalendarDay } from '../../src/core/calendar';

describe('isCalendarDay', () => {
  test.each(['2026-02-28', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01'])('accepts the real day %s', (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });

  test.each(['2026-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '2025-01-01T00:00:00Z', ' 2025-01-01', ''])(
    'refuses %j, which Date.parse would roll over or misread',
    (text) => {
      expect(isCalendarDay(text)).toBe(false);
    },
  );
});
