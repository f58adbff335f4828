import type { Period } from './schema.js';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * The shape of a period string. Months and days are range-checked here so the
 * JSON Schema pattern catches most mistakes; `isValidDateString` does the rest.
 */
export const PERIOD_PATTERN = /^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const DATE_PATTERN = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const SHORT_MONTHS = new Set([4, 6, 9, 11]);

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : SHORT_MONTHS.has(month) ? 30 : 31;
}

// Days before each month in a year that is not a leap year: 0 for January, 31 for February...
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day of the year, 1 for January 1st. */
function dayOfYear(year: number, month: number, day: number): number {
  return DAYS_BEFORE_MONTH[month - 1]! + day + (month > 2 && isLeapYear(year) ? 1 : 0);
}

// The parts of a string PERIOD_PATTERN matched: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`.
const yearOf = (text: string) => Number(text.slice(0, 4));
const monthOf = (text: string) => Number(text.slice(5, 7));
const dayOf = (text: string) => Number(text.slice(8, 10));
const DAY_LENGTH = 10;

/** Splits a period string into numbers, or null when it is not a real date. */
function parsePeriodString(text: string): { year: number; month?: number; day?: number } | null {
  if (!PERIOD_PATTERN.test(text)) return null;
  const year = yearOf(text);
  if (text.length === 4) return { year };
  const month = monthOf(text);
  if (text.length < DAY_LENGTH) return { year, month };
  const day = dayOf(text);
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** True for a period string whose date exists (`2023-02-29` does not). */
function isValidPeriodString(text: string): boolean {
  return parsePeriodString(text) !== null;
}

/**
 * True for a day in the right shape that does not exist (`2023-02-31`); false for
 * anything else, a malformed text included, so its pattern alone reports it. Runs
 * the pattern at most once: it is on the path of every period of a document.
 */
export function isNonexistentDay(text: string): boolean {
  if (text.length !== DAY_LENGTH || !PERIOD_PATTERN.test(text)) return false;
  return dayOf(text) > daysInMonth(yearOf(text), monthOf(text));
}

function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

export function isValidPeriod(period: unknown): period is Period {
  if (typeof period === 'number') return isYearNumber(period);
  return typeof period === 'string' && isValidPeriodString(period);
}

/**
 * A period as a fractional year: `2023` → 2023, `2023-07` → 2023.5 (month m adds
 * (m-1)/12), `2023-07-02` adds (day of year - 1) / days in that year. NaN when invalid.
 */
export function periodToYear(period: Period): number {
  if (typeof period === 'number') return isYearNumber(period) ? period : NaN;
  if (typeof period !== 'string') return NaN;
  const parts = parsePeriodString(period);
  if (!parts) return NaN;
  const { year, month, day } = parts;
  if (month === undefined) return year;
  if (day === undefined) return year + (month - 1) / 12;
  return year + (dayOfYear(year, month, day) - 1) / daysInYear(year);
}

/** Today (in local time) as a fractional year, counted like a day period. */
export function currentYear(date: Date = new Date()): number {
  const year = date.getFullYear();
  return year + (dayOfYear(year, date.getMonth() + 1, date.getDate()) - 1) / daysInYear(year);
}

/** For sorting: earlier periods first, invalid periods last. */
export function comparePeriods(a: Period, b: Period): number {
  const x = periodToYear(a);
  const y = periodToYear(b);
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
}
