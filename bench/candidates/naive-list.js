// The initiative list written the naive way, as a reference for ours: a plain Lit
// element showing the same facts per item, which filters with toLowerCase/includes
// and re-renders every <li> on each keystroke (no keys, no caching, no deferral).
import { html, LitElement } from 'lit';
import { asStrategy } from '../page/peer-content.js';
import { litSettled } from '../page/paint.js';

export const label = 'Naive Lit list';

const STATUS = { planned: 'Planerat', ongoing: 'Pågår', completed: 'Avslutat' };

class NaiveInitiativeList extends LitElement {
  static properties = { strategy: { attribute: false }, query: { state: true } };

  constructor() {
    super();
    this.query = '';
  }

  render() {
    const { initiatives, areas } = this.strategy;
    const areaTitle = (id) => areas.find((area) => area.id === id)?.title;
    const query = this.query.toLowerCase();
    const shown = initiatives.filter((i) => `${i.title} ${i.summary ?? ''}`.toLowerCase().includes(query));
    return html`
      <label>Sök bland initiativen <input type="search" @input=${(event) => (this.query = event.target.value)} /></label>
      <p>${shown.length} av ${initiatives.length} initiativ</p>
      <ul>
        ${shown.map(
          (i) => html`<li>
            <h3><a href=${i.href}>${i.title}</a></h3>
            <p>${i.summary}</p>
            <dl>
              <dt>Status</dt><dd>${STATUS[i.status]}</dd>
              <dt>Område</dt>${i.areas.map((id) => html`<dd>${areaTitle(id)}</dd>`)}
              <dt>Start</dt><dd>${i.start}</dd>
              <dt>Slut</dt><dd>${i.end}</dd>
              <dt>Taggar</dt>${(i.tags ?? []).map((tag) => html`<dd>${tag}</dd>`)}
            </dl>
          </li>`,
        )}
      </ul>
    `;
  }
}
customElements.define('naive-initiative-list', NaiveInitiativeList);

/** Every initiative in the data, with the search box. */
export function list(host, data) {
  const element = document.createElement('naive-initiative-list');
  element.strategy = asStrategy(data);
  host.append(element);
  return litSettled(host, 'naive-initiative-list');
}

const listElement = (host) => host.querySelector('naive-initiative-list');

export const searchBox = (host) => listElement(host).shadowRoot.querySelector('input');

/** After a keystroke: the list has re-rendered for the new query. */
export const filtered = (host) => listElement(host).updateComplete;
