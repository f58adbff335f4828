import * as v from 'valibot';
import { got, quote, type AnyIssue } from './issues.js';
import { DATE_PATTERN, MAX_YEAR, MIN_YEAR, PERIOD_PATTERN, isNonexistentDay, isYearNumber } from './period.js';

// The schemas of periods and dates. Every schema and action carries its own message.

const periodHint = 'write a year (2023), a month (2023-06) or a day (2023-06-30)';
const notADate = (issue: AnyIssue) => `${quote(String(issue.input))} is not a date; ${periodHint}`;
const noSuchDay = (issue: AnyIssue) => `${quote(String(issue.input))} is not a date (that day does not exist); ${periodHint}`;
const notAYear = got('a year like 2023');
const notFourDigits = got('a four-digit year like 2023');

const YearSchema = v.pipe(v.number(), v.integer(notAYear), v.minValue(MIN_YEAR, notFourDigits), v.maxValue(MAX_YEAR, notFourDigits));

const PeriodStringSchema = v.pipe(
  v.string(),
  v.regex(PERIOD_PATTERN, notADate),
  // The pattern allows 2023-02-31; only real dates pass. A malformed text passes
  // this check (the pattern reports it), so one mistake gives one issue.
  v.check((value) => !isNonexistentDay(value), noSuchDay),
);

// When neither branch fits the type, the union reports one issue of its own. This
// is the schema the JSON Schema shows (see StrategyDefinitions).
export const PeriodUnion = v.pipe(
  v.union([YearSchema, PeriodStringSchema], got('a year (2023) or a date in quotes ("2023-06", "2023-06-30")')),
  v.description('A year (2023) or an ISO date: a month ("2023-06") or a day ("2023-06-30").'),
);

// The two branches in one step each: periods are on the path of every point of a
// document, and on a page's first parse a pipe costs more than its checks (the engine
// has not optimised it yet). The same checks in the same order give the same message.
// Only for inputs of the branch's type (a string; a number other than NaN), which the
// pipe's first schema would pass.

/** YearSchema for a number. */
export const YearNumber = v.custom<number>(isYearNumber, (issue) =>
  (Number.isInteger(issue.input) ? notFourDigits : notAYear)(issue),
);

/** What PeriodStringSchema passes. The pattern is quicker than reading the text's digits one by one while the engine has not optimised either. */
export const isPeriodText = (input: unknown): input is string =>
  typeof input === 'string' && PERIOD_PATTERN.test(input) && !isNonexistentDay(input);

/** PeriodStringSchema for a string. */
export const PeriodText = v.custom<string>(isPeriodText, (issue) => (PERIOD_PATTERN.test(String(issue.input)) ? noSuchDay : notADate)(issue));

/**
 * The union, minus its detour: for an input of one branch's type (v.number() also
 * rejects NaN) the union returns that branch's result, so run that branch alone, in
 * one step.
 * Otherwise a string would first fail the number branch, an issue object each time,
 * at every period of a document. The JSON Schema converter calls the getter with
 * undefined, gets the union and refers to its definition.
 */
export const PeriodSchema = v.lazy((input) => {
  if (typeof input === 'string') return PeriodText;
  return typeof input === 'number' && !Number.isNaN(input) ? YearNumber : PeriodUnion;
});

export const DateSchema = v.pipe(
  v.string(got('a date in quotes, like "2024-03-14"')),
  v.regex(DATE_PATTERN, (issue) => `${quote(String(issue.input))} is not a date; write year-month-day, like "2024-03-14"`),
  v.check(
    // A text DATE_PATTERN matches is a period string of a day's length.
    (value) => !isNonexistentDay(value),
    (issue) => `${quote(String(issue.input))} is not a date (that day does not exist); write year-month-day, like "2024-03-14"`,
  ),
  v.description('An ISO date: "2024-03-14".'),
);
