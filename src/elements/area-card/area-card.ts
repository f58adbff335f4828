import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { findArea, initiativeCount, summarizeGoals, type GoalSummary } from '../../areas/area-summary.js';
import { DEFAULT_HEADING_LEVEL, headingLevel, type HeadingLevel } from '../../areas/heading-level.js';
import { baseStyles } from '../../core/base-styles.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { reportInputIssues } from '../../core/error-reporting.js';
import { errorStyles, renderError, renderFallback, renderLoading } from '../../core/error-view.js';
import { heading } from '../../core/heading.js';
import { textLang } from '../../core/text-lang.js';
import type { Issue } from '../../data/index.js';
import { isHexColor, TEXT_CONTRAST_AA } from '../../format/contrast.js';
import { safeUrl } from '../../format/url.js';
import { areaCardStyles } from './area-card.styles.js';
import { contrastOnBackdrop } from './backdrop.js';
import { areaCardMessages, type AreaCardMessages } from './messages.js';
import { readThenWrite } from './read-batch.js';
import { readSlots, sameSlots, type SlotsInUse } from './slots.js';
import { statusIcon } from './status-icons.js';

// A click on one of these inside the card is theirs, not the card's.
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [tabindex], [contenteditable]:not([contenteditable="false"])';

/** The card's CSS parts that show content, for an element that renders cards to pass on with `exportparts`. */
export const AREA_CARD_PARTS = ['card', 'title', 'link', 'summary', 'status', 'initiatives'] as const;

/** What a card shows, from its attributes or its area in the data. */
interface CardContent {
  title?: string;
  /** `lang` of text taken from the data, when it differs from the UI language. */
  titleLang?: string;
  summary?: string;
  summaryLang?: string;
  href?: string;
  accent?: string;
  goals?: GoalSummary;
  initiatives?: number;
}

/** A problem with the card's own input, for `vagval-error`. */
interface InputProblem {
  summary: string;
  issue: Issue;
}

/**
 * One priority area as a card: its title as a heading, summary, goal status
 * summary, number of initiatives and a link to the area's page. With `area` it
 * reads the area from the data of the surrounding `<vagval-strategy>` (or its
 * own `src`); without it, it shows its `heading`, `href`, `color` and slotted text.
 *
 * The whole card is clickable, yet it has one link and one tab stop: the title.
 * Text in the card stays selectable (a click that ends a text selection does not
 * follow the link). The area colour is an accent bar; it colours the title only
 * where its contrast with the card's background reaches 4.5:1.
 *
 * @summary A priority area as a card that links to the area's page.
 * @tagname vagval-area-card
 *
 * @slot - The summary text of a standalone card; with `area`, it replaces the area's summary.
 * @slot media - An image or icon at the top of the card: an image without a `width` spans the card. Give an image its `alt` (empty when decorative).
 * @slot footer - Extra content at the end of the card. Links and buttons here keep their own clicks, but each adds a tab stop.
 *
 * @csspart card - The card's box: border, accent bar, background, focus ring.
 * @csspart title - The heading that holds the title.
 * @csspart link - The title's link, the card's one tab stop.
 * @csspart summary - The summary text.
 * @csspart status - The goal status summary ("3 mål: 1 uppnått, …").
 * @csspart initiatives - The number of initiatives.
 * @csspart media - The box around the `media` slot.
 * @csspart footer - The box around the `footer` slot.
 * @csspart loading - The loading message.
 * @csspart error - The message shown when the card's area cannot be shown.
 * @csspart error-details - The list of issues for the web editor, behind a disclosure.
 *
 * @cssprop --vagval-card-background - Background of the card (default transparent: the page shows through).
 * @cssprop --vagval-card-border - Border of the card (default a thin line in a tint of the text colour).
 * @cssprop --vagval-card-radius - Corner radius of the card (default `--vagval-radius`, else 0.5rem).
 * @cssprop --vagval-card-padding - Space inside the card.
 * @cssprop --vagval-card-gap - Space between the parts of the card.
 * @cssprop --vagval-card-accent - Accent colour; replaces the area's colour. The title takes it only where it contrasts enough.
 * @cssprop --vagval-card-accent-width - Thickness of the accent bar at the top of the card.
 * @cssprop --vagval-card-title-size - Font size of the title (default 1.25em).
 * @cssprop --vagval-status-achieved-color - Colour of the "achieved" shape.
 * @cssprop --vagval-status-on-track-color - Colour of the "on track" shape.
 * @cssprop --vagval-status-at-risk-color - Colour of the "at risk" shape.
 * @cssprop --vagval-status-off-track-color - Colour of the "off track" shape.
 * @cssprop --vagval-status-no-data-color - Colour of the "no data" shape.
 * @cssprop --vagval-focus-ring-color - Colour of the focus ring around the card.
 * @cssprop --vagval-focus-ring-width - Width of the focus ring.
 * @cssprop --vagval-focus-ring-offset - Gap between the card and its focus ring.
 * @cssprop --vagval-color-danger - Border and icon colour of the error message.
 *
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The card's input is unusable: an `area` that is not in the data, an invalid `color` or `heading-level`, or no data; also when its own `src` fails.
 */
