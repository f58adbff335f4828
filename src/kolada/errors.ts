/** What went wrong: no answer in time, an HTTP error status, an answer we cannot read, no connection, or an unknown id. */
export type KoladaErrorKind = 'timeout' | 'http' | 'invalid' | 'network' | 'not-found';

/** A failed Kolada request. `message` is plain English for developers; widgets word their own text from `kind`. */
export class KoladaError extends Error {
  override readonly name = 'KoladaError';
  readonly kind: KoladaErrorKind;
  /** The HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** The request that failed, where there was one. */
  readonly url?: string;

  constructor(kind: KoladaErrorKind, message: string, details: { status?: number; url?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.url !== undefined) this.url = details.url;
  }
}

function seconds(ms: number): string {
  // Hundredths of a second would round a limit this short to "0 seconds".
  if (ms < 10) return `${ms} ms`;
  const value = Math.round(ms / 10) / 100;
  return `${value} ${value === 1 ? 'second' : 'seconds'}`;
}

export function timeoutError(ms: number): KoladaError {
  return new KoladaError('timeout', `Kolada did not answer within ${seconds(ms)}.`);
}

/** What a caller whose signal aborted is rejected with: the signal's reason, as `fetch` does. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}
