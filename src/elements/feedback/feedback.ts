import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from '../../core/base-styles.js';
import { VagvalDataElement } from '../../core/data-element.js';
import { reportInputIssues } from '../../core/error-reporting.js';
import { errorStyles, renderFallback, renderLoading } from '../../core/error-view.js';
import { vagvalEvent } from '../../core/events.js';
import { textLang } from '../../core/text-lang.js';
import type { Issue } from '../../data/index.js';
import type { FeedbackAnswer, QueuedAnswer } from '../../feedback/answer-queue.js';
import { commentFormHref, emailAddress, endpointUrl, mailtoHref } from '../../feedback/links.js';
import { cleanPageUrl } from '../../feedback/page-url.js';
import { postAnswer, type SendOptions } from '../../feedback/send.js';
import { chooseTemplate, fillTemplate, templateParts } from '../../feedback/template.js';
import { formatDate, parseIsoDate } from '../../format/date.js';
import { safeUrl } from '../../format/url.js';
import { feedbackStyles } from './feedback.styles.js';
import { feedbackMessages, type FeedbackMessages } from './messages.js';
import { answerQueue, PAGE_VIEW, randomId } from './page-view.js';

type Answer = FeedbackAnswer['answer'];

/** Where the helpfulness question stands: asked, waiting for an optional comment, answered. */
type Step = 'ask' | 'comment' | 'done';

/** What became of the answer: `kept` for the next page view after a failed POST, or `lost`. */
type Delivery = 'sending' | 'sent' | 'kept' | 'lost';

const DEFAULT_MAX_LENGTH = 500;

// Once per page: a page may use the question for its own analytics only, on purpose.
let warnedNoEndpoint = false;

/** A web editor's wording when given, otherwise the built-in one. */
function wording(override: string | undefined, builtIn: string): string {
  return override?.trim() ? override : builtIn;
}

/** Sending options for an endpoint: a same-origin one may outlive the page (see `SendOptions.keepalive`). */
function sendOptions(endpoint: string): SendOptions {
  return { keepalive: new URL(endpoint).origin === window.location.origin };
}

/** The value of an attribute that overrides the data: `undefined` when absent, `''` when set empty (meaning "none"). */
function overriding(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.trim();
}

/**
 * The feedback block at the end of a page: a link for a comment on the page, a
 * link for a report about a service, when the page was last updated and by whom,
 * and optionally the question "did the information help you?".
 *
 * Each attribute overrides the data's top-level `updated`, `updatedBy` and
 * `feedback`; an attribute set to an empty value hides that part. The block works
 * from attributes alone, with no data at all. Answers to the question are POSTed
 * as JSON `{ page, answer, comment? }` to `endpoint`; a failed POST is retried once,
 * then kept in `sessionStorage` and sent on the reader's next page view.
 *
 * @summary The page's feedback block: comment, service report, last updated, "was this helpful?".
 * @tagname vagval-feedback
 *
 * @slot - Fallback content, e.g. the comment link and the date: shown before the script runs, and when the data fails and the attributes give nothing to show.
 * @csspart base - The block around everything.
 * @csspart comment-link - The link for a comment on the page (e-mail or form).
 * @csspart service-hint - The sentence that says when to use the service link instead.
 * @csspart service-link - The link for a report about a service or treatment.
 * @csspart updated-line - "Last updated … by …".
 * @csspart helpful-block - The helpfulness question with its answers, comment field and status.
 * @csspart question - The question text.
 * @csspart answer-button - Both answer buttons.
 * @csspart yes-button - The "yes" button.
 * @csspart no-button - The "no" button.
 * @csspart comment-form - The optional comment after a "no".
 * @csspart comment-field - The comment's text area.
 * @csspart send-button - The button that sends the answer with its comment.
 * @csspart status - The thank-you or failure message, announced to screen readers.
 * @csspart loading - The loading message.
 * @csspart error - The error message when the element's own data cannot be used.
 * @csspart error-details - The list of issues for the web editor, behind a disclosure.
 *
 * @cssprop --vagval-feedback-gap - Space between the parts of the block (default 0.75em).
 * @cssprop --vagval-feedback-padding - Space above and below the block (default 1em).
 * @cssprop --vagval-feedback-border - Rule above the block (default `1px solid currentColor`).
 * @cssprop --vagval-feedback-button-background - Background of the answer and send buttons (default transparent).
 * @cssprop --vagval-feedback-field-background - Background of the comment field (default transparent).
 * @cssprop --vagval-color-link - Colour of links (default the text colour).
 * @cssprop --vagval-radius - Corner radius of buttons and the error message.
 * @cssprop --vagval-focus-ring-color - Colour of the keyboard focus ring.
 * @cssprop --vagval-focus-ring-width - Width of the keyboard focus ring.
 * @cssprop --vagval-color-danger - Border and icon colour of the error message.
 *
 * @fires {CustomEvent<VagvalFeedbackDetail>} vagval-feedback - The reader answered the question: `detail.answer` (`yes`/`no`), `detail.page` (the page URL without query and fragment), `detail.comment` when one was written.
 * @fires {CustomEvent<VagvalErrorDetail>} vagval-error - The element's own data failed, or an attribute (`updated`, `comment-email`, `endpoint`) cannot be used.
 */