export class VagvalAreaCard extends VagvalDataElement {
  static override styles = [baseStyles, errorStyles, areaCardStyles];

  /** Id of the area to show, from the data. Without it the card is standalone and shows its own attributes. */
  @property() area?: string;

  /** The title. Standalone cards need it; with `area` it replaces the area's title. */
  @property() heading?: string;

  /** Where the card links to (`http:`, `https:`, `mailto:`, `tel:` or relative); with `area` it replaces the area's link. */
  @property() href?: string;

  /** Accent colour, `#rgb` or `#rrggbb`; with `area` it replaces the area's colour. Anything else is ignored and reported. */
  @property() color?: string;

  /** Level of the title's heading, 2 to 6 (default 3), so the card fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Whether the accent colour is dark (or light) enough for the title text on this card's background. */
  @state() private accentReadable = false;

  /** Set when the card has waited for a provider long enough to say it has none. */
  @state() private waitedForData = false;

  private content?: CardContent;
  /** Problems that leave nothing to show (the area is unknown, or there is no data). */
  private blockingProblems: InputProblem[] = [];
  private problems: InputProblem[] = [];
  private level: HeadingLevel = DEFAULT_HEADING_LEVEL;
  private slots: SlotsInUse = { summary: false, media: false, footer: false };
  private accentCard?: HTMLElement;
  private accentValue?: string;

