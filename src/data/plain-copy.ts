import { formatPath, type Issue } from './issues.js';

// The validator only ever sees a fresh copy made of plain objects, arrays and
// primitives: the caller's input is never mutated nor shared with the result, and
// cycles, throwing getters, proxies and absurd sizes are stopped here, not in valibot.

const MAX_DEPTH = 100;
const MAX_VALUES = 1_000_000;

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
 * A walk over the data. `keys` is the path to the current value, pushed and popped
 * as the walk goes: a path is only built (copied) when there is an issue.
 */
abstract class Walk {
  protected readonly keys: Keys = [];
  private count = 0;

  protected fail(message: string, keys = [...this.keys]): never {
    throw new CopyError(keys, message);
  }

  /** Counts one more value. */
  protected tally(): void {
    if (++this.count > MAX_VALUES) this.fail(`the data is too large (more than ${MAX_VALUES} values)`, []);
  }

  /** Called at an object or array, before its items. */
  protected checkDepth(): void {
    if (this.keys.length >= MAX_DEPTH) this.fail(`the data is nested too deeply (more than ${MAX_DEPTH} levels)`);
  }
}

/** Copies any value into plain data. */
class Copier extends Walk {
  private readonly ancestors = new Set<object>();

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
    this.tally();
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (typeof value !== 'object' || value === null) return value;
    const { ancestors, keys } = this;
    if (ancestors.has(value)) this.fail('this value contains itself (a cycle); the data must be plain JSON');
    this.checkDepth();
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

/**
 * Makes a value fresh from JSON.parse what a copy would be, in place: it is already
 * new plain data without cycles or getters, so only the limits and `__proto__` keys
 * need a look. Saves copying every value of the document once more.
 */
class JsonCleaner extends Walk {
  clean(value: unknown): void {
    this.tally();
    if (typeof value !== 'object' || value === null) return;
    this.checkDepth();
    const { keys } = this;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        keys.push(index);
        this.clean(value[index]);
        keys.pop();
      }
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // JSON.parse makes it an own key; as an object literal's key it would set the prototype.
      if (key === '__proto__') {
        delete record[key];
        continue;
      }
      keys.push(key);
      this.clean(record[key]);
      keys.pop();
    }
  }
}

function walk(run: () => unknown): CopyResult {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof CopyError) return { ok: false, issue: { path: formatPath(error.keys), message: error.message } };
    // A proxy whose traps throw, a stack overflow...: the data cannot be read at all.
    return { ok: false, issue: { path: '', message: `the data could not be read (${reason(error)})` } };
  }
}

/** A plain copy of any value, or the issue that stops it. */
export function plainCopy(input: unknown): CopyResult {
  return walk(() => new Copier().copy(input));
}

/** The same result as `plainCopy`, for a value just made by JSON.parse that nothing else holds. */
export function plainJson(parsed: unknown): CopyResult {
  return walk(() => {
    new JsonCleaner().clean(parsed);
    return parsed;
  });
}
