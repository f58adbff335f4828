import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { baseStyles } from '../../core/base-styles.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { clearReportedError, reportError } from '../../core/error-reporting.js';
import { errorStyles, renderError } from '../../core/error-view.js';
import { vagvalEvent, type VagvalFilterChangeDetail } from '../../core/events.js';
import { textLang } from '../../core/text-lang.js';
import { INITIATIVE_STATUSES, type Area, type Initiative, type Issue } from '../../data/index.js';
import { formatCount } from '../../format/number.js';
import { coreMessages } from '../../i18n/core-messages.js';
import {
  isInitiativeStatus,
  isSortOrder,
  narrowsFurther,
  NO_FILTERS,
  sameFilters,
  SORT_ORDERS,
  type FilterState,
} from '../../initiatives/filter-state.js';
import { RenderPlan, type StepBudget } from '../../initiatives/render-plan.js';
import { indexInitiatives, matcher, type IndexedInitiative } from '../../initiatives/search-index.js';
import { sortInitiatives } from '../../initiatives/sort.js';
import { readFilterParams, writeFilterParams } from '../../initiatives/url-state.js';
import { areaColorClass, areaColorSheet } from './area-colors.js';
import { initiativeListStyles } from './initiative-list.styles.js';
import { renderItem, type ItemContext } from './item-view.js';
import { foldSearchTextsWhenIdle } from './fold-when-idle.js';
import { readLightItems } from './light-items.js';
import { shownItems } from './shown-items.js';
import { messages, type InitiativeListMessages } from './messages.js';
import { UrlSyncController } from './url-sync.js';

/** What a reader's change does at once: create a first screenful of new items, update the top of the list. */
const FIRST_STEP: StepBudget = { create: 20, groups: 0 };
/** What each later step (one per task) does, so typing is never held up for long. */
const NEXT_STEP: StepBudget = { create: 100, groups: 16 };
/** Items per block that the browser may skip while it is off screen. */
const GROUP_SIZE = 25;
/** Quiet time after the last filter change before the new count is announced. */
const ANNOUNCE_DELAY_MS = 800;

interface ListSource {
  initiatives: readonly Initiative[];
  /** Area filter options; empty for the editor's own items, which have no area titles. */
  areas: readonly Area[];
  lang: string | undefined;
}

/**
 * A list of initiatives (the strategy's examples and projects), optionally with a
 * filter bar: search, priority area, status and order. The filters are kept in the
 * page URL, so a filtered view can be shared. Without data, the element shows the
 * list items written inside it (`<ul><li><a href>…</a></li></ul>`), which are also
 * what a browser without JavaScript shows.
 *
 * @summary Initiatives of the strategy, searchable and filterable.
 * @tagname vagval-initiative-list
 *
 * @slot - Optional: a `<ul>` or `<ol>` of `<li>` items (a heading or link as title, a `<p>` as summary, an `<img>`, and `data-status`, `data-start`, `data-end`, `data-areas`, `data-tags`), used when there is no data. Not displayed as such: the element renders them as its own items.
 *
 * @csspart filter-bar - The search and filter form.
 * @csspart search-input - The search box.
 * @csspart filter-select - Each of the area, status and order menus.
 * @csspart clear-button - The buttons that clear the filters.
 * @csspart count - The "Visar 12 av 48 initiativ" line.
 * @csspart list - The list of initiatives.
 * @csspart item - One initiative.
 * @csspart item-title - The initiative's title (a heading).
 * @csspart item-link - The title's link, when the initiative has one.
 * @csspart item-summary - The initiative's summary.
 * @csspart item-facts - The status, areas, dates and tags.
 * @csspart item-status - The status text with its shape.
 * @csspart item-area - One priority area of the initiative.
 * @csspart item-tag - One tag.
 * @csspart item-image - The initiative's image.
 * @csspart more-button - The "Visa fler" button, with `limit`.
 * @csspart empty - The message shown when nothing matches.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart error-details - The list of issues for the web editor.
 *
 * @cssprop --vagval-gap - Space between items and between controls (default 1rem).
 * @cssprop --vagval-radius - Corner radius of items, controls and buttons.
 * @cssprop --vagval-color-border - Border colour of items.
 * @cssprop --vagval-color-control-border - Border colour of the search box, menus and buttons (keep 3:1 against the background).
 * @cssprop --vagval-color-surface - Background of items (default transparent).
 * @cssprop --vagval-color-link - Colour of the title links (default inherited).
 * @cssprop --vagval-status-planned-color - Colour of the "planned" shape (default the text colour).
 * @cssprop --vagval-status-ongoing-color - Colour of the "ongoing" shape.
 * @cssprop --vagval-status-completed-color - Colour of the "completed" shape.
 * @cssprop --vagval-image-width - Width of an item's image beside the text on wide screens (default 10rem).
 * @cssprop --vagval-focus-ring-color - Colour of the keyboard focus ring.
 * @cssprop --vagval-focus-ring-width - Width of the keyboard focus ring.
 * @cssprop --vagval-color-danger - Border and icon colour of the error message.
 *
 * @fires {CustomEvent<VagvalFilterChangeDetail>} vagval-filter-change - The reader changed the search, a filter or the order; `detail` has the active `query`, `area` and `status` (when set) and `sort`. Not fired for changes made by the page (attributes, URL).
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The element's own attributes or data cannot be used.
 */
