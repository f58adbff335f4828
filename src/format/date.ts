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

/** Per language, a month's text ("mars 2024"), or a day's text around its number (["", " mars 2024"]), by `monthKey`. */
const months: Record<UiLang, Map<number, string | readonly [string, string]>> = { sv: new Map(), en: new Map() };

/** A number for a month with or without its day (a list of dates asks for one per date: no string key to build). */
const monthKey = (year: number, month: number, withDay: boolean) => (year * 16 + month) * 2 + (withDay ? 1 : 0);

function monthText(lang: UiLang, year: number, month: number, withDay: boolean): string | readonly [string, string] {
  const key = monthKey(year, month, withDay);
  let text = months[lang].get(key);
  if (text === undefined) {
    // Noon UTC formatted in UTC, so no time zone can move the day.
    const instant = new Date(Date.UTC(year, month - 1, 1, 12));
    if (withDay) {
      // A month's days differ only in their number: the text around it is read once.
      const parts = formatter(lang, true).formatToParts(instant);
      const day = parts.findIndex((part) => part.type === 'day');
      const join = (from: number, to: number) => parts.slice(from, to).map((part) => part.value).join('');
      text = [join(0, day), join(day + 1, parts.length)];
    } else {
      text = formatter(lang, false).format(instant);
    }
    months[lang].set(key, text);
  }
  return text;
}

/** A real date in words: "14 mars 2024" / "14 March 2024", or "mars 2024" for a month. */
export function formatCalendarDate(date: CalendarDate, lang: UiLang): string {
  const text = monthText(lang, date.year, date.month, date.day !== undefined);
  return typeof text === 'string' ? text : `${text[0]}${date.day}${text[1]}`;
}

/** "14 mars 2024" / "14 March 2024", or "mars 2024" for a month; `undefined` when not a date. */
export function formatDate(text: unknown, lang: UiLang): string | undefined {
  const date = parseIsoDate(text);
  return date ? formatCalendarDate(date, lang) : undefined;
}
