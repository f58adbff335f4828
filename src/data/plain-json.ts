import { formatPath } from './issues.js';
import { MAX_DEPTH, MAX_VALUES, TOO_DEEP, TOO_LARGE, type CopyResult } from './plain-copy.js';

// A value fresh from JSON.parse is already new plain data without cycles or getters:
// only the limits and `__proto__` keys need a look, in place, to give what `plainCopy`
// would. This walk visits every value of a document, so it keeps no path while it
// goes (the keys of a failure are collected on the way back) and does not recurse
// into primitives.

type Keys = (string | number)[];

class JsonCleaner {
  /** Values seen so far, the root included, in the order `plainCopy` counts them. */
  private count = 1;
  message = '';
  /** The failure's keys, innermost first; none when the failure is about the whole data. */
  readonly keys: Keys = [];
  private pathless = false;

  /** An object or array at `depth` (the root is at 0), already counted. False at a failure. */
  container(value: object, depth: number): boolean {
    if (depth >= MAX_DEPTH) return this.fail(TOO_DEEP);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (++this.count > MAX_VALUES) return this.tooLarge();
        if (typeof item === 'object' && item !== null && !this.container(item, depth + 1)) return this.at(index);
      }
      return true;
    }
    const record = value as Record<string, unknown>;
    // for...in, not Object.keys: no array of keys per object, so less garbage to
    // collect while the whole document is alive. Own keys come in the same order.
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      // JSON.parse makes it an own key; as an object literal's key it would set the prototype.
      if (key === '__proto__') {
        delete record[key];
        continue;
      }
      const item = record[key];
      if (++this.count > MAX_VALUES) return this.tooLarge();
      if (typeof item === 'object' && item !== null && !this.container(item, depth + 1)) return this.at(key);
    }
    return true;
  }

  /** A path in the `plainCopy` issue's form. */
  path(): string {
    return this.pathless ? '' : formatPath(this.keys.reverse());
  }

  private tooLarge(): false {
    this.pathless = true;
    return this.fail(TOO_LARGE);
  }

  private fail(message: string): false {
    this.message = message;
    return false;
  }

  private at(key: string | number): false {
    this.keys.push(key);
    return false;
  }
}

/** The same result as `plainCopy`, for a value just made by JSON.parse that nothing else holds. */
export function plainJson(parsed: unknown): CopyResult {
  if (typeof parsed !== 'object' || parsed === null) return { ok: true, value: parsed };
  const cleaner = new JsonCleaner();
  try {
    if (cleaner.container(parsed, 0)) return { ok: true, value: parsed };
  } catch (error) {
    // A stack overflow: the data cannot be read at all.
    return { ok: false, issue: { path: '', message: `the data could not be read (${error instanceof Error ? error.message : String(error)})` } };
  }
  return { ok: false, issue: { path: cleaner.path(), message: cleaner.message } };
}