export class VagvalInitiativeList extends VagvalDataElement {
  static override styles = [baseStyles, errorStyles, initiativeListStyles];

  /** Only initiatives of this priority area (an area id in the data). With `filters`, the area menu starts here. */
  @property() area?: string;

  /** Only initiatives with this status: `planned`, `ongoing` or `completed`. With `filters`, the status menu starts here. */
  @property() status?: string;

  /** Show this many initiatives at first, with a "Visa fler" button that shows as many more each time. */
  @property({ type: Number }) limit?: number;

  /** Show the filter bar: search, area, status and order. The reader's choices are kept in the page URL. */
  @property({ type: Boolean }) filters = false;

  /** Order of the list: `default` (as in the data), `newest` (latest start first) or `title` (A–Ö). */
  @property() sort?: string;

  /** Prefix of the list's URL query parameters (`q`, `area`, `status`, `sort`); give two filtered lists on one page different prefixes. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'vagval-';

  /** Heading level of each initiative's title, 2 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The reader's choices, over the presets from the attributes. */
  @state() private choices: Partial<FilterState> = {};

  /** How many times "Visa fler" was pressed since the filters last changed. */
  @state() private extraPages = 0;

  @state() private announcement = '';

  private readonly url = new UrlSyncController(this, () => this.readUrl());