  constructor() {
    super();
    this.addEventListener('click', this.followLinkOnCardClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    afterParsing(() => {
      if (this.isConnected && this.needsProvider()) this.waitedForData = true;
    });
    // The card may now sit on another background.
    if (this.hasUpdated) this.measureAccent();
  }

  private get areaId(): string | undefined {
    return this.area?.trim() || undefined;
  }

  /** True when the card wants data and neither a provider nor a source of its own gives it any. */
  private needsProvider(): boolean {
    return Boolean(this.areaId) && !this.source.active && this.provided === undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.slots = readSlots(this);
    const problems: InputProblem[] = [];
    const blocking: InputProblem[] = [];

    const level = headingLevel(Number.isNaN(this.headingLevel) ? this.getAttribute('heading-level') : this.headingLevel);
    this.level = level.level;
    if (level.issue) problems.push({ summary: 'The heading-level attribute is out of range.', issue: { path: 'heading-level', message: level.issue } });

    const color = this.color?.trim();
    const accent = color && isHexColor(color) ? color : undefined;
    if (color && !accent) {
      problems.push({
        summary: `The color attribute "${this.color}" is not a hex colour; it is ignored.`,
        issue: { path: 'color', message: `expected a colour like "#00594f" or "#05f", got "${this.color}"; the colour is ignored` },
      });
    }

    const areaId = this.areaId;
    this.content = areaId ? this.contentFromData(areaId, accent, blocking) : this.contentFromAttributes(accent, problems);
    this.blockingProblems = blocking;
    this.problems = [...blocking, ...problems];
  }

  private contentFromAttributes(accent: string | undefined, problems: InputProblem[]): CardContent {
    const title = this.heading?.trim();
    if (!title) {
      problems.push({
        summary: 'The card has no heading.',
        issue: { path: 'heading', message: 'a card needs a heading attribute, or an area attribute with the id of an area in the data' },
      });
    }
    return { title, href: safeUrl(this.href), accent };
  }

  private contentFromData(areaId: string, accent: string | undefined, blocking: InputProblem[]): CardContent | undefined {
    const strategy = this.strategy;
    if (!strategy) {
      if (this.waitedForData && this.needsProvider()) {
        blocking.push({
          summary: `The card for area "${areaId}" has no data.`,
          issue: {
            path: 'area',
            message: 'the card has no data: place it inside a <vagval-strategy> (and load its script), or give it a src attribute or a child <script type="application/json">',
          },
        });
      }
      return undefined;
    }
    const area = findArea(strategy, areaId);
    if (!area) {
      const ids = strategy.areas.map((known) => `"${known.id}"`).join(', ');
      blocking.push({
        summary: `No area "${areaId}" in the data.`,
        issue: { path: 'area', message: `no area has the id "${areaId}"; ${ids ? `the ids are ${ids}` : 'the data has no areas'}` },
      });
      return undefined;
    }
    const dataLang = textLang(strategy, this.locale.lang);
    const heading = this.heading?.trim();
    return {
      title: heading || area.title,
      titleLang: heading ? undefined : dataLang,
      summary: area.summary?.trim() || undefined,
      summaryLang: dataLang,
      href: this.href !== undefined ? safeUrl(this.href) : this.dataUrl(area.href),
      accent: accent ?? (isHexColor(area.color) ? area.color : undefined),
      goals: summarizeGoals(area.goals),
      initiatives: initiativeCount(strategy, area.id),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportProblems();
    this.syncAccent();
  }

  private reportProblems(): void {
    const problems = this.problems;
    const count = problems.length;
    const message = count === 1 ? problems[0]!.summary : `${count} problems: ${problems.map((problem) => problem.summary).join(' ')}`;
    reportInputIssues(this, count ? { message, issues: problems.map((problem) => problem.issue) } : undefined);
  }

  /** Sets the accent as a custom property through CSSOM (allowed by a strict CSP, unlike a style attribute). */
  private syncAccent(): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.card') ?? undefined;
    const accent = this.content?.accent;
    if (card === this.accentCard && accent === this.accentValue) return;
    this.accentCard = card;
    this.accentValue = accent;
    if (!card) return;
    if (accent) card.style.setProperty('--_accent', accent);
    else card.style.removeProperty('--_accent');
    this.measureAccent();
  }

  private measureAccent(): void {
    readThenWrite(
      () => this.accentContrastIsEnough(),
      (readable) => {
        this.accentReadable = readable;
      },
    );
  }

  private accentContrastIsEnough(): boolean {
    const card = this.accentCard;
    // Forced colours replace every colour; the accent bar's border colour is the one to judge otherwise.
    if (!card?.isConnected || matchMedia('(forced-colors: active)').matches) return false;
    const ratio = contrastOnBackdrop(card, 'borderBlockStartColor');
    return ratio !== undefined && ratio >= TEXT_CONTRAST_AA;
  }

  private readonly onSlotChange = (): void => {
    if (!sameSlots(readSlots(this), this.slots)) this.requestUpdate();
  };

  private readonly followLinkOnCardClick = (event: MouseEvent): void => {
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a.link');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.matches(INTERACTIVE)) return;
    }
    // The reader was selecting text, not choosing the card.
    if (document.getSelection()?.toString()) return;
    const { ctrlKey, shiftKey, altKey, metaKey } = event;
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey, shiftKey, altKey, metaKey }));
  };

  override render() {
    const lang = this.locale.lang;
    if (this.areaId) {
      const state = this.strategyState;
      // Under an error the editor's summary text (the default slot) stays, below the message.
      if (this.source.active && state.status === 'error' && !state.strategy) return html`${renderError(lang, state.issues)}${renderFallback()}`;
      if (state.status === 'loading') return renderLoading(lang);
      if (this.blockingProblems.length) {
        const messages = this.locale.messages(areaCardMessages);
        return html`${renderError(lang, this.blockingProblems.map((problem) => problem.issue), messages.areaError)}${renderFallback()}`;
      }
      // The provider's data failed (the provider shows why).
      if (!this.content) return state.status === 'error' ? renderFallback() : nothing;
    }
    return this.renderCard(this.content ?? {}, this.locale.messages(areaCardMessages));
  }

  private renderCard(content: CardContent, messages: AreaCardMessages) {
    const linked = content.href !== undefined;
    const dataSummary = this.slots.summary ? undefined : content.summary;
    // The card is a flex column: whitespace between its children renders nothing.
    return html`<div class="card ${linked ? 'linked' : ''} ${this.accentReadable ? 'accent-text' : ''}" part="card">
      ${this.renderTitle(content, linked)}
      <div class="summary" part="summary" lang=${ifDefined(dataSummary && content.summaryLang)} ?hidden=${!this.slots.summary && !dataSummary}
        >${dataSummary}<slot @slotchange=${this.onSlotChange}></slot
      ></div>
      ${this.renderFacts(content, messages)}
      <div class="media" part="media" ?hidden=${!this.slots.media}><slot name="media" @slotchange=${this.onSlotChange}></slot></div>
      <div class="footer" part="footer" ?hidden=${!this.slots.footer}><slot name="footer" @slotchange=${this.onSlotChange}></slot></div>
    </div>`;
  }

  private renderTitle(content: CardContent, linked: boolean) {
    if (!content.title) return nothing;
    // The title text is isolated inside the link, so the arrow after it stays at the end of the mirrored heading.
    const text = linked ? html`<a class="link" part="link" href=${content.href!}><span class="link-text">${content.title}</span></a>` : content.title;
    return heading(this.level, 'title', content.titleLang, text);
  }

  private renderFacts(content: CardContent, messages: AreaCardMessages) {
    const { goals, initiatives } = content;
    if (!goals && initiatives === undefined) return nothing;
    return html`<div class="facts">
      ${goals ? renderGoals(goals, messages) : nothing}
      ${initiatives === undefined
        ? nothing
        : html`<p class="initiatives" part="initiatives">${initiatives ? messages.initiativeCount(initiatives) : messages.noInitiatives}</p>`}
    </div>`;
  }
}

