import { intlLocale, type UiLang } from '../i18n/lang.js';

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export interface CalendarDate {
  year: number;
  month: number;
  /** Absent for a month such as "2023-06". */
  day?: number;
}

/** Parses "2024-03-14" or "2024-03" strictly; `undefined` for anything that is not a real date. */
export function parseIsoDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  return day === undefined ? { year, month } : { year, month, day };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat is slow; a list of 2,000 dates needs two of them.
function formatter(lang: UiLang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', year: 'numeric', month: 'long', ...(withDay ? { day: 'numeric' } : {}) });
    formatters.set(key, format);
  }
  return format;
}

/** "14 mars 2024" / "14 March 2024", or "mars 2024" for a month; `undefined` when not a date. */
export function formatDate(text: unknown, lang: UiLang): string | undefined {
  const date = parseIsoDate(text);
  if (!date) return undefined;
  // Noon UTC formatted in UTC, so no time zone can move the day.
  const instant = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1, 12));
  return formatter(lang, date.day !== undefined).format(instant);
}
