import { AnswerQueue } from '../../feedback/answer-queue.js';

/** A random id, also where `crypto.randomUUID` is missing (pages served over plain http). */
export function randomId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** This page view: answers it keeps are resent only by a later one. */
export const PAGE_VIEW = randomId();

/** The tab's answer queue; a no-op where `sessionStorage` is blocked (reading it can throw). */
export function answerQueue(): AnswerQueue {
  let storage: Storage | undefined;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = undefined;
  }
  return new AnswerQueue(storage);
}
