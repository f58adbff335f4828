import type { Period } from './schema.js';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * The shape of a period string. Months and days are range-checked here so the
 * JSON Schema pattern catches most mistakes; the calendar check (`isNonexistentDay`)
 * does the rest.
 */
export const PERIOD_PATTERN = /^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const DATE_PATTERN = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

function monthLength(month: number, leap: boolean): number {
  if (month === 2) return leap ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInMonth(year: number, month: number): number {
  return monthLength(month, isLeapYear(year));
}

// Days before each month in a year that is not a leap year: 0 for January, 31 for February...
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day of the year, 1 for January 1st. */
function dayOfYear(month: number, day: number, leap: boolean): number {
  return DAYS_BEFORE_MONTH[month - 1]! + day + (month > 2 && leap ? 1 : 0);
}

// Periods are read by character codes, not with PERIOD_PATTERN: this runs for every
// point of every series (validation, cross-checks, charts), and a regex test plus
// slices and Number() per period cost more than the rest of a point's checks.
const ZERO = 48; // '0'
const DASH = 45; // '-'
const YEAR_LENGTH = 4;
const MONTH_LENGTH = 7;
const DAY_LENGTH = 10;

/** The two digits at `at` as a number, or -1 (past the end, charCodeAt gives NaN: -1 too). */
export function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * A text PERIOD_PATTERN matches as one number, `yyyymmdd` with 00 for a missing month
 * or day (no object per period); -1 when the pattern would not match. The tests check
 * that the two agree.
 */
function periodCode(text: string): number {
  const length = text.length;
  if (length !== YEAR_LENGTH && length !== MONTH_LENGTH && length !== DAY_LENGTH) return -1;
  const century = twoDigits(text, 0);
  const rest = twoDigits(text, 2);
  // The first digit is 1-9: a year from 1000.
  if (century < 10 || rest < 0) return -1;
  const year = century * 100 + rest;
  if (length === YEAR_LENGTH) return year * 10000;
  const month = twoDigits(text, 5);
  if (text.charCodeAt(4) !== DASH || month < 1 || month > 12) return -1;
  if (length === MONTH_LENGTH) return year * 10000 + month * 100;
  const day = twoDigits(text, 8);
  if (text.charCodeAt(7) !== DASH || day < 1 || day > 31) return -1;
  return year * 10000 + month * 100 + day;
}

const yearOf = (code: number) => Math.floor(code / 10000);
const monthOf = (code: number) => Math.floor(code / 100) % 100;
const dayOf = (code: number) => code % 100;

/** A period string's code (see `periodCode`), or -1 when it is not a real date. */
function realPeriodCode(text: string): number {
  const code = periodCode(text);
  if (code < 0) return -1;
  const day = dayOf(code);
  return day === 0 || day <= daysInMonth(yearOf(code), monthOf(code)) ? code : -1;
}

/**
 * True for a day in the right shape that does not exist (`2023-02-31`); false for
 * anything else, a malformed text included, so its pattern alone reports it.
 */
export function isNonexistentDay(text: string): boolean {
  // Every month has 28 days: only the 29th to the 31st need the whole date read.
  if (text.length !== DAY_LENGTH || twoDigits(text, 8) <= 28) return false;
  const code = periodCode(text);
  return code >= 0 && dayOf(code) > daysInMonth(yearOf(code), monthOf(code));
}

/** A whole number from MIN_YEAR to MAX_YEAR. */
export function isYearNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

export function isValidPeriod(period: unknown): period is Period {
  if (typeof period === 'number') return isYearNumber(period);
  return typeof period === 'string' && realPeriodCode(period) >= 0;
}

/**
 * A period as a fractional year: `2023` → 2023, `2023-07` → 2023.5 (month m adds
 * (m-1)/12), `2023-07-02` adds (day of year - 1) / days in that year. NaN when invalid.
 */
export function periodToYear(period: Period): number {
  if (typeof period === 'number') return isYearNumber(period) ? period : NaN;
  if (typeof period !== 'string') return NaN;
  // This runs for every distinct period of every chart and cross-check (thousands for a
  // daily series), mostly before the engine has optimised it: few calls, one leap-year test.
  const code = periodCode(period);
  if (code < 0) return NaN;
  const year = yearOf(code);
  const month = monthOf(code);
  const day = dayOf(code);
  if (month === 0) return year;
  if (day === 0) return year + (month - 1) / 12;
  const leap = isLeapYear(year);
  // Every month has 28 days: only the 29th to the 31st need the month's length.
  if (day > 28 && day > monthLength(month, leap)) return NaN;
  return year + (dayOfYear(month, day, leap) - 1) / (leap ? 366 : 365);
}

/** Today (in local time) as a fractional year, counted like a day period. */
export function currentYear(date: Date = new Date()): number {
  const year = date.getFullYear();
  return year + (dayOfYear(date.getMonth() + 1, date.getDate(), isLeapYear(year)) - 1) / daysInYear(year);
}

/** For sorting: earlier periods first, invalid periods last. */
export function comparePeriods(a: Period, b: Period): number {
  const x = periodToYear(a);
  const y = periodToYear(b);
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
}
