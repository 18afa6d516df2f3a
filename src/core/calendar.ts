import type { Locale } from './locales';

/** The UTC midnight that starts a YYYY-MM-DD day, or undefined when `text` is no such day. */
function startOfDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written instead of adding 1900.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * Whether `text` is a day that exists, written YYYY-MM-DD. `Date.parse` is not enough:
 * it rolls 2026-02-30 over to March 2, so a typo becomes another day instead of an error.
 */
export function isCalendarDay(text: string): boolean {
  return startOfDay(text) !== undefined;
}

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `timeZone` (an IANA name; the host's
 * own zone when left out). The core has no clock: the edge passes the instant, and chooses
 * whose day it means by the zone.
 */
export function calendarDayIn(instant: Date, timeZone?: string): string {
  // Made per call, not kept: without `timeZone` it takes the host's zone at the moment it is made.
  const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone === undefined ? {} : { timeZone }) }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * Where the calendar is furthest ahead (UTC+14). A server that does not know the user's zone
 * takes its day as "today", so it refuses only days that have not begun anywhere yet.
 */
export const EARLIEST_TIME_ZONE = 'Pacific/Kiritimati';

/**
 * British English writes "5 December 2026" (day first, as in Portuguese, and without the
 * 05/12 vs 12/05 ambiguity); Portuguese "5 de dezembro de 2026".
 */
const DAY_FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  // UTC on both sides: the day is built at UTC midnight and read back in UTC, so no machine's
  // own zone can move it to the day before.
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  'pt-BR': new Intl.DateTimeFormat('pt-BR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A YYYY-MM-DD day as a reader of `locale` writes it: "5 December 2026", "5 de dezembro de
 * 2026", and "1º de dezembro de 2026": Brazilian usage writes the first of a month as an ordinal,
 * which Intl does not.
 */
export function formatCalendarDay(day: string, locale: Locale): string {
  const start = startOfDay(day);
  if (start === undefined) throw new Error(`expected a calendar day as YYYY-MM-DD, received ${JSON.stringify(day)}`);
  const parts = DAY_FORMATS[locale].formatToParts(start);
  return parts.map((part) => (locale === 'pt-BR' && part.type === 'day' && part.value === '1' ? '1º' : part.value)).join('');
}
