// One GET to Kolada: status, JSON and the single retry after a 429.
import { KoladaError } from './errors.js';

/** Waits after a 429 are capped here, so a large `Retry-After` cannot keep a chart waiting. */
export const MAX_RETRY_AFTER_MS = 3000;
/** The wait after a 429 without a usable `Retry-After`. */
const DEFAULT_RETRY_AFTER_MS = 1000;

export interface GetOptions {
  signal: AbortSignal;
  /** The cap on a 429's `Retry-After` wait, in milliseconds. */
  maxRetryAfterMs?: number;
}

/** A `Retry-After` header (seconds or an HTTP date) as a wait in milliseconds, between 0 and `cap`. */
export function retryAfterMs(header: string | null, cap: number = MAX_RETRY_AFTER_MS, now: number = Date.now()): number {
  const text = header?.trim() ?? '';
  let ms = DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  // An HTTP date names its weekday and month; bare numbers like "-5" are not dates here.
  else if (/[a-z]/i.test(text) && !Number.isNaN(Date.parse(text))) ms = Date.parse(text) - now;
  return Math.min(Math.max(ms, 0), cap);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

async function send(url: string, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw new KoladaError('network', `Could not reach Kolada at ${url}${reason}.`, { url, cause: error });
  }
}

function statusError(response: Response, url: string): KoladaError {
  const status = `${response.status} ${response.statusText}`.trim();
  const hint = response.status === 429 ? ' (too many requests; it asked us to wait)' : '';
  return new KoladaError('http', `Kolada answered ${status}${hint} for ${url}.`, { status: response.status, url });
}

/** GETs `url` and parses its JSON. A 429 is retried once after its `Retry-After`; any other error status is not retried. */
export async function getJson(url: string, options: GetOptions): Promise<unknown> {
  const { signal } = options;
  let response = await send(url, signal);
  if (response.status === 429) {
    await response.body?.cancel();
    await wait(retryAfterMs(response.headers.get('retry-after'), options.maxRetryAfterMs), signal);
    response = await send(url, signal);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw statusError(response, url);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new KoladaError('network', `The answer from Kolada for ${url} broke off.`, { url, cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KoladaError('invalid', `Kolada's answer for ${url} is not valid JSON.`, { url, cause: error });
  }
}
