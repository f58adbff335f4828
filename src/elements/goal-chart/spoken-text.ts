import { html, type TemplateResult } from 'lit';
import type { Spoken } from '../../chart/spoken.js';

// Digits grouped by a space, narrow or no-break space: "11 700".
const GROUPED_DIGITS = /\d[ \u00a0\u202f]\d/;

/** Whether a screen reader would read the visible form differently from the spoken one. */
export function needsSpokenForm(value: Spoken): boolean {
  return value.text !== value.speech && GROUPED_DIGITS.test(value.text);
}

/**
 * A text in its visible form, with its spoken form for screen readers where the two
 * would be read differently (digit groups that a screen reader would read as two numbers).
 */
export function spokenText(value: Spoken): TemplateResult | string {
  if (!needsSpokenForm(value)) return value.text;
  return html`<span aria-hidden="true">${value.text}</span><span class="visually-hidden">${value.speech}</span>`;
}
