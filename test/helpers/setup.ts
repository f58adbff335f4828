// Shared by the browser tests: fail a test on Lit's dev-mode warnings, and small waiting helpers.
import { oneEvent, waitUntil } from '@open-wc/testing';

const litWarnings: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  // Lit's dev build announces itself once; every other Lit warning is a bug in our code.
  if (/\bLit\b|lit\.dev/.test(text) && !text.includes('Lit is in dev mode')) litWarnings.push(text);
  originalWarn(...args);
};

afterEach(() => {
  if (litWarnings.length) {
    const warnings = litWarnings.splice(0);
    throw new Error(`Lit warned during the test:\n${warnings.join('\n')}`);
  }
});

/** Waits until an element reflects `state="..."`. */
export function stateIs(element: Element, state: string, timeout = 5000): Promise<void> {
  return waitUntil(() => element.getAttribute('state') === state, `state never became "${state}" (is "${element.getAttribute('state')}")`, { timeout });
}

/** Resolves with the next event of that name from the element. */
export function nextEvent<T = unknown>(element: EventTarget, name: string): Promise<CustomEvent<T>> {
  return oneEvent(element, name) as Promise<CustomEvent<T>>;
}

/** How often the test server was asked for `id` (see test/server/strategy-routes.js). */
export async function serverHits(id: string): Promise<number> {
  const response = await fetch(`/__test__/hits?id=${encodeURIComponent(id)}`);
  return ((await response.json()) as { count: number }).count;
}

/** A URL of the test server's strategy route, unique per call so no cache is shared between tests. */
let counter = 0;
export function strategyUrl(options: { file?: string; delay?: number; status?: number; id?: string } = {}): string {
  const params = new URLSearchParams({ id: options.id ?? `t${Date.now()}-${++counter}`, file: options.file ?? 'provider-a.json' });
  if (options.delay) params.set('delay', String(options.delay));
  if (options.status) params.set('status', String(options.status));
  return `/__test__/strategy?${params}`;
}

/** Waits for Lit's update and a frame, so styles and layout are current. */
export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
