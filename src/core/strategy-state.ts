import { createContext } from '@lit/context';
import type { Issue, Strategy } from '../data/index.js';

/** Where a widget's data stands. `error` may still carry a usable `strategy` (e.g. one dangling reference). */
export type StrategyState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; strategy: Strategy; baseUrl: string }
  | { status: 'error'; message: string; issues: Issue[]; strategy?: Strategy; baseUrl?: string };

/** The strategy data that `<vagval-strategy>` provides to the widgets inside it. */
// A string key, not a Symbol, so two copies of the library on one page still find each other.
export const strategyContext = createContext<StrategyState>('vagval-strategy/1');

/**
 * `baseUrl` is the data file's URL (the page's for inline JSON): relative links and
 * image sources in the data resolve against it, as they would in the file.
 */

/** The data to render, when there is any. */
export function strategyOf(state: StrategyState | undefined) {
  return state && (state.status === 'ready' || state.status === 'error') ? state.strategy : undefined;
}
