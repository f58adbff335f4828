import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { cartesianLayout } from '../../chart/cartesian-layout.js';
import { latestPoint, type ChartData } from '../../chart/chart-data.js';
import { usableSeriesColor } from '../../chart/color.js';
import { csvFileName, toCsv } from '../../chart/csv.js';
import { hasFileFigures, koladaRequests, koladaSourcePath } from '../../chart/kolada-goal.js';
import { chartTexts } from '../../chart/messages.js';
import { memoizeLast } from '../../chart/memo.js';
import { resolveGoal, type ResolvedGoal } from '../../chart/resolve-goal.js';
import { nextIndex } from '../../chart/navigation.js';
import { pointAnnouncement, pointLabelLines } from '../../chart/point-text.js';
import { progressLayout } from '../../chart/progress-layout.js';
import { sparklineLayout } from '../../chart/sparkline-layout.js';
import { namedCodes, STANDALONE_GOAL_ID, standaloneStrategy } from '../../chart/standalone-goal.js';
import { distanceText, summaryText } from '../../chart/summary.js';
import { dataTable } from '../../chart/table.js';
import { tooltipLayout } from '../../chart/tooltip-layout.js';
import { valueText } from '../../chart/value-text.js';
import { baseStyles } from '../../core/base-styles.js';
import { customProperties } from '../../core/custom-properties.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { clearReportedError, reportError } from '../../core/error-reporting.js';
import { errorStyles, renderError, renderFallback } from '../../core/error-view.js';
import { heading } from '../../core/heading.js';
import { koladaBaseContext } from '../../core/kolada-base.js';
import { textLang } from '../../core/text-lang.js';
import type { GoalStatus, Issue, Strategy } from '../../data/index.js';
import { formatDate } from '../../format/date.js';
import { KOLADA_API, type KoladaError } from '../../kolada/index.js';
import { coreMessages } from '../../i18n/core-messages.js';
import type { UiLang } from '../../i18n/lang.js';
import { dataTableTemplate } from './data-table.js';
import { cancelDraw, scheduleDraw } from './draw-scheduler.js';
import { downloadText } from './download.js';
import { goalChartStyles } from './goal-chart.styles.js';
import { cartesianGraphic, progressGraphic, sparklineGraphic, type ActivePoint } from './graphics.js';
import { KoladaController } from './kolada-controller.js';
import { goalChartMessages } from './messages.js';
import { measureSize, observeSize, unobserveSize, type PlotSize } from './size-observer.js';
import { spokenText } from './spoken-text.js';
import { statusBadge } from './status-badge.js';

export const GOAL_CHART_TYPES = ['line', 'bar', 'progress', 'sparkline'] as const;
export type GoalChartType = (typeof GOAL_CHART_TYPES)[number];

/** Below this width (in the chart text's ems) the plot is drawn lower. */
const NARROW_EMS = 36;

const boxAndTable = (box?: Element): Element[] => (box ? [box, box.querySelector('table')!] : []);

/** Where the chart stands with Kolada: nothing to fetch or all fetched, waiting, failed with figures to show anyway, or failed. */
type KoladaView = { kind: 'none' } | { kind: 'loading' } | { kind: 'note'; note: string } | { kind: 'failed'; error: KoladaError };

/** Where the goal's Kolada ids are in the data, for the editor: `areas[0].goals[2].source.kolada`. */
function koladaPath(resolved: ResolvedGoal): string {
  return resolved.kind === 'goal' ? koladaSourcePath(resolved.strategy, resolved.area, resolved.goal) : '';
}

const texts = (data: ChartData, lang: UiLang, organization: string | undefined) => ({
  summary: summaryText(data, lang),
  distance: distanceText(data, lang),
  table: dataTable(data, lang, organization ? { valueHeader: organization } : {}),
});

