import * as v from 'valibot';
import { crossCheck } from './cross-checks.js';
import { toIssues, type Issue } from './issues.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { plainCopy, type CopyResult } from './plain-copy.js';
import { plainJson } from './plain-json.js';
import { StrategySchema, type Strategy } from './schema.js';

export type ParseResult =
  | { ok: true; value: Strategy }
  /** `value` is there when the document is well-formed but, say, ids clash: widgets can still show the rest. */
  | { ok: false; issues: Issue[]; value?: Strategy };

const failure = (message: string, path = ''): ParseResult => ({ ok: false, issues: [{ path, message }] });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: ParseResult } {
  // Editors on Windows often save a byte order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return { ok: false, result: failure('the text is empty; expected JSON data like {"version": 1, …}') };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const found = findJsonSyntaxError(json);
    const message = found
      ? `this is not valid JSON: line ${found.line}, column ${found.column}: ${found.message}`
      : `this is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, result: failure(message) };
  }
}

function validate(input: unknown): ParseResult {
  let copy: CopyResult;
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) return json.result;
    // Parsed here, so nobody else holds it: no copy needed, only the same checks.
    copy = plainJson(json.value);
  } else copy = plainCopy(input);
  if (!copy.ok) return { ok: false, issues: [copy.issue] };

  // abortPipeEarly: one issue per value, not one per failed rule of the same value.
  const parsed = v.safeParse(StrategySchema, copy.value, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.issues) };

  const issues = crossCheck(parsed.output);
  return issues.length ? { ok: false, issues, value: parsed.output } : { ok: true, value: parsed.output };
}

/**
 * Validates a strategy document: a JSON string or an already parsed value.
 * Never throws; the result's value is a new object (the input is left untouched).
 */
export function parseStrategy(input: unknown): ParseResult {
  try {
    return validate(input);
  } catch (error) {
    // Not expected (the copy is plain data); a last guard so callers can rely on "never throws".
    return failure(`the data could not be checked (${error instanceof Error ? error.message : 'unknown error'})`);
  }
}
