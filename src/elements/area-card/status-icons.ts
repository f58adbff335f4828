import { html, svg, type SVGTemplateResult } from 'lit';
import type { GoalStatus } from '../../data/index.js';

// One silhouette per status, so the status never depends on colour alone:
// check (achieved), arrow (on track), triangle (at risk), cross (off track), ring (no data).
const shapes: Record<GoalStatus, SVGTemplateResult> = {
  achieved: svg`<path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  'on-track': svg`<path d="M1.5 6.25h7V2.5L14.5 8l-6 5.5V9.75h-7z" fill="currentColor"/>`,
  'at-risk': svg`<path d="M8 1.5l7 13H1z" fill="currentColor"/>`,
  'off-track': svg`<path d="M3.5 3.5l9 9m0-9l-9 9" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  'no-data': svg`<circle cx="8" cy="8" r="5.25" fill="none" stroke="currentColor" stroke-width="2"/>`,
};

/** The status's shape; decoration, since the text beside it says the same. */
export function statusIcon(status: GoalStatus) {
  return html`<svg class="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shapes[status]}</svg>`;
}
