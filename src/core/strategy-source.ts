import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseStrategy, type Issue, type Strategy } from '../data/index.js';
import { reportError } from './error-reporting.js';
import { loadStrategy } from './strategy-loader.js';
import type { StrategyState } from './strategy-state.js';

export interface StrategySourceHost extends ReactiveControllerHost, HTMLElement {
  /** URL of a strategy JSON file. */
  src?: string | undefined;
  /** Milliseconds to wait for `src` before giving up. */
  timeout?: number | undefined;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * An element's own strategy data, from its `src` attribute or an inline
 * `<script type="application/json">` child. Loads, validates, tracks the state,
 * reports failed data (`vagval-error`) and calls `onChange` with each new state.
 */
export class StrategySourceController implements ReactiveController {
  state: StrategyState = { status: 'idle' };
  private abort?: AbortController;
  // What was loaded last: the `src` URL or the inline JSON text, or neither for no source at
  // all; undefined before the first load. The text is kept as it is: a key string holding
  // it would be a new string at every update, copied whole to be compared.
  private loaded?: { src?: string | undefined; text?: string | undefined };
  private children?: MutationObserver;

  private missingCheck?: ReturnType<typeof setTimeout>;

  /**
   * @param required - Report an error when the element has no source at all
   *   (a provider must have one; a widget may get its data from a provider).
   */
  constructor(
    private readonly host: StrategySourceHost,
    private readonly options: { required?: boolean; onChange?: (state: StrategyState) => void } = {},
  ) {
    host.addController(this);
  }

  /** True when the element has data of its own to load (and so ignores any provider). */
  get active(): boolean {
    return Boolean(this.host.src) || this.inlineScript() !== null;
  }

  hostConnected(): void {
    // Inline JSON may be parsed or edited after the element upgrades.
    this.children = new MutationObserver(() => this.sync());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.sync();
  }

  hostDisconnected(): void {
    clearTimeout(this.missingCheck);
    this.children?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
    this.loaded = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  private inlineScript(): HTMLScriptElement | null {
    return this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
  }

  /** Starts loading when the source changed since the last load. */
  private sync(): void {
    const src = this.host.src || undefined;
    const inline = src ? null : this.inlineScript();
    const text = inline ? (inline.textContent ?? '') : undefined;
    if (this.loaded && this.loaded.src === src && this.loaded.text === text) return;
    this.loaded = { src, text };
    this.abort?.abort();
    this.abort = undefined;
    if (src) this.fetch(src);
    else if (text !== undefined) this.settle(parseStrategy(text), 'The inline JSON data', document.baseURI);
    else this.waitForSource();
  }

  private waitForSource(): void {
    this.set({ status: 'idle' });
    if (!this.options.required) return;
    // Children may still be on their way (parser, or a script appending them in the same task).
    const check = () => {
      // Only while the last look found no source at all.
      const loaded = this.loaded;
      if (!loaded || loaded.src !== undefined || loaded.text !== undefined || !this.host.isConnected) return;
      const tag = this.host.localName;
      this.fail(`<${tag}> has no data: give it a src attribute or one child <script type="application/json">.`, {
        issues: [{ path: '', message: `<${tag}> needs a src attribute (the URL of a strategy JSON file) or one child <script type="application/json"> holding the data.` }],
      });
    };
    clearTimeout(this.missingCheck);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else this.missingCheck = setTimeout(check, 0);
  }

  private fetch(src: string): void {
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'loading' });
    loadStrategy(src, { signal: abort.signal, timeoutMs: this.host.timeout }).then(
      (result) => {
        if (this.abort !== abort) return;
        const baseUrl = new URL(src, document.baseURI).href;
        if (result.ok) this.set({ status: 'ready', strategy: result.value, baseUrl });
        else this.fail(result.message, result, baseUrl);
      },
      // Only a cancelled load rejects: a newer source or removal took over.
      () => {},
    );
  }

  private settle(result: ReturnType<typeof parseStrategy>, what: string, baseUrl: string): void {
    if (result.ok) {
      this.set({ status: 'ready', strategy: result.value, baseUrl });
      return;
    }
    const count = result.issues.length;
    this.fail(`${what} has ${count} ${count === 1 ? 'problem' : 'problems'}.`, result, baseUrl);
  }

  private fail(message: string, result: { issues: Issue[]; value?: Strategy }, baseUrl?: string): void {
    this.set({ status: 'error', message, issues: result.issues, ...(result.value ? { strategy: result.value, baseUrl } : {}) });
    reportError(this.host, { message, issues: result.issues });
  }

  private set(state: StrategyState): void {
    this.state = state;
    this.options.onChange?.(state);
    this.host.requestUpdate();
  }
}