function renderGoals(goals: GoalSummary, messages: AreaCardMessages) {
  if (goals.total === 0) return html`<p class="status" part="status">${messages.noGoals}</p>`;
  const last = goals.present.length - 1;
  // The hidden punctuation makes one sentence for screen readers and copied text: "3 mål: 1 uppnått, 2 på väg".
  return html`<p class="status" part="status">
    <span class="goal-total">${messages.goalCount(goals.total)}<span class="visually-hidden">:</span></span>
    ${goals.present.map(
      ({ status, count }, index) =>
        html`<span class="status-item status-${status}"
            >${statusIcon(status)}<span class="status-text">${messages.goalStatus[status](count)}</span>${index < last ? html`<span class="visually-hidden">,</span>` : nothing}</span
          > `,
    )}
  </p>`;
}

/** Calls `callback` once the document is parsed (children of the element may still be on their way before that). */
function afterParsing(callback: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => callback(), { once: true });
  else setTimeout(callback, 0);
}

// Declared here rather than in define.ts: <vagval-area-grid> renders this tag, and
// lit-analyzer checks a template's tags against the modules it imports (the grid
// imports this class module, which stays free of side effects).
declare global {
  interface HTMLElementTagNameMap {
    'vagval-area-card': VagvalAreaCard;
  }
}
