import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { GoalStatus } from '../../data/index.js';
import { chartTexts } from '../../chart/messages.js';
import type { UiLang } from '../../i18n/lang.js';

// One shape per status, so the status never rests on colour alone.
const SHAPES: Record<GoalStatus, SVGTemplateResult> = {
  achieved: svg`<circle class="fill" cx="8" cy="8" r="7"></circle><path class="cut" d="M4.6 8.3l2.3 2.3 4.6-4.8"></path>`,
  'on-track': svg`<path class="fill" d="M1 6h7.5V2.2L15.5 8l-7 5.8V10H1z"></path>`,
  'at-risk': svg`<path class="fill" d="M8 1 15.5 14.6H.5z"></path><path class="cut" d="M8 6v3.6M8 11.6v.6"></path>`,
  'off-track': svg`<rect class="fill" x="1.5" y="1.5" width="13" height="13" rx="1.5"></rect><path class="cut" d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6"></path>`,
  'no-data': svg`<circle class="ring" cx="8" cy="8" r="6"></circle><path class="ring" d="M5.5 8h5"></path>`,
};

/** The status as a shape and a word: "▲ Risk att inte nås". */
export function statusBadge(status: GoalStatus, lang: UiLang): TemplateResult {
  return html`<span class="status-badge status-${status}" part="status-badge"
    ><svg class="status-shape" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg
    ><span class="status-label">${chartTexts[lang].status[status]}</span></span
  >`;
}

export const statusBadgeStyles = css`
  .status-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .status-shape {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    forced-color-adjust: none;
  }
  /* A flex item of its own: its text takes its direction from its first letter (see baseStyles).
     The badge's baseline is its text's, so it lines up with text beside it ("Bedömning:"), not the shape's bottom. */
  .status-label {
    unicode-bidi: plaintext;
    align-self: baseline;
  }
  /* The "on track" arrow points the way the page reads. */
  :host(:dir(rtl)) .status-on-track .status-shape {
    transform: scaleX(-1);
  }
  .status-shape .fill {
    fill: var(--_status-color);
  }
  .status-shape .cut {
    fill: none;
    stroke: var(--vagval-goal-chart-background, Canvas);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status-shape .ring {
    fill: none;
    stroke: var(--_status-color);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .status-achieved {
    --_status-color: var(--vagval-status-achieved-color, #1d6b34);
  }
  .status-on-track {
    --_status-color: var(--vagval-status-on-track-color, #2a6a8f);
  }
  .status-at-risk {
    --_status-color: var(--vagval-status-at-risk-color, #9a5800);
  }
  .status-off-track {
    --_status-color: var(--vagval-status-off-track-color, #b3261e);
  }
  .status-no-data {
    --_status-color: var(--vagval-status-no-data-color, #666666);
  }
  @media (forced-colors: active) {
    .status-badge {
      --_status-color: CanvasText;
    }
    .status-shape .cut {
      stroke: Canvas;
    }
  }
`;
