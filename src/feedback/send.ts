import type { FeedbackAnswer } from './answer-queue.js';

/** `sent`; `failed` (network, time-out or server trouble: worth trying later); `rejected` (the endpoint refused it: it will again). */
export type SendOutcome = 'sent' | 'failed' | 'rejected';

export interface SendOptions {
  /** Wait before the one retry, in milliseconds (default 1000). */
  retryDelayMs?: number;
  /** Give up one attempt after this many milliseconds (default 10000). */
  timeoutMs?: number;
  /**
   * Let the request outlive the page, for a reader who leaves right after answering.
   * Only for a same-origin endpoint: some browsers refuse keepalive requests that
   * need a CORS preflight (as a JSON POST to another origin does).
   */
  keepalive?: boolean;
}

const RETRY_DELAY_MS = 1000;
const TIMEOUT_MS = 10_000;

// A client error means the endpoint will refuse the same body again, except for these.
function outcomeOf(status: number): SendOutcome {
  if (status >= 200 && status < 300) return 'sent';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'rejected';
  return 'failed';
}

async function attempt(endpoint: string, body: string, timeoutMs: number, keepalive: boolean): Promise<SendOutcome> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // The page's full address (query and fragment) must not leak through the Referer header.
      referrerPolicy: 'no-referrer',
      keepalive,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return outcomeOf(response.status);
  } catch {
    return 'failed';
  }
}

/** POSTs one answer as JSON; a failed attempt is retried once after a short wait. */
export async function postAnswer(endpoint: string, answer: FeedbackAnswer, options: SendOptions = {}): Promise<SendOutcome> {
  const body = JSON.stringify(answer);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const keepalive = options.keepalive ?? false;
  const first = await attempt(endpoint, body, timeoutMs, keepalive);
  if (first !== 'failed') return first;
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? RETRY_DELAY_MS));
  return attempt(endpoint, body, timeoutMs, keepalive);
}