export class VagvalFeedback extends VagvalDataElement {
  static override styles = [baseStyles, errorStyles, feedbackStyles];

  /** Address of a form for comments on the page; the page's URL is added as the parameter named by `comment-param`. Wins over `comment-email`. */
  @property({ attribute: 'comment-href' }) commentHref?: string;

  /** E-mail address for comments on the page; the link's subject names the page and its body holds the page's URL. */
  @property({ attribute: 'comment-email' }) commentEmail?: string;

  /** Name of the query parameter that carries the page's URL to the `comment-href` form. */
  @property({ attribute: 'comment-param' }) commentParam = 'page';

  /** Address for a report about a service or treatment (a "synpunkt"). */
  @property({ attribute: 'service-href' }) serviceHref?: string;

  /** Date the page was last updated, as an ISO date (`2024-03-14`). The property is not `updated`: that name is Lit's. */
  @property({ attribute: 'updated' }) lastUpdated?: string;

  /** Who last updated the page. */
  @property({ attribute: 'updated-by' }) updatedBy?: string;

  /** Asks "did the information on this page help you?". */
  @property({ type: Boolean }) helpful = false;

  /** URL that receives each answer as a JSON POST. Without it, answers only fire `vagval-feedback`. */
  @property() endpoint?: string;

  /** Most characters the optional comment may have. */
  @property({ type: Number, attribute: 'comment-max-length' }) commentMaxLength = DEFAULT_MAX_LENGTH;

  /** Replaces the comment link's text. */
  @property({ attribute: 'text-comment' }) textComment?: string;

  /** Replaces the sentence that says when to use the service link instead. */
  @property({ attribute: 'text-service-hint' }) textServiceHint?: string;

  /** Replaces the service link's text. */
  @property({ attribute: 'text-service' }) textService?: string;

  /** Replaces "Senast uppdaterad {date} av {by}"; used when the values it names are known. */
  @property({ attribute: 'text-updated' }) textUpdated?: string;

  /** Replaces the comment e-mail's subject; `{title}` is the page's title. */
  @property({ attribute: 'text-mail-subject' }) textMailSubject?: string;

  /** Replaces the comment e-mail's body; `{page}` is the page's URL. */
  @property({ attribute: 'text-mail-body' }) textMailBody?: string;

  /** Replaces the helpfulness question. */
  @property({ attribute: 'text-question' }) textQuestion?: string;

  /** Replaces the "yes" answer. */
  @property({ attribute: 'text-yes' }) textYes?: string;

  /** Replaces the "no" answer. */
  @property({ attribute: 'text-no' }) textNo?: string;

  /** Replaces the thank-you message. */
  @property({ attribute: 'text-thanks' }) textThanks?: string;

  /** Replaces the comment field's label. */
  @property({ attribute: 'text-comment-label' }) textCommentLabel?: string;

  /** Replaces the hint under the comment field's label (no personal data, no reply). */
  @property({ attribute: 'text-comment-hint' }) textCommentHint?: string;

  /** Replaces the send button's text. */
  @property({ attribute: 'text-send' }) textSend?: string;

