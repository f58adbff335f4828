import type * as v from 'valibot';

/** One problem in a strategy document: where it is and what is wrong. */
export interface Issue {
  /** Like `areas[1].goals[0].series[2].value`; the empty string is the document itself. */
  path: string;
  /** English, for a web editor: what is wrong and what is expected. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['areas', 1, 'goals']` → `areas[1].goals`; odd keys are quoted: `a["my key"]`. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

const MAX_TEXT = 40;

/** Text in double quotes, shortened when long: messages stay one readable line. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);
}

/** A value as an editor would name it: `the text "61,5"`, `the number 5`, `a list`... */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return value === '' ? 'an empty text' : `the text ${quote(value)}`;
    case 'number':
      return Number.isNaN(value) ? 'NaN (not a number)' : `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}` : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

export type AnyIssue = v.BaseIssue<unknown>;

/** A message maker for valibot: `expected a number, got the text "61,5"`. */
export const got = (expected: string) => (issue: AnyIssue) => `expected ${expected}, got ${describeValue(issue.input)}`;

/** A valibot issue's keys: array indexes as numbers, object keys as strings. */
function issueKeys(issue: v.BaseIssue<unknown>): unknown[] {
  return (issue.path ?? []).map((item) => item.key);
}

/**
 * Valibot's issues in the contract's format. A union reports one issue of its own
 * (its sub-issues are only the branches' attempts), so only top-level issues count.
 */
export function toIssues(issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => ({ path: formatPath(issueKeys(issue)), message: issue.message }));
}
