import { css, html, type TemplateResult } from 'lit';
import type { Issue } from '../data/index.js';
import { coreMessages } from '../i18n/core-messages.js';
import type { UiLang } from '../i18n/lang.js';

/**
 * The shared error display: a short message for the page's reader and, behind a
 * disclosure, each issue with its path for the web editor who can fix the data.
 */
export function renderError(lang: UiLang, issues: readonly Issue[], readerMessage?: string): TemplateResult {
  const messages = coreMessages[lang];
  return html`<div class="error" part="error">
    <p class="error-message"><span class="error-icon" aria-hidden="true"></span>${readerMessage ?? messages.errorTitle}</p>
    ${issues.length
      ? html`<details class="error-details" part="error-details">
          <summary><span class="summary-text">${messages.errorDetails(issues.length)}</span></summary>
          <ul lang="en">
            ${issues.map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
          </ul>
        </details>`
      : null}
  </div>`;
}

/** The error of data that failed to load or validate; data usable despite its issues is still shown, so the message says "some". */
export function renderDataError(lang: UiLang, state: { issues: readonly Issue[]; strategy?: unknown }): TemplateResult {
  return renderError(lang, state.issues, state.strategy ? coreMessages[lang].partialErrorTitle : undefined);
}

/** The line shown while the data loads. */
export function renderLoading(lang: UiLang): TemplateResult {
  return html`<p class="loading" part="loading" aria-busy="true">${coreMessages[lang].loading}</p>`;
}

/**
 * The editor's fallback content (the element's light-DOM children, see
 * docs/progressive-enhancement.md) under an error, so a reader whose data failed still gets the
 * editor's text. An element without children shows nothing here. Not for elements whose default
 * slot is already in their error view.
 */
export function renderFallback(): TemplateResult {
  return html`<div class="fallback"><slot></slot></div>`;
}

export const errorStyles = css`
  .error {
    border: 2px solid var(--vagval-color-danger, #b3261e);
    border-radius: var(--vagval-radius, 0.5rem);
    padding: 0.75em 1em;
    overflow-wrap: anywhere;
  }
  /* Flex, so the icon is ordered by the layout's direction, not by the message's own (see baseStyles):
     at the right of Swedish words on a right-to-left page, its space between them. */
  .error-message {
    display: flex;
    align-items: baseline;
    margin: 0;
    font-weight: 600;
  }
  /* A border, not a background, so the icon stays visible in forced-colors mode. */
  .error-icon {
    display: inline-block;
    box-sizing: border-box;
    inline-size: 0.9em;
    block-size: 0.9em;
    flex: none;
    margin-inline-end: 0.4em;
    border: 0.45em solid var(--vagval-color-danger, #b3261e);
    border-radius: 50%;
  }
  .error-details {
    margin-block-start: 0.5em;
  }
  .error-details summary {
    cursor: pointer;
  }
  /* The words take their own direction, not the summary: its marker stays on the layout's start side. */
  .summary-text {
    unicode-bidi: plaintext;
  }
  .error-details summary:focus-visible {
    outline: var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor);
    outline-offset: 2px;
  }
  .error-details ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  /* Space before what follows: the editor's fallback, a filter bar, the rest of the block. */
  .error:not(:last-child) {
    margin-block-end: 0.75em;
  }
`;
