// A minimal widget for provider tests: shows the title of the strategy it receives.
import { html } from 'lit';
import { VagvalDataElement } from '../../src/core/data-element.js';
import { defineElement } from '../../src/core/define.js';

export class VagvalTestProbe extends VagvalDataElement {
  override render() {
    const state = this.strategyState;
    return html`<p data-status=${state.status}>${this.strategy?.title ?? state.status}</p>`;
  }

  /** What the probe shows, for assertions. */
  get shown(): string {
    return this.shadowRoot?.querySelector('p')?.textContent ?? '';
  }
}

defineElement('vagval-test-probe', VagvalTestProbe);
