import { vagvalEvent, type VagvalErrorDetail } from './events.js';

const lastReported = new WeakMap<HTMLElement, string>();

/**
 * Tells the page that an element's data failed: fires `vagval-error` and logs
 * the issues to the console for the page's editor. The same error on the same
 * element is reported once, however often the element renders.
 */
export function reportError(element: HTMLElement, detail: VagvalErrorDetail): void {
  const key = JSON.stringify(detail);
  if (lastReported.get(element) === key) return;
  lastReported.set(element, key);
  const lines = detail.issues.map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`);
  console.error(`<${element.localName}>: ${detail.message}\n${lines.join('\n')}`);
  element.dispatchEvent(vagvalEvent('vagval-error', detail));
}

/** Forgets what was reported, so the same error is reported again after the data recovered. */
export function clearReportedError(element: HTMLElement): void {
  lastReported.delete(element);
}

const withInputIssues = new WeakSet<HTMLElement>();

/**
 * Reports the problems with an element's own input (its attributes) while it has any, `undefined`
 * when it has none: once they are fixed, the same mistake made again later is reported again.
 */
export function reportInputIssues(element: HTMLElement, detail: VagvalErrorDetail | undefined): void {
  if (detail) {
    withInputIssues.add(element);
    reportError(element, detail);
  } else if (withInputIssues.delete(element)) {
    clearReportedError(element);
  }
}
