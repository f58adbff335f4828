import { consume } from '@lit/context';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveDataUrl } from '../format/url.js';
import { renderDataError } from './error-view.js';
import { LocaleController } from './locale-controller.js';
import { StrategySourceController } from './strategy-source.js';
import { strategyContext, strategyOf, type StrategyState } from './strategy-state.js';

/**
 * What every widget shares: the UI language, and strategy data either from the
 * nearest `<vagval-strategy>` or, outside one, from its own `src` or inline JSON.
 */
export abstract class VagvalDataElement extends LitElement {
  /** URL of a strategy JSON file, for a widget used outside `<vagval-strategy>`. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before showing an error. */
  @property({ type: Number }) timeout?: number;

  @consume({ context: strategyContext, subscribe: true })
  @state()
  protected provided?: StrategyState;

  protected readonly locale = new LocaleController(this);
  protected readonly source = new StrategySourceController(this);

  /** The data state that applies: the widget's own source wins over a provider's. */
  protected get strategyState(): StrategyState {
    if (this.source.active) return this.source.state;
    return this.provided ?? { status: 'idle' };
  }

  /** The strategy to render, when there is one (possibly with issues). */
  protected get strategy() {
    return strategyOf(this.strategyState);
  }

  /** The error of data the widget failed to load itself; a provider shows its own error. */
  protected renderOwnError(): TemplateResult | typeof nothing {
    const state = this.strategyState;
    return this.source.active && state.status === 'error' ? renderDataError(this.locale.lang, state) : nothing;
  }

  /** A link or image source from the data, when the contract allows it, resolved against the data file. */
  protected dataUrl(url: unknown): string | undefined {
    const state = this.strategyState;
    return resolveDataUrl(url, 'baseUrl' in state ? state.baseUrl : undefined);
  }
}