  /** Replaces the message shown when an answer could not be sent. */
  @property({ attribute: 'text-failed' }) textFailed?: string;

  @state() private answer?: Answer;
  @state() private step: Step = 'ask';
  @state() private delivery: Delivery = 'sending';
  @state() private commentLength = 0;

  /** The queue entry and endpoint of the answer being given, fixed when the reader answers. */
  private pending?: { id: string; endpoint: string | undefined; page: string };
  /** Endpoints whose answers left by earlier page views this element has resent. */
  private readonly resent = new Set<string>();
  private attributeIssues: Issue[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.attributeIssues = this.findAttributeIssues();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportAttributeIssues();
    const endpoint = this.helpful ? this.endpointHref() : undefined;
    if (endpoint && !this.resent.has(endpoint)) {
      this.resent.add(endpoint);
      void this.resendLeftovers(endpoint);
    }
    if (this.helpful && !this.endpoint?.trim() && !warnedNoEndpoint) {
      warnedNoEndpoint = true;
      console.warn('<vagval-feedback helpful> has no endpoint attribute: answers are only fired as vagval-feedback events, not sent anywhere.');
    }
  }

  override render() {
    const lang = this.locale.lang;
    const state = this.strategyState;
    if (state.status === 'loading') return renderLoading(lang);
    const ownError = this.renderOwnError();
    const block = this.renderBlock(this.locale.messages(feedbackMessages));
    // With nothing to show from attributes or data, the editor's fallback stays under the message.
    const fallback = state.status === 'error' && block === nothing ? renderFallback() : nothing;
    return html`${ownError}${block}${fallback}`;
  }

  private renderBlock(m: FeedbackMessages): TemplateResult | typeof nothing {
    const comment = this.commentLinkHref(m);
    const service = this.serviceLinkHref();
    const updated = this.renderUpdated(m);
    if (!this.helpful && !comment && !service && updated === nothing) return nothing;
    return html`<div class="feedback" part="base">
      ${this.helpful ? this.renderHelpful(m) : nothing}
      ${comment ? html`<p><a part="comment-link" href=${comment}>${wording(this.textComment, m.comment)}</a></p>` : nothing}
      ${service ? this.renderService(m, service, Boolean(comment)) : nothing}
      ${updated}
    </div>`;
  }

  /** The service link, after the sentence that tells the reader when to use it instead of the comment link. */
  private renderService(m: FeedbackMessages, href: string, withHint: boolean): TemplateResult {
    const hint = withHint ? html`<span part="service-hint">${wording(this.textServiceHint, m.serviceHint)}</span> ` : nothing;
    return html`<p>${hint}<a part="service-link" href=${href}>${wording(this.textService, m.service)}</a></p>`;
  }

  private renderUpdated(m: FeedbackMessages): TemplateResult | typeof nothing {
    const lang = this.locale.lang;
    const strategy = this.strategy;
    const fromAttribute = overriding(this.lastUpdated);
    const dateIso = (fromAttribute ?? strategy?.updated ?? '').trim();
    const dateText = formatDate(dateIso, lang);
    const byAttribute = overriding(this.updatedBy);
    const by = byAttribute ?? strategy?.updatedBy?.trim() ?? '';
    const byLang = byAttribute === undefined ? textLang(strategy, lang) : undefined;
    const available = [...(dateText ? ['date'] : []), ...(by ? ['by'] : [])];
    if (!available.length) return nothing;
    const builtIn = dateText && by ? m.updatedDateBy : dateText ? m.updatedDate : m.updatedBy;
    const parts = templateParts(chooseTemplate(this.textUpdated, builtIn, available)).map((part) => {
      if (typeof part === 'string') return part;
      if (part.placeholder === 'date') return html`<time datetime=${dateIso}>${dateText}</time>`;
      if (part.placeholder === 'by') return html`<span lang=${ifDefined(byLang)}>${by}</span>`;
      return `{${part.placeholder}}`;
    });
    return html`<p part="updated-line">${parts}</p>`;
  }

