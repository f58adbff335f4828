import { formatPath, type Issue } from './issues.js';

// The validator only ever sees a fresh copy made of plain objects, arrays and
// primitives: the caller's input is never mutated nor shared with the result, and
// cycles, throwing getters, proxies and absurd sizes are stopped here, not in valibot.

const MAX_DEPTH = 100;
const MAX_VALUES = 1_000_000;

export type CopyResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

class CopyError extends Error {
  constructor(
    readonly keys: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

function reason(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

export function plainCopy(input: unknown): CopyResult {
  const ancestors = new Set<object>();
  let count = 0;

  const read = (source: object, key: string | number, keys: (string | number)[]): unknown => {
    try {
      return (source as Record<string | number, unknown>)[key];
    } catch (error) {
      throw new CopyError([...keys, key], `this value could not be read (${reason(error)})`);
    }
  };

  const copy = (value: unknown, keys: (string | number)[]): unknown => {
    if (++count > MAX_VALUES) throw new CopyError([], `the data is too large (more than ${MAX_VALUES} values)`);
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.has(value)) throw new CopyError(keys, 'this value contains itself (a cycle); the data must be plain JSON');
    if (keys.length >= MAX_DEPTH) throw new CopyError(keys, `the data is nested too deeply (more than ${MAX_DEPTH} levels)`);
    ancestors.add(value);
    let result: unknown[] | Record<string, unknown>;
    if (Array.isArray(value)) {
      const length = value.length;
      result = [];
      for (let index = 0; index < length; index++) result.push(copy(read(value, index, keys), [...keys, index]));
    } else {
      result = {};
      for (const key of Object.keys(value)) {
        // Never let a key rewrite the copy's prototype.
        if (key === '__proto__') continue;
        const item = copy(read(value, key, keys), [...keys, key]);
        if (item !== undefined) result[key] = item;
      }
    }
    ancestors.delete(value);
    return result;
  };

  try {
    return { ok: true, value: copy(input, []) };
  } catch (error) {
    if (error instanceof CopyError) return { ok: false, issue: { path: formatPath(error.keys), message: error.message } };
    // A proxy whose traps throw, a stack overflow...: the data cannot be read at all.
    return { ok: false, issue: { path: '', message: `the data could not be read (${reason(error)})` } };
  }
}
