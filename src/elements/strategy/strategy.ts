import { provide } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../../core/base-styles.js';
import { errorStyles, renderDataError } from '../../core/error-view.js';
import { vagvalEvent } from '../../core/events.js';
import { koladaBaseContext } from '../../core/kolada-base.js';
import { KOLADA_API } from '../../kolada/api.js';
import { LocaleController } from '../../core/locale-controller.js';
import { StrategySourceController } from '../../core/strategy-source.js';
import { strategyContext, type StrategyState } from '../../core/strategy-state.js';

/**
 * Loads one strategy data file and provides it to every vagval widget inside it.
 *
 * @summary Data provider for the widgets inside it.
 * @tagname vagval-strategy
 *
 * @slot - The page content and widgets that use this data.
 *
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart error-details - The list of issues for the web editor, behind a disclosure.
 *
 * @cssprop --vagval-color-danger - Border and icon colour of the error message.
 * @cssprop --vagval-radius - Corner radius of the error message.
 * @cssprop --vagval-focus-ring-color - Colour of the keyboard focus ring.
 * @cssprop --vagval-focus-ring-width - Width of the keyboard focus ring.
 *
 * @fires {CustomEvent<VagvalLoadDetail>} vagval-load - The data loaded and is valid; `detail.strategy` holds it.
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The data could not be loaded or has issues; `detail.message` and `detail.issues`.
 */
export class VagvalStrategy extends LitElement {
  static override styles = [baseStyles, errorStyles];

  /** URL of the strategy JSON file. Without it, the element reads one child `<script type="application/json">`. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before showing an error (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** Base URL of Kolada's API v3 for goals whose figures come from Kolada: a proxy or mirror of `https://api.kolada.se/v3`. */
  @provide({ context: koladaBaseContext })
  @property({ attribute: 'kolada-base' })
  koladaBase: string = KOLADA_API;

  /** Where the data stands: `loading`, `ready` or `error`. Reflected, so the page can style it. */
  @property({ reflect: true, attribute: 'state' }) readonly state: 'loading' | 'ready' | 'error' = 'loading';

  @provide({ context: strategyContext })
  @state()
  protected provided: StrategyState = { status: 'idle' };

  private readonly locale = new LocaleController(this);

  private readonly source = new StrategySourceController(this, { required: true, onChange: (next) => this.receive(next) });

  private receive(next: StrategyState): void {
    this.provided = next;
    const state = next.status === 'idle' ? 'loading' : next.status;
    (this as { state: string }).state = state;
    if (next.status === 'ready') this.dispatchEvent(vagvalEvent('vagval-load', { strategy: next.strategy }));
  }

  override render() {
    const current = this.source.state;
    return html`${current.status === 'error' ? renderDataError(this.locale.lang, current) : nothing}<slot></slot>`;
  }
}
