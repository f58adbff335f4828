import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_HEADING_LEVEL, headingLevel, type HeadingLevel } from '../../areas/heading-level.js';
import { baseStyles } from '../../core/base-styles.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { reportInputIssues } from '../../core/error-reporting.js';
import { errorStyles, renderFallback, renderLoading } from '../../core/error-view.js';
import { strategyContext } from '../../core/strategy-state.js';
import { AREA_CARD_PARTS } from '../area-card/area-card.js';
import { areaGridColumns, areaGridStyles } from './area-grid.styles.js';
import { areaGridMessages } from './messages.js';

// The cards' parts, passed on so the page can style them as `vagval-area-grid::part(title)`.
const CARD_PARTS = AREA_CARD_PARTS.join(', ');

/**
 * All priority areas of the data as a responsive grid of `<vagval-area-card>`s,
 * in the data's order. The grid is a list, so screen readers announce how many
 * areas there are. Its columns follow its own width (container queries): one on
 * a phone or in a narrow CMS column, up to three where there is room.
 *
 * @summary All priority areas as a responsive grid of cards.
 * @tagname vagval-area-grid
 *
 * @slot - Fallback content, e.g. a list of links to the areas: shown before the script runs, and under the error message when the data fails.
 * @csspart list - The list that lays out the cards.
 * @csspart item - Each list item, holding one card.
 * @csspart card - Each card's box (see `<vagval-area-card>`).
 * @csspart title - Each card's heading.
 * @csspart link - Each card's link.
 * @csspart summary - Each card's summary.
 * @csspart status - Each card's goal status summary.
 * @csspart initiatives - Each card's number of initiatives.
 * @csspart loading - The loading message.
 * @csspart error - The message shown when the grid's own data (`src`) fails.
 * @csspart error-details - The list of issues for the web editor, behind a disclosure.
 *
 * @cssprop --vagval-grid-gap - Space between the cards (default 1rem).
 * @cssprop --vagval-card-background - Background of the cards (see `<vagval-area-card>` for every card property).
 * @cssprop --vagval-card-border - Border of the cards.
 * @cssprop --vagval-card-radius - Corner radius of the cards.
 * @cssprop --vagval-card-accent - Accent colour of every card, replacing the areas' colours.
 *
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The grid's own data (`src` or inline JSON) failed, or `heading-level` is out of range.
 */
export class VagvalAreaGrid extends VagvalDataElement {
  static override styles = [baseStyles, errorStyles, areaGridStyles, areaGridColumns];

  /** Level of each card's heading, 2 to 6 (default 3), so the cards fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  private level: HeadingLevel = DEFAULT_HEADING_LEVEL;
  private levelIssue?: string;

  // The cards live in this shadow root: they get the grid's data, whether it comes
  // from a provider or from the grid's own `src`.
  private readonly cardData = new ContextProvider(this, { context: strategyContext, initialValue: { status: 'idle' } });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.cardData.setValue(this.strategyState);
    const level = headingLevel(Number.isNaN(this.headingLevel) ? this.getAttribute('heading-level') : this.headingLevel);
    this.level = level.level;
    this.levelIssue = level.issue;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('headingLevel')) return;
    const issue = this.levelIssue;
    reportInputIssues(this, issue ? { message: 'The heading-level attribute is out of range.', issues: [{ path: 'heading-level', message: issue }] } : undefined);
  }

  override render() {
    const lang = this.locale.lang;
    const state = this.strategyState;
    if (state.status === 'loading') return renderLoading(lang);
    const error = this.renderOwnError();
    const areas = this.strategy?.areas;
    // Without data the editor's fallback stays, under the grid's own error (a provider shows its error itself).
    if (!areas) return state.status === 'error' ? html`${error}${renderFallback()}` : error;
    if (!areas.length) return html`${error}<p class="empty">${this.locale.messages(areaGridMessages).empty}</p>`;
    // role="list": Safari drops the list semantics of a list styled without markers.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`${error}<ul class="grid" part="list" role="list">
      ${areas.map(
        (area) =>
          html`<li class="item" part="item"><vagval-area-card area=${area.id} heading-level=${this.level} exportparts=${CARD_PARTS}></vagval-area-card></li>`,
      )}
    </ul>`;
  }
}
