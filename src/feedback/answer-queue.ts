import type { VagvalFeedbackDetail } from '../core/events.js';

/** What is POSTed to the endpoint: the same as the `vagval-feedback` event's detail. */
export type FeedbackAnswer = VagvalFeedbackDetail;

/** An answer kept until its endpoint has it. */
export interface QueuedAnswer {
  id: string;
  endpoint: string;
  /** The page view that took the answer; only a later view resends it. */
  view: string;
  answer: FeedbackAnswer;
  /** How many page views have tried to send it. */
  attempts: number;
  /** When it was answered, in milliseconds since 1970. */
  time: number;
}

/** The part of `Storage` the queue uses, so tests can pass a map or a failing store. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const QUEUE_KEY = 'vagval-feedback/queue/v1';
/** Page views that try to send one answer before it is given up. */
export const MAX_ATTEMPTS = 3;
const MAX_ENTRIES = 20;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function isAnswer(value: unknown): value is FeedbackAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { answer, page, comment } = value as Record<string, unknown>;
  return (answer === 'yes' || answer === 'no') && typeof page === 'string' && (comment === undefined || typeof comment === 'string');
}

function isQueued(value: unknown): value is QueuedAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.endpoint === 'string' &&
    typeof entry.view === 'string' &&
    typeof entry.attempts === 'number' &&
    typeof entry.time === 'number' &&
    isAnswer(entry.answer)
  );
}

/**
 * Answers that are not yet sent, kept in the tab's `sessionStorage` so that a
 * failed POST or a page left before the comment was sent is not lost: the next
 * page view sends it. Storage that is missing, full or blocked (private modes,
 * strict cookie settings) makes the queue a no-op, never an exception.
 */
export class AnswerQueue {
  constructor(
    private readonly storage: StorageLike | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Adds an answer, or replaces the one with the same id. False when it could not be kept. */
  put(entry: QueuedAnswer): boolean {
    const others = this.read().filter((queued) => queued.id !== entry.id);
    return this.write([...others, entry].slice(-MAX_ENTRIES));
  }

  /** Forgets an answer (it was sent, or is not to be sent). */
  remove(id: string): void {
    const entries = this.read();
    const rest = entries.filter((queued) => queued.id !== id);
    if (rest.length !== entries.length) this.write(rest);
  }

  /**
   * Takes out the answers for `endpoint` that earlier page views left behind, so
   * that two elements on one page never send the same answer twice. Give back the
   * ones that fail again with `giveBack`.
   */
  takeLeftovers(endpoint: string, currentView: string): QueuedAnswer[] {
    const entries = this.read();
    const taken = entries.filter((queued) => queued.endpoint === endpoint && queued.view !== currentView);
    if (taken.length) this.write(entries.filter((queued) => !taken.includes(queued)));
    return taken;
  }

  /** Returns answers that failed again, counting the attempt; gives up after `MAX_ATTEMPTS`. */
  giveBack(entries: readonly QueuedAnswer[]): void {
    const retry = entries.map((queued) => ({ ...queued, attempts: queued.attempts + 1 })).filter((queued) => queued.attempts < MAX_ATTEMPTS);
    if (retry.length) this.write([...this.read(), ...retry].slice(-MAX_ENTRIES));
  }

  /** Every kept answer that is not too old. */
  read(): QueuedAnswer[] {
    let text: string | null;
    try {
      text = this.storage?.getItem(QUEUE_KEY) ?? null;
    } catch {
      return [];
    }
    if (!text) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    const oldest = this.now() - MAX_AGE_MS;
    return parsed.filter(isQueued).filter((queued) => queued.time >= oldest);
  }

  private write(entries: readonly QueuedAnswer[]): boolean {
    if (!this.storage) return false;
    try {
      if (entries.length) this.storage.setItem(QUEUE_KEY, JSON.stringify(entries));
      else this.storage.removeItem(QUEUE_KEY);
      return true;
    } catch {
      return false;
    }
  }
}
