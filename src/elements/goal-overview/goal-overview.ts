import { consume, ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { usableSeriesColor } from '../../chart/color.js';
import { koladaSourcePath, ownKoladaRequests, type KoladaAnswers } from '../../chart/kolada-goal.js';
import { memoizeLast } from '../../chart/memo.js';
import { chartTexts } from '../../chart/messages.js';
import { overviewRowText, overviewSparkline, resolveOverview, type OverviewGoal, type ResolvedOverview } from '../../chart/overview.js';
import { asOfYear } from '../../chart/resolve-goal.js';
import { sortByStatus, type StatusSort } from '../../chart/status-order.js';
import { baseStyles } from '../../core/base-styles.js';
import { customProperties } from '../../core/custom-properties.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { clearReportedError, reportError } from '../../core/error-reporting.js';
import { errorStyles, renderError, renderFallback } from '../../core/error-view.js';
import type { VagvalErrorDetail } from '../../core/events.js';
import { koladaBaseContext } from '../../core/kolada-base.js';
import { strategyContext } from '../../core/strategy-state.js';
import { textLang } from '../../core/text-lang.js';
import type { Strategy } from '../../data/index.js';
import { formatDate } from '../../format/date.js';
import { coreMessages } from '../../i18n/core-messages.js';
import type { UiLang } from '../../i18n/lang.js';
import { KOLADA_API } from '../../kolada/index.js';
import { sparklineGraphic } from '../goal-chart/graphics.js';
import { KoladaController } from '../goal-chart/kolada-controller.js';
import { goalChartMessages } from '../goal-chart/messages.js';
import { measureSize, observeSize, unobserveSize, type PlotSize } from '../goal-chart/size-observer.js';
import { spokenText } from '../goal-chart/spoken-text.js';
import { statusBadge } from '../goal-chart/status-badge.js';
import { goalOverviewStyles } from './goal-overview.styles.js';
import { NO_KOLADA_ROWS, overviewKolada, type OverviewKolada, type RowKolada } from './kolada-rows.js';
import { goalOverviewMessages } from './messages.js';

const SORTS: readonly StatusSort[] = ['none', 'best-first', 'worst-first'];

/** Below this width, in the host's ems, each goal becomes a block. */
const NARROW_EMS = 36;

/**
 * The goals of one priority area (or of all areas) in one table: each goal with its
 * latest value, target, status and a sparkline, sortable by status, and a disclosure
 * that opens the goal's full chart in place. On a narrow column each goal becomes a
 * block of its own; it stays a table for screen readers.
 *
 * A goal whose `source.kolada` names a KPI and a municipality and that has no series
 * takes its series from Kolada: its row says it is fetching them, then shows them (or
 * why they could not be fetched), and the table names Kolada as the source.
 *
 * @summary The goals of an area with their status and a small chart each.
 * @tagname vagval-goal-overview
 *
 * @slot - Fallback content, e.g. a link to the goals' page: shown before the script runs, and under the error message when the data fails.
 * @csspart caption - The table's caption (the area's name).
 * @csspart sort - The sort control's wrapper.
 * @csspart table - The table.
 * @csspart row - One goal's row.
 * @csspart toggle - A goal's "Visa diagram" button.
 * @csspart status-badge - A goal's status shape and word.
 * @csspart detail - The cell holding a goal's full chart, when opened.
 * @csspart row-loading - A goal's "fetching from Kolada" text.
 * @csspart row-error - A goal's message that its figures could not be fetched from Kolada.
 * @csspart source - The source line naming Kolada, when figures came from it.
 * @csspart kolada-note - The note shown when Kolada could not be reached but other goals show the file's figures.
 * @csspart error - The message shown when the goals cannot be shown.
 * @csspart error-details - The issues for the web editor, behind a disclosure.
 *
 * @cssprop --vagval-goal-chart-color - Colour of the sparklines (default: each goal's area colour, if dark enough).
 * @cssprop --vagval-goal-chart-grid-color - Colour of the table's rules.
 * @cssprop --vagval-goal-chart-background - Background behind marks.
 * @cssprop --vagval-status-achieved-color - Colour of the "achieved" shape.
 * @cssprop --vagval-status-on-track-color - Colour of the "on track" shape.
 * @cssprop --vagval-status-at-risk-color - Colour of the "at risk" shape.
 * @cssprop --vagval-status-off-track-color - Colour of the "off track" shape.
 * @cssprop --vagval-status-no-data-color - Colour of the "no data" shape.
 * @cssprop --vagval-focus-ring-color - Colour of the keyboard focus ring.
 * @cssprop --vagval-focus-ring-width - Width of the keyboard focus ring.
 * @cssprop --vagval-radius - Corner radius of the buttons.
 *
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The area does not exist in the data, Kolada's figures for some goals could not be fetched, or the element's own data failed.
 */
export class VagvalGoalOverview extends VagvalDataElement {
  static override styles = [baseStyles, errorStyles, goalOverviewStyles];

  /** The id of the area whose goals to list; without it, every area's goals. */
  @property() area?: string;

  /** The order of the goals: `none` (as in the data, default), `best-first` or `worst-first` by status. The reader's choice updates it. */
  @property() sort: StatusSort = 'none';

  /** Judge the statuses as of this period (a year like `2025` or a date) instead of today. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The heading level of the titles of the charts opened from the table (1 to 6, default 3, as a chart's own). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Kolada's API or a proxy or mirror of it, for this overview and the charts it opens; wins over the provider's `kolada-base` (default `https://api.kolada.se/v3`). */
  @property({ attribute: 'kolada-base' }) koladaBase?: string;

  /** Milliseconds to wait for Kolada before showing an error (default 10 000). */
  @property({ type: Number, attribute: 'kolada-timeout' }) koladaTimeout?: number;

  @consume({ context: koladaBaseContext, subscribe: true })
  @state()
  private providedKoladaBase?: string;

  /** Goals whose full chart is open, by id. */
  @state() private open: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  /** The column is narrow: each goal becomes a block of its own. */
  @state() private narrow = false;

  private resolved: ResolvedOverview = { kind: 'none' };
  private koladaRows: OverviewKolada = NO_KOLADA_ROWS;
  private readonly kolada = new KoladaController(this);
  private readonly resolve = memoizeLast((strategy: Strategy | undefined, area: string | undefined, asOf: string | undefined) =>
    resolveOverview(strategy, area, asOfYear(asOf), this.localName),
  );
  private readonly resolveWithKolada = memoizeLast((strategy: Strategy | undefined, area: string | undefined, asOf: string | undefined, answers: KoladaAnswers) =>
    resolveOverview(strategy, area, asOfYear(asOf), this.localName, answers),
  );
  private readonly requests = memoizeLast((goals: readonly OverviewGoal[]) => ownKoladaRequests(goals.map((goal) => goal.goal)));
  private readonly rowsKolada = memoizeLast(overviewKolada);
  private readonly sorted = memoizeLast((goals: readonly OverviewGoal[], sort: StatusSort) => sortByStatus(goals, (goal) => goal.data.status, sort));
  private readonly rowTexts = memoizeLast((goals: readonly OverviewGoal[], lang: UiLang) => new Map(goals.map((goal) => [goal, overviewRowText(goal.data, lang)])));
  private readonly sparklines = memoizeLast((goals: readonly OverviewGoal[]) => new Map(goals.map((goal) => [goal, overviewSparkline(goal.data)])));
  private reportedError = false;

  // The charts opened inside get this element's data, wherever it came from.
  private readonly provider = new ContextProvider(this, { context: strategyContext, initialValue: { status: 'idle' } });

  override connectedCallback(): void {
    super.connectedCallback();
    observeSize(this, (size) => this.setWidth(size));
  }

  private setWidth(size: PlotSize): void {
    if (size.width > 0) this.narrow = size.width < NARROW_EMS * size.fontSize;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveSize(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Measured once before the first render, so a narrow column never shows the wide table first.
    if (!this.hasUpdated) this.setWidth(measureSize(this));
    this.provider.setValue(this.strategyState);
    const plain = this.resolve(this.strategy, this.area, this.asOf);
    const requests = plain.kind === 'goals' ? this.requests(plain.goals) : [];
    const base = this.koladaBase?.trim() || this.providedKoladaBase || KOLADA_API;
    this.kolada.need(requests.length ? { base, requests, timeoutMs: this.koladaTimeout } : undefined);
    const kolada = this.kolada.state;
    this.resolved = 'answers' in kolada ? this.resolveWithKolada(this.strategy, this.area, this.asOf, kolada.answers) : plain;
    this.koladaRows = this.resolved.kind === 'goals' ? this.rowsKolada(this.resolved.goals, kolada) : NO_KOLADA_ROWS;
    if (changed.has('area')) this.open = new Set();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const failure = this.ownFailure();
    if (failure) {
      this.reportedError = true;
      reportError(this, failure);
    } else if (this.reportedError && this.kolada.state.status !== 'loading') {
      this.reportedError = false;
      clearReportedError(this);
    }
  }

  /** What the element reports as its own error (an unknown area, or goals whose figures Kolada did not give), if anything. */
  private ownFailure(): VagvalErrorDetail | undefined {
    const resolved = this.resolved;
    if (resolved.kind === 'missing') return { message: resolved.message, issues: resolved.issues };
    if (resolved.kind !== 'goals') return undefined;
    const issues = resolved.goals.flatMap((goal) => {
      const row = this.koladaRows.rows.get(goal);
      return row?.kind === 'failed' ? [{ path: koladaSourcePath(resolved.strategy, goal.area, goal.goal), message: row.error.message }] : [];
    });
    if (!issues.length) return undefined;
    const goals = issues.length === 1 ? 'one goal' : `${issues.length} goals`;
    return { message: `Kolada's figures for ${goals} could not be fetched.`, issues };
  }

  override render() {
    const lang = this.locale.lang;
    const state = this.strategyState;
    if (state.status === 'idle') return nothing;
    if (state.status === 'loading') return html`<p class="loading" aria-busy="true">${coreMessages[lang].loading}</p>`;
    const ownError = this.renderOwnError();
    const resolved = this.resolved;
    // Without goals to show, the editor's fallback stays under the message (a provider shows its own error).
    if (resolved.kind === 'none') return state.status === 'error' ? html`${ownError}${renderFallback()}` : ownError;
    if (resolved.kind === 'missing') return html`${ownError}${renderError(lang, resolved.issues, this.locale.messages(goalOverviewMessages).areaNotShown)}${renderFallback()}`;
    return html`${ownError}${this.renderGoals(resolved)}`;
  }

  private renderGoals(resolved: Extract<ResolvedOverview, { kind: 'goals' }>): TemplateResult {
    const lang = this.locale.lang;
    const messages = this.locale.messages(goalOverviewMessages);
    const dataLang = textLang(resolved.strategy, lang);
    const caption = messages.caption(resolved.area?.title);
    if (!resolved.goals.length) return html`<p class="empty" lang=${ifDefined(resolved.area ? dataLang : undefined)}>${caption}: ${messages.noGoals}</p>`;
    const sort = SORTS.includes(this.sort) ? this.sort : 'none';
    const goals = this.sorted(resolved.goals, sort);
    const texts = this.rowTexts(resolved.goals, lang);
    const sparklines = this.sparklines(resolved.goals);
    const ariaSort = sort === 'none' ? 'none' : sort === 'best-first' ? 'ascending' : 'descending';
    return html`<div class="sort" part="sort">
        <label for="sort">${messages.sortLabel}</label>
        <select id="sort" @change=${this.onSortChange}>
          ${SORTS.map((option) => html`<option value=${option} ?selected=${option === sort}>${messages.sortOptions[option]}</option>`)}
        </select>
      </div>
      <table part="table" role="table" class=${this.narrow ? 'narrow' : ''}>
        <caption part="caption" lang=${ifDefined(resolved.area ? dataLang : undefined)}>${caption}</caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">${messages.goal}</th>
            <th scope="col" role="columnheader">${messages.latest}</th>
            <th scope="col" role="columnheader">${messages.target}</th>
            <th scope="col" role="columnheader" aria-sort=${ariaSort}>${messages.status}</th>
            <th scope="col" role="columnheader">${messages.trend}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            goals,
            (goal) => goal.data.id,
            (goal, index) => this.renderRow(goal, index, texts.get(goal)!, sparklines.get(goal), dataLang),
          )}
        </tbody>
      </table>
      ${this.renderKoladaLines()}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  /** The note that Kolada could not be reached (when other goals show the file's figures) and Kolada named as the source. */
  private renderKoladaLines() {
    const { retrieved, fileFiguresOnly } = this.koladaRows;
    const lang = this.locale.lang;
    const messages = this.locale.messages(goalChartMessages);
    const day = retrieved ? formatDate(retrieved, lang) : undefined;
    return html`${fileFiguresOnly ? html`<p class="kolada-note" part="kolada-note">${messages.koladaFileFigures}</p>` : nothing}${day
      ? html`<p class="source" part="source">${messages.source} Kolada, ${chartTexts[lang].retrieved(day)}</p>`
      : nothing}`;
  }

  private renderRow(
    goal: OverviewGoal,
    index: number,
    text: ReturnType<typeof overviewRowText>,
    sparkline: ReturnType<typeof overviewSparkline>,
    dataLang: string | undefined,
  ): TemplateResult {
    const lang = this.locale.lang;
    const messages = this.locale.messages(goalOverviewMessages);
    const { data } = goal;
    const isOpen = this.open.has(data.id);
    const detailId = `detail-${index}`;
    const color = usableSeriesColor(goal.area.color);
    const empty = html`<span aria-hidden="true">–</span><span class="visually-hidden">${messages.noValue}</span>`;
    // Without a sparkline (yet) its room stays, so the toggles below line up and a row keeps its size.
    const sparklineRoom = html`<span class="sparkline-placeholder" aria-hidden="true"></span>`;
    const kolada: RowKolada = this.koladaRows.rows.get(goal) ?? { kind: 'file' };
    const loading = kolada.kind === 'loading';
    return html`<tr role="row" part="row" class=${isOpen ? 'goal open' : 'goal'} aria-busy=${ifDefined(loading ? 'true' : undefined)}>
        <th scope="row" role="rowheader">
          <span class="goal-title" id="title-${index}" lang=${ifDefined(dataLang)}>${data.title}</span>
        </th>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${messages.latest}</span>
          ${this.renderLatest(text, kolada, empty)}
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${messages.target}</span>
          ${text.target ? spokenText(text.target) : empty}
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${messages.status}</span>
          ${loading ? html`<span class="status-placeholder" aria-hidden="true">…</span>` : statusBadge(data.status, lang)}
        </td>
        <td role="cell" class="trend" ${customProperties({ '--_area-color': color })}>
          ${loading
            ? sparklineRoom
            : html`${sparkline ? sparklineGraphic(sparkline) : sparklineRoom}<span class="visually-hidden">${spokenText(text.trend)}</span>`}
          <button
            type="button"
            class="toggle"
            part="toggle"
            id="toggle-${index}"
            aria-labelledby="toggle-${index} title-${index}"
            aria-expanded=${isOpen ? 'true' : 'false'}
            aria-controls=${detailId}
            @click=${() => this.toggle(data.id)}
          >
            ${messages.showChart}
          </button>
        </td>
      </tr>
      <tr role="row" class="detail-row" id=${detailId} ?hidden=${!isOpen}>
        <td role="cell" colspan="5" part="detail">
          ${isOpen
            ? html`<vagval-goal-chart
                goal=${data.id}
                as-of=${ifDefined(this.asOf)}
                heading-level=${this.headingLevel}
                kolada-base=${ifDefined(this.koladaBase)}
                kolada-timeout=${ifDefined(this.koladaTimeout)}
              ></vagval-goal-chart>`
            : nothing}
        </td>
      </tr>`;
  }

  /**
   * The latest value and its period; while Kolada's figures are on their way, or when they did not come, that instead.
   * A screen reader skips the brackets: a hidden comma keeps "46 (december 2024)" from being read as a date.
   */
  private renderLatest(text: ReturnType<typeof overviewRowText>, kolada: RowKolada, empty: TemplateResult): TemplateResult {
    if (kolada.kind === 'loading') return html`<span class="row-loading" part="row-loading">${this.locale.messages(goalOverviewMessages).koladaLoading}</span>`;
    if (kolada.kind === 'failed') {
      return html`<span class="row-error" part="row-error"><span class="error-icon" aria-hidden="true"></span>${this.locale.messages(goalOverviewMessages).koladaRowFailed(kolada.error.kind)}</span>`;
    }
    return text.latest
      ? html`<span class="value">${spokenText(text.latest.value)}</span><span class="visually-hidden">,</span> <span class="period">(${text.latest.period})</span>`
      : empty;
  }

  private toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  private onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as StatusSort;
    if (!SORTS.includes(value)) return;
    this.sort = value;
    this.announcement = this.locale.messages(goalOverviewMessages).sorted[value];
  }
}
