import { formatPath, type Issue } from './issues.js';

// The validator only ever sees a fresh copy made of plain objects, arrays and
// primitives: the caller's input is never mutated nor shared with the result, and
// cycles, throwing getters, proxies and absurd sizes are stopped here, not in valibot.

export const MAX_DEPTH = 100;
export const MAX_VALUES = 1_000_000;
export const TOO_LARGE = `the data is too large (more than ${MAX_VALUES} values)`;
export const TOO_DEEP = `the data is nested too deeply (more than ${MAX_DEPTH} levels)`;

export type CopyResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

type Keys = (string | number)[];

class CopyError extends Error {
  constructor(
    readonly keys: Keys,
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

/**
 * Copies any value into plain data. `keys` is the path to the current value, pushed
 * and popped as the walk goes: a path is only built (copied) when there is an issue.
 */
class Copier {
  private readonly keys: Keys = [];
  private count = 0;
  private readonly ancestors = new Set<object>();

  private fail(message: string, keys = [...this.keys]): never {
    throw new CopyError(keys, message);
  }

  /** The value at `key` of `source`, copied; `key` is already the last of `keys`. */
  private item(source: object, key: string | number): unknown {
    let value: unknown;
    try {
      value = (source as Record<string | number, unknown>)[key];
    } catch (error) {
      this.fail(`this value could not be read (${reason(error)})`);
    }
    return this.copy(value);
  }

  copy(value: unknown): unknown {
    if (++this.count > MAX_VALUES) this.fail(TOO_LARGE, []);
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (typeof value !== 'object' || value === null) return value;
    const { ancestors, keys } = this;
    if (ancestors.has(value)) this.fail('this value contains itself (a cycle); the data must be plain JSON');
    if (keys.length >= MAX_DEPTH) this.fail(TOO_DEEP);
    ancestors.add(value);
    let result: unknown[] | Record<string, unknown>;
    if (Array.isArray(value)) {
      const length = value.length;
      result = [];
      for (let index = 0; index < length; index++) {
        keys.push(index);
        result.push(this.item(value, index));
        keys.pop();
      }
    } else {
      result = {};
      for (const key of Object.keys(value)) {
        // Never let a key rewrite the copy's prototype.
        if (key === '__proto__') continue;
        keys.push(key);
        const item = this.item(value, key);
        keys.pop();
        if (item !== undefined) result[key] = item;
      }
    }
    ancestors.delete(value);
    return result;
  }
}

/** A plain copy of any value, or the issue that stops it. */
export function plainCopy(input: unknown): CopyResult {
  try {
    return { ok: true, value: new Copier().copy(input) };
  } catch (error) {
    if (error instanceof CopyError) return { ok: false, issue: { path: formatPath(error.keys), message: error.message } };
    // A proxy whose traps throw, a stack overflow...: the data cannot be read at all.
    return { ok: false, issue: { path: '', message: `the data could not be read (${reason(error)})` } };
  }
}