  private renderHelpful(m: FeedbackMessages): TemplateResult {
    return html`<div class="helpful" part="helpful-block">
      <div class="question-group" role="group" aria-labelledby="question">
        <p class="question" id="question" part="question">${wording(this.textQuestion, m.question)}</p>
        <div class="answers">
          ${this.renderAnswerButton('yes', wording(this.textYes, m.yes))}${this.renderAnswerButton('no', wording(this.textNo, m.no))}
        </div>
      </div>
      ${this.step === 'comment' ? this.renderCommentForm(m) : nothing}
      <p class="status" part="status" role="status">${this.renderStatus(m)}</p>
    </div>`;
  }

  private renderAnswerButton(answer: Answer, label: string): TemplateResult {
    const answered = this.answer !== undefined;
    return html`<button
      type="button"
      part="answer-button ${answer}-button"
      aria-pressed=${ifDefined(answered ? (this.answer === answer ? 'true' : 'false') : undefined)}
      aria-disabled=${ifDefined(answered ? 'true' : undefined)}
      @click=${() => this.choose(answer)}
    >${label}</button>`;
  }

  private renderCommentForm(m: FeedbackMessages): TemplateResult {
    const max = this.maxLength();
    return html`<form class="comment-form" part="comment-form" @submit=${this.onSubmit}>
      <label for="comment">${wording(this.textCommentLabel, m.commentLabel)}</label>
      <p class="hint" id="comment-hint">${wording(this.textCommentHint, m.commentHint)}</p>
      <textarea
        id="comment"
        name="comment"
        part="comment-field"
        rows="4"
        maxlength=${max}
        aria-describedby="comment-hint comment-count"
        @input=${this.onCommentInput}
      ></textarea>
      <p class="count" id="comment-count">${m.commentCount(max, Math.max(0, max - this.commentLength))}</p>
      <div class="visually-hidden" aria-hidden="true">
        <label for="website">${m.trapLabel}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <button type="submit" part="send-button">${wording(this.textSend, m.send)}</button>
    </form>`;
  }

  // A failure needs no link of its own: the block's comment link comes right after it.
  private renderStatus(m: FeedbackMessages): string | typeof nothing {
    if (this.step !== 'done') return nothing;
    if (this.delivery !== 'kept' && this.delivery !== 'lost') return wording(this.textThanks, m.thanks);
    return wording(this.textFailed, this.delivery === 'kept' ? m.failedKept : m.failedLost);
  }

  /** The comment link: the attributes win over the data; a form wins over e-mail. */
  private commentLinkHref(m: FeedbackMessages): string | undefined {
    const page = this.pageUrl();
    const href = overriding(this.commentHref);
    const email = overriding(this.commentEmail);
    if (href !== undefined || email !== undefined) {
      if (href) return commentFormHref(href, this.commentParam, page, document.baseURI);
      return email ? this.mailto(email, m, page) : undefined;
    }
    const feedback = this.strategy?.feedback;
    const dataHref = this.dataUrl(feedback?.commentHref);
    if (dataHref) return commentFormHref(dataHref, this.commentParam, page, document.baseURI);
    return feedback?.commentEmail ? this.mailto(feedback.commentEmail, m, page) : undefined;
  }

  private mailto(email: string, m: FeedbackMessages, page: string | undefined): string | undefined {
    const title = document.title.trim();
    const subject = fillTemplate(
      chooseTemplate(this.textMailSubject, title ? m.mailSubject : m.mailSubjectUntitled, title ? ['title'] : []),
      { title },
    );
    const body = fillTemplate(wording(this.textMailBody, m.mailBody), { page: page ?? '' });
    return mailtoHref(email, subject, body);
  }

  private serviceLinkHref(): string | undefined {
    const href = overriding(this.serviceHref);
    if (href !== undefined) return href ? safeUrl(href) : undefined;
    return this.dataUrl(this.strategy?.feedback?.serviceHref);
  }

  private pageUrl(): string | undefined {
    return cleanPageUrl(window.location.href);
  }

  private endpointHref(): string | undefined {
    return endpointUrl(this.endpoint, document.baseURI);
  }

  private maxLength(): number {
    const max = this.commentMaxLength;
    return Number.isInteger(max) && max > 0 ? max : DEFAULT_MAX_LENGTH;
  }

