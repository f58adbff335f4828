import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { INITIATIVE_STATUSES, type Area } from '../../data/index.js';
import { SORT_ORDERS, type FilterState } from '../../initiatives/filter-state.js';
import type { InitiativeListMessages } from './messages.js';

export interface FilterBarInput {
  messages: InitiativeListMessages;
  active: FilterState;
  /** The area menu's options; no menu without areas. */
  areas: readonly Area[];
  /** `lang` for the area titles, when the data's language differs from the UI's. */
  textLang: string | undefined;
  /** Show the "clear" button: something differs from the presets. */
  canClear: boolean;
  onChange: (choice: Partial<Record<keyof FilterState, string>>) => void;
  onClear: () => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * The search box and the area, status and order menus: native controls with
 * visible labels, so each works with the keyboard, a screen reader and voice
 * control as the platform makes it. The search filters as the reader types.
 */
export function renderFilterBar(input: FilterBarInput): TemplateResult {
  const { messages: m, active, areas, onChange } = input;
  return html`<form class="filter-bar" part="filter-bar" role="search" aria-label=${m.filterBar} @submit=${(event: Event) => event.preventDefault()}>
    <div class="field search">
      <label for="query">${m.search}</label>
      <span class="hint" id="query-hint">${m.searchHint}</span>
      <input
        id="query"
        part="search-input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="query-hint"
        .value=${active.query}
        @input=${(event: Event) => onChange({ query: valueOf(event) })}
      />
    </div>
    ${areas.length
      ? html`<div class="field">
          <label for="area">${m.area}</label>
          <select id="area" part="filter-select" @change=${(event: Event) => onChange({ area: valueOf(event) })}>
            <option value="" ?selected=${active.area === ''}>${m.allAreas}</option>
            ${areas.map(
              (area) => html`<option value=${area.id} ?selected=${active.area === area.id} lang=${ifDefined(input.textLang)}>${area.title}</option>`,
            )}
          </select>
        </div>`
      : nothing}
    <div class="field">
      <label for="status">${m.status}</label>
      <select id="status" part="filter-select" @change=${(event: Event) => onChange({ status: valueOf(event) })}>
        <option value="" ?selected=${active.status === ''}>${m.allStatuses}</option>
        ${INITIATIVE_STATUSES.map((status) => html`<option value=${status} ?selected=${active.status === status}>${m.statuses[status]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="sort">${m.sort}</label>
      <select id="sort" part="filter-select" @change=${(event: Event) => onChange({ sort: valueOf(event) })}>
        ${SORT_ORDERS.map((order) => html`<option value=${order} ?selected=${active.sort === order}>${m.sortOrders[order]}</option>`)}
      </select>
    </div>
    ${input.canClear ? html`<button type="button" class="button clear" part="clear-button" @click=${input.onClear}>${m.clearFilters}</button>` : nothing}
  </form>`;
}
