import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { baseStyles } from '../../core/base-styles.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { reportInputIssues } from '../../core/error-reporting.js';
import { errorStyles, renderError, renderFallback, renderLoading } from '../../core/error-view.js';
import { vagvalEvent, type VagvalFilterChangeDetail } from '../../core/events.js';
import { textLang } from '../../core/text-lang.js';
import type { Area, Initiative, Issue } from '../../data/index.js';
import { formatCount } from '../../format/number.js';
import { isInitiativeStatus, isSortOrder, narrowsFurther, NO_FILTERS, sameFilters, validChoice, type FilterState } from '../../initiatives/filter-state.js';
import { ListModel, type ListStepBudget } from '../../initiatives/list-model.js';
import { readFilterParams, writeFilterParams } from '../../initiatives/url-state.js';
import { areaColorClass, areaColorSheet } from './area-colors.js';
import { attributeIssues, pageSizeOf } from './attribute-issues.js';
import { renderFilterBar } from './filter-bar.js';
import { initiativeListStyles } from './initiative-list.styles.js';
import { renderItem, type ItemContext } from './item-view.js';
import { readLightItems } from './light-items.js';
import { messages, type InitiativeListMessages } from './messages.js';
import { scheduleStep } from './schedule-step.js';
import { shownItems } from './shown-items.js';
import { UrlSyncController } from './url-sync.js';

/**
 * What a reader's change does at once: create a first screenful of new items,
 * update the top of the list, and up to 600 changes below it. Most keystrokes
 * change fewer and finish in one step; one that flips most of a long list leaves
 * the rest to later steps, so its first frame stays quick. Search texts are
 * folded in later steps only (a search folds what it needs itself).
 */
const FIRST_STEP: ListStepBudget = { create: 20, changes: 600, fold: 0 };
/** What each later step (one per task) does, so typing is never held up for long. */
const NEXT_STEP: ListStepBudget = { create: 100, changes: 500, fold: 200 };
/** Quiet time after the last filter change before the new count is announced. */
const ANNOUNCE_DELAY_MS = 800;
/** How long an announcement stays in its live region once said (clearing it is not spoken). */
const ANNOUNCEMENT_KEPT_MS = 3000;

interface ListSource {
  /** What it was read from: the strategy, or the list of the editor's items. */
  from: object;
  initiatives: readonly Initiative[];
  /** Area filter options; empty for the editor's own items, which have no area titles. */
  areas: readonly Area[];
  lang: string | undefined;
}