  private async choose(answer: Answer): Promise<void> {
    if (this.answer !== undefined) return;
    this.answer = answer;
    const page = this.pageUrl() ?? '';
    this.pending = { id: randomId(), endpoint: this.endpointHref(), page };
    const given: FeedbackAnswer = { page, answer };
    if (answer === 'yes') {
      void this.deliver(given);
      return;
    }
    // Kept at once: a reader who leaves without sending the comment still counts.
    this.keep(given);
    this.step = 'comment';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#comment')?.focus();
  }

  private onCommentInput(event: InputEvent): void {
    this.commentLength = (event.target as HTMLTextAreaElement).value.length;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const fields = new FormData(event.target as HTMLFormElement);
    const comment = String(fields.get('comment') ?? '')
      .trim()
      .slice(0, this.maxLength());
    const filledByRobot = String(fields.get('website') ?? '') !== '';
    if (filledByRobot) {
      if (this.pending) answerQueue().remove(this.pending.id);
      this.step = 'done';
      this.delivery = 'sent';
    } else {
      void this.deliver({ page: this.pending?.page ?? '', answer: 'no', ...(comment ? { comment } : {}) });
    }
    await this.updateComplete;
    // The form is gone with the focus in it: the focus goes back to the "no" that opened it,
    // and the status region announces the thanks. Focused, that region would be read twice.
    this.renderRoot.querySelector<HTMLElement>('[part~="no-button"]')?.focus();
  }

  /** Tells the page, shows the thanks at once (the answer is kept), then POSTs it. */
  private async deliver(answer: FeedbackAnswer): Promise<void> {
    this.step = 'done';
    this.delivery = 'sending';
    this.dispatchEvent(vagvalEvent('vagval-feedback', answer));
    const pending = this.pending;
    if (!pending?.endpoint) {
      this.delivery = 'sent';
      return;
    }
    const kept = this.keep(answer);
    const outcome = await postAnswer(pending.endpoint, answer, sendOptions(pending.endpoint));
    if (outcome !== 'failed' || !kept) answerQueue().remove(pending.id);
    this.delivery = outcome === 'sent' ? 'sent' : outcome === 'failed' && kept ? 'kept' : 'lost';
  }

  /** Keeps the answer in the tab's storage until it is sent; false when it cannot be kept. */
  private keep(answer: FeedbackAnswer): boolean {
    const pending = this.pending;
    if (!pending?.endpoint) return false;
    return answerQueue().put({ id: pending.id, endpoint: pending.endpoint, view: PAGE_VIEW, answer, attempts: 0, time: Date.now() });
  }

  /** Sends the answers that earlier page views could not; those that fail again are kept for the next. */
  private async resendLeftovers(endpoint: string): Promise<void> {
    const queue = answerQueue();
    const failed: QueuedAnswer[] = [];
    for (const entry of queue.takeLeftovers(endpoint, PAGE_VIEW)) {
      if ((await postAnswer(endpoint, entry.answer, sendOptions(endpoint))) === 'failed') failed.push(entry);
    }
    queue.giveBack(failed);
  }

  private findAttributeIssues(): Issue[] {
    const issues: Issue[] = [];
    const updated = this.lastUpdated?.trim();
    if (updated && !parseIsoDate(updated)) {
      issues.push({ path: 'updated', message: `the updated attribute ${JSON.stringify(updated)} is not a date; write it like 2024-03-14` });
    }
    const email = this.commentEmail?.trim();
    if (email && !this.commentHref?.trim() && !emailAddress(email)) {
      issues.push({ path: 'comment-email', message: `the comment-email attribute ${JSON.stringify(email)} is not one e-mail address` });
    }
    const endpoint = this.endpoint?.trim();
    if (this.helpful && endpoint && !this.endpointHref()) {
      issues.push({ path: 'endpoint', message: `the endpoint attribute ${JSON.stringify(endpoint)} is not an http(s) or relative URL` });
    }
    return issues;
  }

  private reportAttributeIssues(): void {
    const issues = this.attributeIssues;
    const count = issues.length;
    reportInputIssues(
      this,
      count ? { message: count === 1 ? 'One attribute cannot be used and is left out.' : `${count} attributes cannot be used and are left out.`, issues } : undefined,
    );
  }
}
