import { describe, expect, test } from 'vitest';
import { calendarDayIn, formatCalendarDay, isCalendarDay } from '../../src/core/calendar';

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

describe('formatCalendarDay', () => {
  test.each([
    ['2026-12-05', '5 December 2026', '5 de dezembro de 2026'],
    ['2026-01-01', '1 January 2026', '1º de janeiro de 2026'],
    ['2026-03-10', '10 March 2026', '10 de março de 2026'],
    ['2026-03-21', '21 March 2026', '21 de março de 2026'],
    ['2024-02-29', '29 February 2024', '29 de fevereiro de 2024'],
  ])('writes %s as people read it in each language', (day, en, pt) => {
    expect(formatCalendarDay(day, 'en')).toBe(en);
    expect(formatCalendarDay(day, 'pt-BR')).toBe(pt);
  });

  test('refuses what is not a calendar day instead of printing another one', () => {
    expect(() => formatCalendarDay('2026-02-30', 'en')).toThrow('expected a calendar day as YYYY-MM-DD, received "2026-02-30"');
  });
});

describe('calendarDayIn', () => {
  test('is the day on the calendar of the zone asked for', () => {
    // 22:30 on 5 December in São Paulo is already 6 December in UTC and in Kiribati.
    const lateInSaoPaulo = new Date('2026-12-06T01:30:00Z');
    expect(calendarDayIn(lateInSaoPaulo, 'America/Sao_Paulo')).toBe('2026-12-05');
    expect(calendarDayIn(lateInSaoPaulo, 'UTC')).toBe('2026-12-06');
    expect(calendarDayIn(new Date('2026-12-05T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-12-06');
  });
});