/**
 * A list of initiatives (the strategy's examples and projects), optionally with a
 * filter bar: search, priority area, status and order. The filters are kept in the
 * page URL, so a filtered view can be shared.
 *
 * Without data (no provider, `src` or inline JSON) the element reads the list written
 * inside it, which is also what a browser without JavaScript shows: each `<li>` of a
 * child `<ul>` or `<ol>` is an initiative, with its heading or first link as title,
 * the link as its address, its first `<p>` as summary, an `<img>`, and optional
 * `data-status`, `data-start`, `data-end`, `data-areas` and `data-tags` (commas).
 *
 * Long lists render in steps, top first, a frame apart; `updateComplete` resolves
 * once every step is done and the DOM shows each item as it should.
 *
 * @summary Initiatives of the strategy, searchable and filterable.
 * @tagname vagval-initiative-list
 *
 * @slot - A `<ul>` or `<ol>` of the editor's own items: listed when there is no data, and shown as written under the error message when the data fails.
 * @csspart filter-bar - The search and filter form.
 * @csspart search-input - The search box.
 * @csspart filter-select - Each of the area, status and order menus.
 * @csspart clear-button - The buttons that clear the filters.
 * @csspart count - The "Visar 12 av 48 initiativ" line (absent when there are no initiatives: the empty state says so).
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
 * @cssprop --vagval-focus-ring-offset - Gap between a control or title and its focus ring (default 2px).
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

  /** Pages shown: 1, plus one for each "Visa fler" since the filters last changed. */
  @state() private pages = 1;

  /** The text of the live region: the count, once the reader pauses. */
  @state() private announcement = '';

  private readonly url = new UrlSyncController(this, () => this.readUrl());
  private readonly model = new ListModel();
  private listSource?: ListSource;
  private itemContext?: ItemContext;
  private inputIssues: Issue[] = [];
  private urlRead = false;
  private areaSheet?: { areas: readonly Area[]; sheet: CSSStyleSheet };
  private lightItems?: Initiative[];
  private readonly lightObserver = new MutationObserver((records) => {
    // The element's own attributes are Lit's business; only its children are items.
    if (records.every((record) => record.target === this && record.type === 'attributes')) return;
    this.lightItems = undefined;
    this.requestUpdate();
  });
  /** The next step of a long list's rendering, while one is due. */
  private nextStep?: Promise<void>;
  /** Set for the update a step asked for, and kept for `updated` as `wasStep`. */
  private stepping = false;
  private wasStep = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate?: () => HTMLElement | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver.disconnect();
    clearTimeout(this.announceTimer);
  }

  /** Also waits for the later steps of a long list, until the DOM shows every item as it should. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.nextStep) {
      await this.nextStep;
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
    const areas = this.listSource?.areas ?? [];
    if (areas.length && !areas.some((area) => area.id === active.area)) active.area = '';
    return active;
  }

  /** The data to list: the strategy's, or without any, the editor's own `<li>` items. The same object while they stay the same. */
  private readSource(): ListSource | undefined {
    const strategy = this.strategy;
    let from: object | undefined = strategy;
    if (!strategy && this.strategyState.status === 'idle') {
      this.lightItems ??= readLightItems(this);
      if (this.lightItems.length) from = this.lightItems;
    }
    if (from === undefined) return undefined;
    if (this.listSource?.from === from) return this.listSource;
    return strategy
      ? { from, initiatives: strategy.initiatives ?? [], areas: strategy.areas, lang: strategy.lang }
      : { from, initiatives: this.lightItems ?? [], areas: [], lang: undefined };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.filters && (!this.urlRead || changed.has('urlPrefix'))) {
      this.urlRead = true;
      this.readUrl();
    }
    const source = (this.listSource = this.readSource());
    this.inputIssues = attributeIssues({ area: this.area, status: this.status, sort: this.sort, limit: this.limit }, source?.areas ?? []);
    this.adoptAreaColors(source);
    this.model.update(
      {
        initiatives: source?.initiatives ?? [],
        filters: this.active,
        lang: source?.lang,
        pageSize: pageSizeOf(this.limit),
        pages: this.pages,
        searchable: this.filters,
      },
      this.stepping ? NEXT_STEP : FIRST_STEP,
    );
    this.wasStep = this.stepping;
    this.stepping = false;
    this.updateItemContext(source);
  }

  private updateItemContext(source: ListSource | undefined): void {
    const lang = this.locale.lang;
    const state = this.strategyState;
    const baseUrl = 'baseUrl' in state ? state.baseUrl : undefined;
    const headingLevel = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const previous = this.itemContext;
    if (previous && previous.source === source && previous.lang === lang && previous.baseUrl === baseUrl && previous.headingLevel === headingLevel) return;
    this.itemContext = {
      source,
      baseUrl,
      lang,
      messages: this.messages,
      textLang: textLang(source, lang),
      headingLevel,
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
    this.reportInputIssues();
    if (this.model.waiting > 0 && !this.nextStep) {
      this.nextStep = new Promise((resolve) =>
        scheduleStep(() => {
          this.nextStep = undefined;
          this.stepping = true;
          this.requestUpdate();
          resolve();
        }, this.wasStep),
      );
    }
    const focusTarget = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    focusTarget?.focus();
  }

  private reportInputIssues(): void {
    const issues = this.inputIssues;
    const message = `<${this.localName}> has ${issues.length === 1 ? 'an attribute' : 'attributes'} it cannot use.`;
    reportInputIssues(this, issues.length ? { message, issues } : undefined);
  }

  /** Takes the filters from the page URL (on load, and on back and forward). */
  private readUrl(): void {
    if (!this.filters) return;
    this.choices = readFilterParams(window.location.search, this.urlPrefix);
    this.pages = 1;
  }

  /** The reader changed a filter: show, remember in the URL, tell the page, announce the new count. */
  private choose(choice: Partial<FilterState>): void {
    const before = this.active;
    this.choices = { ...this.choices, ...choice };
    const after = this.active;
    if (sameFilters(before, after)) return;
    this.pages = 1;
    const presets = this.presets;
    const prefix = this.urlPrefix;
    this.url.write((search) => writeFilterParams(search, prefix, after, presets));
    this.dispatchEvent(vagvalEvent('vagval-filter-change', filterDetail(after)));
    this.announceSoon();
  }

  /** Back to the presets; focus goes to the search box, since the button pressed disappears. */
  private clearFilters(): void {
    this.choose({ ...this.presets });
    this.choices = {};
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#query');
  }

  /** Shows the next page and moves focus to its first item's title. */
  private showMore(): void {
    const firstNew = this.model.shown.length;
    this.pages++;
    this.focusAfterUpdate = () => {
      const entry = this.model.shown[firstNew];
      return entry && this.renderRoot.querySelector<HTMLElement>(`[data-position="${entry.position}"] .title`);
    };
  }

  /**
   * Announces the count once the reader pauses, not at every keystroke, then empties the
   * live region: left there, it would be read again right after the visible count.
   */
  private announceSoon(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const text = this.countText();
      // A live region only speaks when its text changes: vary it invisibly for a repeat.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
      this.announceTimer = setTimeout(() => {
        this.announcement = '';
      }, ANNOUNCEMENT_KEPT_MS);
    }, ANNOUNCE_DELAY_MS);
  }

  /** What the count is out of: with the filter bar the reader can widen the presets, so the whole data. */
  private get countTotal(): number {
    return this.filters ? this.model.entries.length : this.model.matching.length;
  }

  private countText(): string {
    const lang = this.locale.lang;
    const { matching, shown } = this.model;
    const total = this.countTotal;
    const filtered = this.filters && narrowsFurther(this.active, NO_FILTERS);
    return this.messages.count({ shown: shown.length, matching: matching.length, total, filtered }, (count) => formatCount(count, lang));
  }

  override render() {
    const lang = this.locale.lang;
    if (this.inputIssues.length) return renderError(lang, this.inputIssues);
    const state = this.strategyState;
    if (state.status === 'loading') return renderLoading(lang);
    const ownError = this.renderOwnError();
    const source = this.listSource;
    // Without data the editor's own list stays, under the list's own error (a provider shows its error itself).
    if (!source) return state.status === 'error' ? html`${ownError}${renderFallback()}` : ownError;
    const active = this.active;
    const presets = this.presets;
    // Without any initiatives the empty state says so: no count line repeats it.
    const count = this.countTotal ? html`<p class="count" part="count">${this.countText()}</p>` : nothing;
    return html`${ownError}${this.filters
        ? renderFilterBar({
            messages: this.messages,
            active,
            areas: source.areas,
            textLang: this.itemContext?.textLang,
            canClear: narrowsFurther(active, presets) || active.sort !== presets.sort,
            onChange: (choice) => this.choose(validChoice(choice)),
            onClear: () => this.clearFilters(),
          })
        : nothing}
      ${count}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderList()}${this.renderEnd()}`;
  }

  // A list of groups of items rather than a <ul>: the groups let the browser skip
  // off-screen work (see RenderPlan), and role="list" survives `list-style: none`.
  private renderList() {
    const context = this.itemContext!;
    const { plan, shown } = this.model;
    const isShown = (position: number) => plan.isShown(position);
    return html`<div class="list" part="list" role="list" ?hidden=${shown.length === 0}>${repeat(
      plan.groups,
      (group) => group,
      (group, index) =>
        group.created.length
          ? html`<div
              class=${index <= plan.top ? 'group top' : 'group'}
              ?hidden=${group.shownCount === 0}
              ${shownItems(isShown, group.created, group.version, group.shownCount > 0)}
            >${guard(
              [group.created, context],
              () =>
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
    const { matching, shown } = this.model;
    if (matching.length === 0) {
      const canClear = this.filters && narrowsFurther(this.active, this.presets);
      return html`<div class="empty" part="empty">
        <p>${canClear ? m.noMatch : m.noInitiatives}</p>
        ${canClear ? html`<button type="button" class="button" part="clear-button" @click=${() => this.clearFilters()}>${m.clearFilters}</button>` : nothing}
      </div>`;
    }
    if (shown.length < matching.length) {
      return html`<button type="button" class="button more" part="more-button" @click=${() => this.showMore()}>${m.showMore}</button>`;
    }
    return nothing;
  }
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
