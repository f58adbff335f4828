import { ContextProvider } from '@lit/context';
import { ref } from 'lit/directives/ref.js';
import { strategyContext, type StrategyState } from '../../src/core/strategy-state.js';

/**
 * Holds the widgets inside an element in one data state, for the loading state,
 * which a real provider passes through too quickly to see.
 */
export function provideState(state: StrategyState) {
  return ref((element) => {
    if (!(element instanceof HTMLElement) || element.dataset.provided) return;
    element.dataset.provided = 'true';
    new ContextProvider(element, { context: strategyContext, initialValue: state }).hostConnected();
  });
}
