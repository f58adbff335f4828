// What Kolada answered, kept in memory and in sessionStorage with the time it was fetched.
// sessionStorage is a bonus: it may be missing, blocked (it throws in some sandboxed
// frames), full or hold anything; none of that may break a chart.

/** Keys in sessionStorage start with this. */
export const STORAGE_PREFIX = 'vagval-kolada:';
/** Answers older than this are fetched again. */
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface CacheEntry<V> {
  value: V;
  /** ISO timestamp of the fetch. */
  fetchedAt: string;
}

/** The part of the Web Storage API the cache uses. */
export type CacheStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The page's sessionStorage, or null where there is none or reading it throws. */
export function sessionStore(): CacheStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Removes every key with `prefix` from `storage`; never throws. */
export function removeStored(storage: CacheStorage | null, prefix: string = STORAGE_PREFIX): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing to clean up in a storage we cannot read.
  }
}

export interface CacheOptions {
  /** Namespaces the sessionStorage keys (the client uses its base URL). */
  scope: string;
  storage: CacheStorage | null;
  now: () => number;
  maxAgeMs?: number;
}

export class KoladaCache {
  private readonly memory = new Map<string, CacheEntry<unknown>>();
  private readonly options: CacheOptions;

  constructor(options: CacheOptions) {
    this.options = options;
  }

  /** A fresh entry for `id` (from memory, else from sessionStorage when `isValue` accepts it). */
  get<V>(id: string, isValue: (value: unknown) => value is V): CacheEntry<V> | undefined {
    const remembered = this.memory.get(id);
    if (remembered && this.isFresh(remembered.fetchedAt) && isValue(remembered.value)) {
      return { value: remembered.value, fetchedAt: remembered.fetchedAt };
    }
    const stored = this.read(id);
    if (!stored || !this.isFresh(stored.fetchedAt) || !isValue(stored.value)) return undefined;
    const entry = { value: stored.value, fetchedAt: stored.fetchedAt };
    this.memory.set(id, entry);
    return entry;
  }

  set<V>(id: string, entry: CacheEntry<V>): void {
    this.memory.set(id, entry);
    try {
      this.options.storage?.setItem(this.storageKey(id), JSON.stringify(entry));
    } catch {
      // Full or blocked: the memory copy serves this page.
    }
  }

  /** Forgets the memory copies (sessionStorage is left to `removeStored`). */
  clearMemory(): void {
    this.memory.clear();
  }

  private isFresh(fetchedAt: string): boolean {
    const age = this.options.now() - Date.parse(fetchedAt);
    return age <= (this.options.maxAgeMs ?? MAX_AGE_MS);
  }

  private storageKey(id: string): string {
    return `${STORAGE_PREFIX}${this.options.scope}|${id}`;
  }

  private read(id: string): { value: unknown; fetchedAt: string } | undefined {
    let parsed: unknown;
    try {
      const text = this.options.storage?.getItem(this.storageKey(id));
      if (!text) return undefined;
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { value, fetchedAt } = parsed as Record<string, unknown>;
    return typeof fetchedAt === 'string' ? { value, fetchedAt } : undefined;
  }
}