/**
 * One goal's indicator over time with its target, its status and the distance to the
 * target in words, a generated text summary, keyboard access to every value, a data
 * table and a CSV download. The graphics are drawn when the chart nears the viewport;
 * the text is there at once.
 *
 * A goal whose `source.kolada` names a KPI and a municipality and that has no series
 * takes its figures from Kolada (so do comparisons with `kolada` and no series). Without
 * a data file, `kpi` and `municipality` make a standalone chart of a Kolada key figure.
 *
 * @summary A goal's indicator over time, with its target and status.
 * @tagname vagval-goal-chart
 *
 * @slot - Fallback content, e.g. the latest figure and the target: shown before the script runs, and under the error message when the data fails.
 * @slot description - Replaces the generated text summary (as the `description` attribute does).
 *
 * @csspart figure - The whole chart (a `figure`).
 * @csspart title - The goal's title (a heading; see `heading-level`).
 * @csspart goal-description - The goal's description from the data.
 * @csspart summary - The text summary: trend, latest value, target, status, comparisons.
 * @csspart status - The line with the status and the distance to the target.
 * @csspart status-badge - The status shape and word.
 * @csspart distance - The distance to the target in words.
 * @csspart plot - The graphics (and, for `line` and `bar`, the keyboard-operable area).
 * @csspart tools - The table toggle and download buttons.
 * @csspart table-toggle - The "Visa som tabell" button.
 * @csspart download - The CSV download button.
 * @csspart table - The data table's scrolling wrapper.
 * @csspart source - The source line.
 * @csspart kolada-note - The note shown with the file's figures when Kolada could not be reached.
 * @csspart loading - The text shown while the figures are fetched.
 * @csspart value - The latest value of a sparkline.
 * @csspart error - The message shown when the goal cannot be shown.
 * @csspart error-details - The issues for the web editor, behind a disclosure.
 *
 * @cssprop --vagval-goal-chart-color - Colour of the goal's line and columns (default: the area's colour, if dark enough, else a dark blue).
 * @cssprop --vagval-goal-chart-comparison-color - Colour of comparison lines.
 * @cssprop --vagval-goal-chart-target-color - Colour of the target line and its mark.
 * @cssprop --vagval-goal-chart-grid-color - Colour of the grid lines.
 * @cssprop --vagval-goal-chart-background - The chart's background, used behind labels.
 * @cssprop --vagval-goal-chart-height - Height of the `line` and `bar` graphics.
 * @cssprop --vagval-goal-chart-font-size - Size of the text in the graphics.
 * @cssprop --vagval-goal-chart-sparkline-width - Width of a sparkline's graphic.
 * @cssprop --vagval-status-achieved-color - Colour of the "achieved" shape.
 * @cssprop --vagval-status-on-track-color - Colour of the "on track" shape.
 * @cssprop --vagval-status-at-risk-color - Colour of the "at risk" shape.
 * @cssprop --vagval-status-off-track-color - Colour of the "off track" shape.
 * @cssprop --vagval-status-no-data-color - Colour of the "no data" shape.
 * @cssprop --vagval-focus-ring-color - Colour of the keyboard focus ring.
 * @cssprop --vagval-focus-ring-width - Width of the keyboard focus ring.
 * @cssprop --vagval-color-danger - Border and icon colour of the error message.
 * @cssprop --vagval-radius - Corner radius of buttons and the error message.
 *
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The goal cannot be shown (no `goal` attribute, no goal with that id, or Kolada's figures could not be fetched and there is nothing else to show), or the element's own data failed.
 */
export class VagvalGoalChart extends VagvalDataElement {
  static override styles = [baseStyles, errorStyles, goalChartStyles];

  /** The id of the goal to show, as written in the data. */
  @property() goal?: string;

  /** The kind of chart: `line` (default), `bar`, `progress` or `sparkline`. */
  @property({ reflect: true }) type: GoalChartType = 'line';

  /** A text that replaces the generated summary (the `description` slot does the same with markup). */
  @property() description?: string;

  /** The level of the title's heading, 1 to 6 (default 3); 0 for a title that is not a heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Judge the status as of this period (a year like `2025` or a date like `2025-06-30`) instead of today. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The goal's status, reflected so a page can style `[status="off-track"]`. Set by the element; absent without data. */
  @property({ reflect: true }) readonly status?: GoalStatus;

  /** Kolada's API or a proxy or mirror of it, for this chart; wins over the provider's `kolada-base` (default `https://api.kolada.se/v3`). */
  @property({ attribute: 'kolada-base' }) koladaBase?: string;

