// The calendar's arithmetic, not `Date`: it reads years 0–99 as 1900–1999.
import { daysInMonth, twoDigits } from '../data/period.js';
import type { UiLang } from '../i18n/lang.js';

export interface CalendarDate {
  year: number;
  month: number;
  /** Absent for a month such as "2023-06". */
  day?: number;
}

const DASH = 45; // '-'

/**
 * Parses "2024-03-14" or "2024-03" strictly (four digits, a dash, two digits: what
 * `/^(\d{4})-(\d{2})(?:-(\d{2}))?$/` matches, around spaces); `undefined` for anything that is
 * not a real date. Read by character codes: a data table formats a date per row, thousands
 * for a daily series, and a match of the pattern (an array of captures, a number from each)
 * cost more there on a page's first render.
 */
export function parseIsoDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const date = text.trim();
  if (date.length !== 7 && date.length !== 10) return undefined;
  const century = twoDigits(date, 0);
  const rest = twoDigits(date, 2);
  const month = twoDigits(date, 5);
  if (century < 0 || rest < 0 || date.charCodeAt(4) !== DASH || month < 1 || month > 12) return undefined;
  const year = century * 100 + rest;
  if (date.length === 7) return { year, month };
  const day = twoDigits(date, 8);
  if (date.charCodeAt(7) !== DASH || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Month names as `Intl.DateTimeFormat` writes them for sv-SE and en-GB with `month: 'long'`
 * (checked against it by test/format/intl-parity.test.ts). Written out because the first Intl
 * formatter of a page loads ICU's locale data, 12–28 ms in Chromium.
 */
const monthNames: Record<UiLang, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Short month names as `Intl.DateTimeFormat` writes them for sv-SE and en-GB with `month: 'short'` (checked as above). */
const shortMonthNames: Record<UiLang, readonly string[]> = {
  sv: ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/** A month in short: "jan. 2024" / "Jan 2024" (`month` is 1 to 12). */
export function formatShortMonth(year: number, month: number, lang: UiLang): string {
  return `${shortMonthNames[lang][month - 1]} ${year}`;
}

/**
 * A real date in words: "14 mars 2024" / "14 March 2024", or "mars 2024" for a month; both
 * languages put the day first. The year is written as given: for year 0 Intl would write "1"
 * (1 BC without its era), which would misdate it.
 */
export function formatCalendarDate(date: CalendarDate, lang: UiLang): string {
  const month = monthNames[lang][date.month - 1];
  // One template per form, not a day added to the month's text: one new string per date.
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** "14 mars 2024" / "14 March 2024", or "mars 2024" for a month; `undefined` when not a date. */
export function formatDate(text: unknown, lang: UiLang): string | undefined {
  const date = parseIsoDate(text);
  return date ? formatCalendarDate(date, lang) : undefined;
}