  // Derived data, each part recomputed only when what it depends on changed.
  private listSource?: ListSource;
  private entries: IndexedInitiative[] = [];
  private ordered: IndexedInitiative[] = [];
  private orderedKey: unknown[] = [];
  private matching: IndexedInitiative[] = [];
  private matchingKey: unknown[] = [];
  private shown: IndexedInitiative[] = [];
  private plan = new RenderPlan([], 0, GROUP_SIZE);
  private waiting = 0;
  private itemContext?: ItemContext;
  private itemContextKey: unknown[] = [];
  private inputIssues: Issue[] = [];
  private areaSheet?: { areas: readonly unknown[]; sheet: CSSStyleSheet };
  private lightItems?: Initiative[];
  private readonly lightObserver = new MutationObserver((records) => {
    // The element's own attributes are Lit's business; only its children are items.
    if (records.every((record) => record.target === this && record.type === 'attributes')) return;
    this.lightItems = undefined;
    this.requestUpdate();
  });
  private growth?: Promise<void>;
  /** True for an update that continues building a long list. */
  private growing = false;
  /** The entries whose search texts are being prepared. */
  private foldedEntries?: IndexedInitiative[];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate?: () => HTMLElement | null | undefined;
  private urlRead = false;
  private reportedInputIssues = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver.disconnect();
    clearTimeout(this.announceTimer);
  }

  /** Also waits until every item due is in the DOM (long lists render in steps). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.growth) {
      await this.growth;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get messages(): InitiativeListMessages {
    return this.locale.messages(messages);
  }

  /** The filters the attributes set. */
  private get presets(): FilterState {
    return {
      query: '',
      area: this.area?.trim() ?? '',
      status: isInitiativeStatus(this.status) ? this.status : '',
      sort: isSortOrder(this.sort) ? this.sort : 'default',
    };
  }

  /** The filters in force: the presets, with the reader's choices over them when the filter bar is on. */
  private get active(): FilterState {
    if (!this.filters) return this.presets;
    const active = { ...this.presets, ...this.choices };
    // A shared link may name an area that is no longer in the data: show all rather than nothing.
    if (this.listSource?.areas.length && !this.listSource.areas.some((area) => area.id === active.area)) active.area = '';
    return active;
  }

  private get pageSize(): number | undefined {
    const limit = this.limit;
    return limit !== undefined && Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : undefined;
  }

  private readSource(): ListSource | undefined {
    const strategy = this.strategy;
    if (strategy) return { initiatives: strategy.initiatives ?? [], areas: strategy.areas, lang: strategy.lang };
    if (this.strategyState.status !== 'idle') return undefined;
    this.lightItems ??= readLightItems(this);
    return this.lightItems.length ? { initiatives: this.lightItems, areas: [], lang: undefined } : undefined;
  }

  /** Problems with the element's own attributes, against the data it shows. */
  private checkInputs(source: ListSource | undefined): Issue[] {
    const issues: Issue[] = [];
    const area = this.area?.trim();
    if (area && source?.areas.length && !source.areas.some((known) => known.id === area)) {
      const known = source.areas.map((known) => `"${known.id}"`).join(', ');
      issues.push({ path: 'area', message: `the area attribute is "${area}", but the data has no area with that id; known area ids: ${known}` });
    }
    if (this.status !== undefined && this.status !== null && !isInitiativeStatus(this.status)) {
      issues.push({ path: 'status', message: `the status attribute is "${this.status}"; expected one of ${INITIATIVE_STATUSES.map((s) => `"${s}"`).join(', ')}` });
    }
    if (this.sort !== undefined && this.sort !== null && !isSortOrder(this.sort)) {
      issues.push({ path: 'sort', message: `the sort attribute is "${this.sort}"; expected one of ${SORT_ORDERS.map((s) => `"${s}"`).join(', ')}` });
    }
    if (this.limit !== undefined && this.limit !== null && this.pageSize === undefined) {
      issues.push({ path: 'limit', message: `the limit attribute is "${this.getAttribute('limit') ?? this.limit}"; expected a whole number of at least 1` });
    }
    return issues;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.filters && (!this.urlRead || changed.has('urlPrefix'))) {
      this.urlRead = true;
      this.readUrl();
    }
    const source = this.readSource();
    if (source?.initiatives !== this.listSource?.initiatives) {
      this.entries = indexInitiatives(source?.initiatives ?? []);
    }
    this.listSource = source;
    this.inputIssues = this.checkInputs(source);
    this.adoptAreaColors(source);

    const active = this.active;
    const orderedKey = [this.entries, active.sort, source?.lang];
    if (!sameKey(orderedKey, this.orderedKey)) {
      this.orderedKey = orderedKey;
      this.ordered = sortInitiatives(this.entries, active.sort, source?.lang || 'sv');
      // A new order starts a new plan: the top of the list is built at once, the rest in steps.
      this.plan = new RenderPlan(this.ordered, this.entries.length, GROUP_SIZE);
    }
    const matchingKey = [this.ordered, active.query.trim(), active.area, active.status];
    if (!sameKey(matchingKey, this.matchingKey)) {
      this.matchingKey = matchingKey;
      this.matching = this.ordered.filter(matcher(active));
    }
    const pageSize = this.pageSize;
    this.shown = pageSize === undefined ? this.matching : this.matching.slice(0, pageSize * (1 + this.extraPages));
    this.waiting = this.plan.show(this.shown, this.growing ? NEXT_STEP : FIRST_STEP);
    this.growing = false;
    this.updateItemContext(source);
  }

  private updateItemContext(source: ListSource | undefined): void {
    const lang = this.locale.lang;
    const state = this.strategyState;
    const baseUrl = 'baseUrl' in state ? state.baseUrl : undefined;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const key = [source?.areas, source?.lang, lang, baseUrl, level];
    if (this.itemContext && sameKey(key, this.itemContextKey)) return;
    this.itemContextKey = key;
    this.itemContext = {
      lang,
      messages: this.messages,
      textLang: textLang(source, lang),
      headingLevel: level,
      areas: new Map(source?.areas.map((area, index) => [area.id, { title: area.title, colorClass: areaColorClass(index) }])),
      url: (url) => this.dataUrl(url),
      dates: new Map(),
    };
  }

  private adoptAreaColors(source: ListSource | undefined): void {
    const root = this.shadowRoot;
    if (!root || !source || this.areaSheet?.areas === source.areas) return;
    const sheet = areaColorSheet(source.areas);
    const previous = this.areaSheet?.sheet;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((existing) => existing !== previous), sheet];
    this.areaSheet = { areas: source.areas, sheet };
  }

  protected override updated(): void {
    if (this.inputIssues.length) {
      const count = this.inputIssues.length;
      reportError(this, { message: `<${this.localName}> has ${count === 1 ? 'an attribute' : 'attributes'} it cannot use.`, issues: this.inputIssues });
      this.reportedInputIssues = true;
    } else if (this.reportedInputIssues) {
      // Fixed: the same mistake made again later is reported again.
      clearReportedError(this);
      this.reportedInputIssues = false;
    }
    if (this.waiting === 0 && this.filters && this.foldedEntries !== this.entries) {
      const entries = (this.foldedEntries = this.entries);
      foldSearchTextsWhenIdle(entries, () => this.entries === entries && this.isConnected);
    }
    if (this.waiting > 0 && !this.growth) {
      this.growth = new Promise((resolve) =>
        setTimeout(() => {
          this.growth = undefined;
          this.growing = true;
          this.requestUpdate();
          resolve();
        }),
      );
    }
    const focusTarget = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    focusTarget?.focus();
  }

  /** Takes the filters from the page URL (on load, and on back and forward). */
  private readUrl(): void {
    if (!this.filters) return;
    this.choices = readFilterParams(window.location.search, this.urlPrefix);
    this.extraPages = 0;
  }

  /** The reader changed a filter: show, remember in the URL, tell the page, announce the new count. */
  private choose(choice: Partial<FilterState>): void {
    const before = this.active;
    this.choices = { ...this.choices, ...choice };
    const after = this.active;
    if (sameFilters(before, after) && before.query === after.query) return;
    this.extraPages = 0;
    const presets = this.presets;
    const prefix = this.urlPrefix;
    this.url.write((search) => writeFilterParams(search, prefix, after, presets));
    this.dispatchEvent(vagvalEvent('vagval-filter-change', filterDetail(after)));
    this.announceSoon();
  }

  private clearFilters(): void {
    this.choose({ ...this.presets });
    this.choices = {};
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#query');
  }

  private showMore(): void {
    const firstNew = this.shown.length;
    this.extraPages++;
    this.focusAfterUpdate = () => {
      const entry = this.shown[firstNew];
      return entry && this.renderRoot.querySelector<HTMLElement>(`[data-position="${entry.position}"] .title`);
    };
  }

  /** Announces the count once the reader pauses, not at every keystroke. */
  private announceSoon(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const text = this.countText();
      // A live region only speaks when its text changes: vary it invisibly for a repeat.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    }, ANNOUNCE_DELAY_MS);
  }

  private countText(): string {
    const lang = this.locale.lang;
    const total = this.filters ? this.entries.length : this.matching.length;
    const filtered = this.filters && narrowsFurther(this.active, NO_FILTERS);
    return this.messages.count({ shown: this.shown.length, matching: this.matching.length, total, filtered }, (count) => formatCount(count, lang));
  }

  override render() {
    const lang = this.locale.lang;
    if (this.inputIssues.length) return renderError(lang, this.inputIssues);
    const state = this.strategyState;
    if (state.status === 'loading') return html`<p class="loading" part="loading" aria-busy="true">${coreMessages[lang].loading}</p>`;
    // With a provider, the provider shows its error; with its own data, the list does.
    const ownError = state.status === 'error' && this.source.active ? renderError(lang, state.issues) : nothing;
    if (!this.listSource) return ownError;
    return html`${ownError}${this.filters ? this.renderFilterBar() : nothing}
      <p class="count" part="count">${this.countText()}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderList()}${this.renderEnd()}`;
  }

  private renderFilterBar() {
    const m = this.messages;
    const active = this.active;
    const areas = this.listSource?.areas ?? [];
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
          @input=${(event: Event) => this.choose({ query: (event.target as HTMLInputElement).value })}
        />
      </div>
      ${areas.length
        ? html`<div class="field">
            <label for="area">${m.area}</label>
            <select id="area" part="filter-select" @change=${(event: Event) => this.choose({ area: (event.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${active.area === ''}>${m.allAreas}</option>
              ${areas.map((area) => html`<option value=${area.id} ?selected=${active.area === area.id}>${area.title}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="status">${m.status}</label>
        <select id="status" part="filter-select" @change=${(event: Event) => this.chooseStatus((event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${active.status === ''}>${m.allStatuses}</option>
          ${INITIATIVE_STATUSES.map((status) => html`<option value=${status} ?selected=${active.status === status}>${m.statuses[status]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="sort">${m.sort}</label>
        <select id="sort" part="filter-select" @change=${(event: Event) => this.chooseSort((event.target as HTMLSelectElement).value)}>
          ${SORT_ORDERS.map((order) => html`<option value=${order} ?selected=${active.sort === order}>${m.sortOrders[order]}</option>`)}
        </select>
      </div>
      ${narrowsFurther(active, this.presets) || active.sort !== this.presets.sort
        ? html`<button type="button" class="button clear" part="clear-button" @click=${() => this.clearFilters()}>${m.clearFilters}</button>`
        : nothing}
    </form>`;
  }

  private chooseStatus(value: string): void {
    if (value === '' || isInitiativeStatus(value)) this.choose({ status: value });
  }

  private chooseSort(value: string): void {
    if (isSortOrder(value)) this.choose({ sort: value });
  }

  // A list of groups of items rather than a <ul>: the groups let the browser skip
  // off-screen work (see RenderPlan), and role="list" survives `list-style: none`.
  private renderList() {
    const context = this.itemContext!;
    const plan = this.plan;
    const isShown = (position: number) => plan.isShown(position);
    return html`<div class="list" part="list" role="list" ?hidden=${this.shown.length === 0}>${repeat(
      plan.groups,
      (group) => group,
      (group) =>
        group.created.length
          ? html`<div class="group" ?hidden=${group.shownCount === 0} ${shownItems(isShown, group.version, group.shownCount > 0)}>${guard([group.created, context], () =>
              repeat(
                group.created,
                (entry) => entry,
                (entry) =>
                  html`<div class="item" part="item" role="listitem" data-position=${entry.position}>${guard([entry, context], () =>
                    renderItem(entry.initiative, context),
                  )}</div>`,
              ),
            )}</div>`
          : nothing,
    )}</div>`;
  }

  private renderEnd() {
    const m = this.messages;
    if (this.matching.length === 0) {
      const canClear = this.filters && narrowsFurther(this.active, this.presets);
      return html`<div class="empty" part="empty">
        <p>${canClear ? m.noMatch : m.noInitiatives}</p>
        ${canClear
          ? html`<button type="button" class="button" part="clear-button" @click=${() => this.clearFilters()}>${m.clearFilters}</button>`
          : nothing}
      </div>`;
    }
    if (this.shown.length < this.matching.length) {
      return html`<button type="button" class="button more" part="more-button" @click=${() => this.showMore()}>${m.showMore}</button>`;
    }
    return nothing;
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function filterDetail(filters: FilterState): VagvalFilterChangeDetail {
  const query = filters.query.trim();
  return {
    ...(query ? { query } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    sort: filters.sort,
  };
}