  /** Milliseconds to wait for Kolada before showing an error (default 10 000). */
  @property({ type: Number, attribute: 'kolada-timeout' }) koladaTimeout?: number;

  /** Standalone chart without a data file: the Kolada key figure (KPI) id to show, like `N17461`; the title comes from Kolada. */
  @property() kpi?: string;

  /** Standalone chart: the municipality code whose figures to show, like `1282` (`0000` for the whole country). */
  @property() municipality?: string;

  /** Standalone chart: comma-separated municipality codes to compare with, like `0000` (labelled "Riket"). */
  @property() compare?: string;

  /** Standalone chart: the target value, in the key figure's unit. */
  @property({ type: Number }) target?: number;

  /** Standalone chart: when the target should be met, a year like `2030` or a date. */
  @property({ attribute: 'target-period' }) targetPeriod?: string;

  /** Standalone chart: the unit of the values, like `%`. */
  @property() unit?: string;

  /** Standalone chart: the number of decimals to show, 0 to 10. */
  @property({ type: Number }) decimals?: number;

  /** Standalone chart: `increase` (default) when higher values are better, `decrease` when lower are. */
  @property() direction?: 'increase' | 'decrease';

  @consume({ context: koladaBaseContext, subscribe: true })
  @state()
  private providedKoladaBase?: string;

  @state() private size?: PlotSize;
  /** Whether the graphics may be drawn (the chart came near the viewport, or the browser was idle). */
  @state() private drawn = false;
  @state() private tableShown = false;
  /** The point chosen with the keyboard, and the one under the pointer. */
  @state() private focusedIndex?: number;
  @state() private hoveredIndex?: number;
  @state() private plotFocused = false;
  @state() private announcement = '';

