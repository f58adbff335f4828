// Shares requests between callers: keys asked for in the same tick are loaded together
// (in groups the owner chooses), a key already on its way is not asked for again, and a
// request is aborted only when none of its callers wait any more.
import { abortReason } from './errors.js';

// setTimeout treats longer delays as 0.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface BatchLoader<K, V> {
  /** Equal ids are the same key and share one load. */
  idOf(key: K): string;
  /** Splits the keys waiting at the end of a tick into groups, one load each. */
  group(keys: K[]): K[][];
  /** Loads one group; the map holds a value per id. */
  load(keys: K[], signal: AbortSignal): Promise<Map<string, V>>;
  /** The error for a key that its load did not return. */
  missing(key: K): Error;
}

export interface WaitOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  /** What the caller is rejected with when `timeoutMs` passes. */
  timeoutError: () => Error;
}

interface Waiter<V> {
  resolve(value: V): void;
  reject(error: unknown): void;
}

interface Load<K, V> {
  abort: AbortController;
  entries: Entry<K, V>[];
}

interface Entry<K, V> {
  key: K;
  id: string;
  waiters: Set<Waiter<V>>;
  /** Unset while the key waits for the end of the tick. */
  load?: Load<K, V>;
}

export class Batcher<K, V> {
  private readonly entries = new Map<string, Entry<K, V>>();
  private scheduled = false;
  private readonly loader: BatchLoader<K, V>;

  constructor(loader: BatchLoader<K, V>) {
    this.loader = loader;
  }

  /** The value for `key`; rejects with the caller's abort reason or time-out without disturbing other callers. */
  request(key: K, options: WaitOptions): Promise<V> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const id = this.loader.idOf(key);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { key, id, waiters: new Set() };
      this.entries.set(id, entry);
      this.schedule();
    }
    const joined = entry;

    return new Promise<V>((resolve, reject) => {
      const onAbort = () => quit(abortReason(signal!));
      const timer = Number.isFinite(options.timeoutMs)
        ? setTimeout(() => quit(options.timeoutError()), Math.min(options.timeoutMs, MAX_TIMER_MS))
        : undefined;
      const cleanUp = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const waiter: Waiter<V> = {
        resolve: (value) => {
          cleanUp();
          resolve(value);
        },
        reject: (error) => {
          cleanUp();
          reject(error);
        },
      };
      const quit = (error: unknown) => {
        cleanUp();
        this.leave(joined, waiter);
        reject(error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      joined.waiters.add(waiter);
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A task later, so the calls of the current task and its microtasks (Lit updates of
    // every chart connected together) make one batch.
    setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.scheduled = false;
    const waiting = [...this.entries.values()].filter((entry) => !entry.load);
    const byId = new Map(waiting.map((entry) => [entry.id, entry]));
    for (const keys of this.loader.group(waiting.map((entry) => entry.key))) {
      const entries = keys.map((key) => byId.get(this.loader.idOf(key))).filter((entry) => entry !== undefined);
      if (entries.length) this.start(entries);
    }
  }

  private start(entries: Entry<K, V>[]): void {
    const load: Load<K, V> = { abort: new AbortController(), entries };
    for (const entry of entries) entry.load = load;
    this.loader.load(entries.map((entry) => entry.key), load.abort.signal).then(
      (values) => {
        for (const entry of entries) {
          const value = values.get(entry.id);
          this.settle(entry, (waiter) => (value === undefined ? waiter.reject(this.loader.missing(entry.key)) : waiter.resolve(value)));
        }
      },
      (error: unknown) => {
        for (const entry of entries) this.settle(entry, (waiter) => waiter.reject(error));
      },
    );
  }

  private settle(entry: Entry<K, V>, answer: (waiter: Waiter<V>) => void): void {
    if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
    const waiters = [...entry.waiters];
    entry.waiters.clear();
    for (const waiter of waiters) answer(waiter);
  }

  private leave(entry: Entry<K, V>, waiter: Waiter<V>): void {
    entry.waiters.delete(waiter);
    if (entry.waiters.size > 0) return;
    const { load } = entry;
    if (!load) {
      // Still waiting for the end of the tick: it simply is not asked for.
      this.entries.delete(entry.id);
      return;
    }
    if (load.entries.some((other) => other.waiters.size > 0)) return;
    for (const other of load.entries) {
      if (this.entries.get(other.id) === other) this.entries.delete(other.id);
    }
    load.abort.abort();
  }
}
