import { parseStrategy, type Issue, type Strategy } from '../data/index.js';

export type LoadResult =
  | { ok: true; value: Strategy }
  | { ok: false; message: string; issues: Issue[]; value?: Strategy };

const DEFAULT_TIMEOUT_MS = 15_000;

interface SharedRequest {
  promise: Promise<LoadResult>;
  abort: AbortController;
  waiting: number;
}

// Requests in flight, shared by every element that asks for the same URL.
const inFlight = new Map<string, SharedRequest>();
// Valid documents already loaded on this page: a provider that is moved or re-added does not fetch again.
const loaded = new Map<string, Strategy>();

function failure(message: string): LoadResult {
  return { ok: false, message, issues: [{ path: '', message }] };
}

async function request(url: string, abort: AbortController, timeoutMs: number): Promise<LoadResult> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return failure(`Could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    const text = await response.text();
    const parsed = parseStrategy(text);
    if (parsed.ok) {
      loaded.set(url, parsed.value);
      return parsed;
    }
    const count = parsed.issues.length;
    return {
      ok: false,
      message: `The data in ${url} has ${count} ${count === 1 ? 'problem' : 'problems'}.`,
      issues: parsed.issues,
      ...(parsed.value ? { value: parsed.value } : {}),
    };
  } catch (error) {
    if (timedOut) return failure(`Could not load ${url}: no answer within ${timeoutMs / 1000} seconds.`);
    if (abort.signal.aborted) throw error;
    return failure(`Could not load ${url}: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads and validates a strategy file. Callers asking for the same URL at the same
 * time share one request; it is aborted only when every caller has aborted. Resolves
 * with a result (never rejects) unless the caller's own `signal` aborted it.
 */
export function loadStrategy(src: string, options: { signal: AbortSignal; timeoutMs?: number }): Promise<LoadResult> {
  const url = new URL(src, document.baseURI).href;
  const known = loaded.get(url);
  if (known) return Promise.resolve({ ok: true, value: known });

  let shared = inFlight.get(url);
  if (!shared) {
    const abort = new AbortController();
    const promise = request(url, abort, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const entry: SharedRequest = { promise, abort, waiting: 0 };
    const forget = () => {
      if (inFlight.get(url) === entry) inFlight.delete(url);
    };
    promise.then(forget, forget);
    inFlight.set(url, entry);
    shared = entry;
  }
  const entry = shared;
  entry.waiting++;

  return new Promise<LoadResult>((resolve, reject) => {
    const leave = () => {
      entry.waiting--;
      if (entry.waiting === 0) {
        entry.abort.abort();
        if (inFlight.get(url) === entry) inFlight.delete(url);
      }
      reject(new DOMException('Loading was cancelled.', 'AbortError'));
    };
    if (options.signal.aborted) return leave();
    options.signal.addEventListener('abort', leave, { once: true });
    entry.promise.then(
      (result) => {
        options.signal.removeEventListener('abort', leave);
        entry.waiting--;
        resolve(result);
      },
      (error: unknown) => {
        options.signal.removeEventListener('abort', leave);
        entry.waiting--;
        reject(error);
      },
    );
  });
}
