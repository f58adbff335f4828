// Helpers for the recording endpoint of test/server/feedback.js.
import type { FeedbackAnswer } from '../../src/feedback/answer-queue.js';

export interface RecordedRequest {
  method: string;
  contentType: string;
  referer: string;
  body: FeedbackAnswer;
}

let counter = 0;

/** A fresh endpoint URL; `fail` makes its first N requests answer 503, `status` sets the answer after that. */
export function endpointFor(options: { fail?: number; status?: number; delay?: number } = {}): { id: string; url: string } {
  const id = `fb-${Date.now()}-${++counter}`;
  const params = new URLSearchParams({ id });
  if (options.fail) params.set('fail', String(options.fail));
  if (options.status) params.set('status', String(options.status));
  if (options.delay) params.set('delay', String(options.delay));
  return { id, url: `/__feedback__/endpoint?${params}` };
}

/** What the endpoint with that id received. */
export async function recorded(id: string): Promise<RecordedRequest[]> {
  const response = await fetch(`/__feedback__/recorded?id=${encodeURIComponent(id)}`);
  return ((await response.json()) as { requests: RecordedRequest[] }).requests;
}

/** A page that does not answer: nothing listens on port 9 (discard) here. */
export const UNREACHABLE_ENDPOINT = 'http://127.0.0.1:9/svar';