  private resolved: ResolvedGoal = { kind: 'none' };
  private koladaView: KoladaView = { kind: 'none' };
  private readonly kolada = new KoladaController(this);
  private readonly resolve = memoizeLast(resolveGoal);
  private readonly resolveWithKolada = memoizeLast(resolveGoal);
  private readonly requests = memoizeLast(koladaRequests);
  private readonly standaloneData = memoizeLast(
    (kpi: string, municipality: string, compare?: string, target?: number, targetPeriod?: string, unit?: string, decimals?: number, direction?: string, title?: string, country?: string, names?: ReadonlyMap<string, string>) =>
      standaloneStrategy({ kpi, municipality, compare, target, targetPeriod, unit, decimals, direction }, title ?? kpi, country ?? '', names),
  );
  private readonly texts = memoizeLast(texts);
  private readonly cartesian = memoizeLast(cartesianLayout);
  private readonly progress = memoizeLast((data: ChartData, width: number, fontSize: number, letterSpacing: number, wordSpacing: number, lang: UiLang) =>
    progressLayout(data, { width, fontSize, letterSpacing, wordSpacing, lang }),
  );
  private readonly sparkline = memoizeLast((data: ChartData, width: number, height: number) => sparklineLayout(data, { width, height }));
  private drawScheduled = false;
  private reportedError = false;
  private plotElement?: Element;
  /** The data table is wider than its box. */
  @state() private tableScrolls = false;
  private tableBox?: Element;
  private watchedTableBox?: Element;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-added before it was drawn: schedule again.
    if (this.hasUpdated && !this.drawn) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelDraw(this);
    this.drawScheduled = false;
  }

  /** Standalone: `kpi` is set, so the chart shows a Kolada key figure without a data file. */
  private get standalone(): boolean {
    return Boolean(this.kpi?.trim());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { strategy, goalId, missing } = this.chartSource();
    const plain = missing ?? this.resolve(strategy, goalId, this.asOf, this.localName);
    const requests = plain.kind === 'goal' ? this.requests(plain.goal) : [];
    const base = this.koladaBase?.trim() || this.providedKoladaBase || KOLADA_API;
    const names = this.standalone ? namedCodes(this.municipality ?? '', this.compare) : undefined;
    this.kolada.need(requests.length ? { base, requests, kpi: this.standalone ? this.kpi?.trim() : undefined, names, timeoutMs: this.koladaTimeout } : undefined);
    const kolada = this.kolada.state;
    const answered = requests.length > 0 && (kolada.status === 'ready' || kolada.status === 'error');
    this.resolved = answered ? this.resolveWithKolada(strategy, goalId, this.asOf, this.localName, kolada.answers) : plain;
    this.koladaView = plain.kind === 'goal' && requests.length ? this.viewOf(plain.goal) : { kind: 'none' };
    const shown = this.resolved.kind === 'goal' && (this.koladaView.kind === 'none' || this.koladaView.kind === 'note');
    const status = shown && this.resolved.kind === 'goal' ? this.resolved.data.status : undefined;
    (this as { status?: GoalStatus }).status = status;
    if (changed.has('goal') || changed.has('type')) {
      this.focusedIndex = undefined;
      this.hoveredIndex = undefined;
    }
  }

  /**
   * The data the chart shows and the goal in it: the provider's or its own file, or, standalone,
   * data made from the attributes; `missing` when a standalone chart lacks its municipality.
   */
  private chartSource(): { strategy: Strategy | undefined; goalId: string | undefined; missing?: ResolvedGoal } {
    if (!this.standalone) return { strategy: this.strategy, goalId: this.goal };
    const municipality = this.municipality?.trim();
    if (!municipality) return { strategy: undefined, goalId: undefined, missing: this.missingMunicipality() };
    const kolada = this.kolada.state;
    const title = 'kpi' in kolada ? kolada.kpi?.title : undefined;
    const names = 'names' in kolada ? kolada.names : undefined;
    const country = this.locale.messages(goalChartMessages).country;
    const strategy = this.standaloneData(this.kpi!.trim(), municipality, this.compare, this.target, this.targetPeriod, this.unit, this.decimals, this.direction, title, country, names);
    return { strategy, goalId: STANDALONE_GOAL_ID };
  }

  private missingMunicipality(): ResolvedGoal {
    const message = `<${this.localName} kpi="${this.kpi?.trim()}"> needs a municipality attribute: a municipality code like "1282" ("0000" for the whole country).`;
    return { kind: 'missing', message, issues: [{ path: '', message }] };
  }

  private viewOf(goal: Extract<ResolvedGoal, { kind: 'goal' }>['goal']): KoladaView {
    const kolada = this.kolada.state;
    if (kolada.status === 'ready') return { kind: 'none' };
    if (kolada.status !== 'error') return { kind: 'loading' };
    const messages = this.locale.messages(goalChartMessages);
    if (hasFileFigures(goal)) return { kind: 'note', note: messages.koladaFileFigures };
    const someAnswered = [...kolada.answers.series.values()].some((points) => points.length > 0);
    return someAnswered ? { kind: 'note', note: messages.koladaPartial } : { kind: 'failed', error: kolada.error };
  }

  /** What the element reports as its own error (a missing goal, or Kolada failing with nothing to show), if anything. */
  private ownFailure(): { message: string; issues: Issue[] } | undefined {
    const resolved = this.resolved;
    if (resolved.kind === 'missing') return { message: resolved.message, issues: resolved.issues };
    const view = this.koladaView;
    if (view.kind !== 'failed') return undefined;
    return { message: view.error.message, issues: [{ path: this.standalone ? '' : koladaPath(resolved), message: view.error.message }] };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const resolved = this.resolved;
    const failure = this.ownFailure();
    if (failure) {
      this.reportedError = true;
      reportError(this, failure);
    } else if (resolved.kind === 'goal' && this.reportedError && this.koladaView.kind !== 'loading') {
      this.reportedError = false;
      clearReportedError(this);
    }
    this.watchTable();
    if (resolved.kind === 'goal' && !this.drawn && !this.drawScheduled && this.isConnected) {
      this.drawScheduled = true;
      scheduleDraw(this, {
        // Drawn before the size observer first reports: the size is read now.
        measure: () => {
          if (!this.size && this.plotElement) this.sizeChanged(measureSize(this.plotElement));
        },
        draw: () => {
          this.drawScheduled = false;
          this.drawn = true;
          // Drawn now, inside the scheduler's time budget, not in a later microtask.
          if (this.isConnected) this.performUpdate();
        },
      });
    }
  }

  override render() {
    const lang = this.locale.lang;
    const state = this.strategyState;
    const loading = html`<p class="loading" part="loading" aria-busy="true">${coreMessages[lang].loading}</p>`;
    if (!this.standalone && state.status === 'idle') return nothing;
    if (!this.standalone && state.status === 'loading') return loading;
    // A provider shows its own errors; a chart with its own data source shows them here.
    const ownError = this.standalone ? nothing : this.renderOwnError();
    const resolved = this.resolved;
    const messages = this.locale.messages(goalChartMessages);
    // Without a chart to show, the editor's fallback stays under the message (a provider shows its own error).
    if (resolved.kind === 'none') return state.status === 'error' ? html`${ownError}${renderFallback()}` : ownError;
    if (resolved.kind === 'missing') return html`${ownError}${renderError(lang, resolved.issues, messages.goalNotShown)}${renderFallback()}`;
    const view = this.koladaView;
    if (view.kind === 'loading') {
      // A standalone chart has no title until Kolada gives it.
      const title = this.standalone || this.type === 'sparkline' ? nothing : this.heading(resolved.data.title, textLang(resolved.strategy, lang));
      return html`${ownError}${title}${loading}`;
    }
    if (view.kind === 'failed') return html`${ownError}${renderError(lang, this.ownFailure()?.issues ?? [], messages.koladaFailed(view.error.kind))}${renderFallback()}`;
    const note = view.kind === 'note' ? view.note : undefined;
    const chart = this.type === 'sparkline' ? this.renderSparkline(resolved) : this.renderFigure(resolved, note);
    return html`${ownError}${chart}`;
  }

  private get chartType(): GoalChartType {
    return (GOAL_CHART_TYPES as readonly string[]).includes(this.type) ? this.type : 'line';
  }

  private colorStyle(resolved: Extract<ResolvedGoal, { kind: 'goal' }>) {
    // Validated again here: data with issues may still carry an unchecked colour.
    const color = usableSeriesColor(resolved.area.color);
    return customProperties({ '--_area-color': color });
  }

  private heading(title: string, dataLang: string | undefined): TemplateResult {
    return heading(this.headingLevel, 'title', dataLang, title, false, 'title');
  }

  private renderFigure(resolved: Extract<ResolvedGoal, { kind: 'goal' }>, note?: string): TemplateResult {
    const { data, strategy } = resolved;
    const lang = this.locale.lang;
    const messages = this.locale.messages(goalChartMessages);
    const { summary, distance, table } = this.texts(data, lang, strategy.organization);
    const dataLang = textLang(strategy, lang);
    const hasValues = data.points.length > 0;
    const type = this.chartType;
    const interactive = hasValues && (type === 'line' || type === 'bar') && !this.tableShown;
    const narrow = this.size !== undefined && this.size.width < NARROW_EMS * this.size.fontSize;
    return html`<figure class="chart chart-${type}${narrow ? ' narrow' : ''}" part="figure" aria-labelledby="title" aria-describedby="summary" ${this.colorStyle(resolved)}>
      <figcaption>${this.heading(data.title, dataLang)}</figcaption>
      ${data.description ? html`<p class="goal-description" part="goal-description" lang=${ifDefined(dataLang)}>${data.description}</p>` : nothing}
      <p class="summary" id="summary" part="summary"><slot name="description">${this.description?.trim() ? this.description : spokenText(summary)}</slot></p>
      <p class="status-line" part="status">${statusBadge(data.status, lang)}${distance
        ? html`<span class="distance" part="distance">${spokenText(distance)}</span>`
        : nothing}</p>
      ${note ? html`<p class="kolada-note" part="kolada-note">${note}</p>` : nothing}
      ${hasValues
        ? html`<div
              class="plot"
              part="plot"
              ${ref(this.plotRef)}
              ?hidden=${this.tableShown}
              tabindex=${ifDefined(interactive ? '0' : undefined)}
              role=${ifDefined(interactive ? 'group' : undefined)}
              aria-label=${ifDefined(interactive ? messages.plotLabel(data.title) : undefined)}
              aria-describedby=${ifDefined(interactive ? 'key-hint' : undefined)}
              @keydown=${this.onPlotKeydown}
              @focus=${this.onPlotFocus}
              @blur=${this.onPlotBlur}
              @pointermove=${this.onPlotPointerMove}
              @pointerleave=${this.onPlotPointerLeave}
            >
              ${this.renderGraphic(data, type)}
            </div>
            ${interactive ? html`<p id="key-hint" hidden>${messages.keyHint}</p>` : nothing}
            <div class="tools" part="tools">
              <button type="button" class="tool" part="table-toggle" id="table-toggle" aria-labelledby="table-toggle title" aria-pressed=${this.tableShown ? 'true' : 'false'} aria-controls="data-table" @click=${this.toggleTable}>
                ${messages.showTable}
              </button>
              <button type="button" class="tool" part="download" id="download" aria-labelledby="download title" @click=${this.download}>${messages.download}</button>
            </div>
            ${dataTableTemplate(table, {
              id: 'data-table',
              caption: data.title,
              hidden: !this.tableShown,
              dataLang,
              noValue: messages.noValue,
              scrolls: this.tableScrolls,
              box: this.tableBoxRef,
            })}`
        : nothing}
      ${this.renderSource(data, dataLang)}
      ${type === 'line' || type === 'bar' ? html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>` : nothing}
    </figure>`;
  }

  private renderSource(data: ChartData, dataLang: string | undefined) {
    const source = data.source;
    if (!source) return nothing;
    const href = this.dataUrl(source.href);
    const name = source.name ?? source.href ?? '';
    const lang = this.locale.lang;
    const retrieved = source.retrieved ? formatDate(source.retrieved, lang) : undefined;
    return html`<p class="source" part="source">${this.locale.messages(goalChartMessages).source}
      ${href ? html`<a href=${href} lang=${ifDefined(dataLang)}>${name}</a>` : html`<span lang=${ifDefined(dataLang)}>${name}</span>`}${retrieved
        ? `, ${chartTexts[lang].retrieved(retrieved)}`
        : nothing}</p>`;
  }

  private renderGraphic(data: ChartData, type: GoalChartType) {
    const size = this.size;
    if (!this.drawn || !size) return nothing;
    const lang = this.locale.lang;
    if (type === 'progress') {
      const layout = this.progress(data, size.width, size.fontSize, size.letterSpacing, size.wordSpacing, lang);
      return layout ? progressGraphic(layout) : nothing;
    }
    const layout = this.cartesian(data, type === 'bar' ? 'bar' : 'line', this.layoutOptions(size, lang));
    return cartesianGraphic(layout, this.activePoint(data, layout));
  }

  // One object per size and language, so the memoised layout sees the same options again.
  private readonly layoutOptions = memoizeLast((size: PlotSize, lang: UiLang) => ({ ...size, lang }));

  private activePoint(data: ChartData, layout: ReturnType<typeof cartesianLayout>): ActivePoint | undefined {
    const index = this.plotFocused ? this.focusedIndex : this.hoveredIndex;
    const point = index === undefined ? undefined : layout.points[index];
    if (index === undefined || !point) return undefined;
    const tooltip = tooltipLayout(point, pointLabelLines(data, index, this.locale.lang), {
      text: this.size!,
      lineHeight: layout.lineHeight,
      bounds: { left: 0, top: 0, right: layout.width, bottom: layout.height },
    });
    return { index, tooltip };
  }

  private renderSparkline(resolved: Extract<ResolvedGoal, { kind: 'goal' }>): TemplateResult {
    const { data, strategy } = resolved;
    const lang = this.locale.lang;
    const { summary, distance } = this.texts(data, lang, strategy.organization);
    const latest = latestPoint(data);
    const size = this.size;
    const layout = this.drawn && size ? this.sparkline(data, size.width, size.height) : undefined;
    // The distance's full stop goes inside its spoken form: after that hidden span it would be read as " .".
    return html`<figure class="sparkline" part="figure" aria-labelledby="title" aria-describedby="summary" ${this.colorStyle(resolved)}>
      <figcaption class="visually-hidden" id="title" lang=${ifDefined(textLang(strategy, lang))}>${data.title}</figcaption>
      <span class="spark" part="plot" ${ref(this.plotRef)}>${layout ? sparklineGraphic(layout) : nothing}</span>
      ${latest ? html`<span class="spark-value" part="value">${spokenText(valueText(latest.value, lang, data))}</span>` : nothing}
      ${statusBadge(data.status, lang)}
      <span class="visually-hidden" id="summary"
        ><slot name="description">${this.description?.trim() ? this.description : spokenText(summary)}</slot>${distance ? html` ${spokenText({ text: `${distance.text}.`, speech: `${distance.speech}.` })}` : nothing}</span
      >
    </figure>`;
  }

  // The plot's size comes from CSS (the page's column, --vagval-goal-chart-height).
  private readonly plotRef = (element?: Element) => {
    if (element === this.plotElement) return;
    if (this.plotElement) unobserveSize(this.plotElement);
    this.plotElement = element;
    if (!element) return;
    observeSize(element, (size) => this.sizeChanged(size));
  };

  private readonly tableBoxRef = (element?: Element) => {
    this.tableBox = element;
    this.watchTable();
  };

  // Whether the table scrolls changes with its box (the page's column) and with the table (its
  // data, language): watched while the table is shown, not for every chart on a dashboard.
  private watchTable(): void {
    const box = this.tableShown ? this.tableBox : undefined;
    if (box === this.watchedTableBox) return;
    for (const observed of boxAndTable(this.watchedTableBox)) unobserveSize(observed);
    this.watchedTableBox = box;
    if (!box) return;
    const measure = () => {
      this.tableScrolls = box.scrollWidth > box.clientWidth;
    };
    for (const observed of boxAndTable(box)) observeSize(observed, measure);
  }

  private sizeChanged(size: PlotSize): void {
    // A hidden plot (table shown) measures 0: keep the last real size.
    if (size.width <= 0) return;
    const last = this.size;
    if (last && last.width === size.width && last.height === size.height && last.fontSize === size.fontSize) return;
    this.size = size;
  }

  private currentData(): ChartData | undefined {
    return this.resolved.kind === 'goal' ? this.resolved.data : undefined;
  }

  private onPlotKeydown(event: KeyboardEvent): void {
    const data = this.currentData();
    if (!data || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextIndex(event.key, this.focusedIndex, data.points.length);
    if (next === undefined) return;
    event.preventDefault();
    if (next === this.focusedIndex) return;
    this.focusedIndex = next;
    this.announcement = pointAnnouncement(data, next, this.locale.lang);
  }

  private onPlotFocus(): void {
    this.plotFocused = true;
  }

  private onPlotBlur(): void {
    this.plotFocused = false;
    // Said already; left in the live region it would be read again with the figure's text.
    this.announcement = '';
  }

  private onPlotPointerMove(event: PointerEvent): void {
    const data = this.currentData();
    const graphic = this.plotElement?.querySelector('svg');
    if (!data || !graphic || !this.size || this.chartType === 'progress') return;
    const box = graphic.getBoundingClientRect();
    if (box.width === 0) return;
    const x = ((event.clientX - box.left) * graphic.viewBox.baseVal.width) / box.width;
    const layout = this.cartesian(data, this.chartType === 'bar' ? 'bar' : 'line', this.layoutOptions(this.size, this.locale.lang));
    let nearest: number | undefined;
    layout.points.forEach((point, index) => {
      if (nearest === undefined || Math.abs(point.x - x) < Math.abs(layout.points[nearest]!.x - x)) nearest = index;
    });
    if (nearest !== this.hoveredIndex) this.hoveredIndex = nearest;
  }

  private onPlotPointerLeave(): void {
    this.hoveredIndex = undefined;
  }

  private toggleTable(): void {
    this.tableShown = !this.tableShown;
    this.hoveredIndex = undefined;
  }

  private download(): void {
    const resolved = this.resolved;
    if (resolved.kind !== 'goal') return;
    const text = toCsv(resolved.data, this.locale.lang, resolved.strategy.organization ? { valueHeader: resolved.strategy.organization } : {});
    downloadText(this.renderRoot as ShadowRoot, text, csvFileName(resolved.data), 'text/csv;charset=utf-8');
  }
}

// Declared with the class (not in define.ts) so elements that render this tag see its type.
declare global {
  interface HTMLElementTagNameMap {
    'vagval-goal-chart': VagvalGoalChart;
  }
}
