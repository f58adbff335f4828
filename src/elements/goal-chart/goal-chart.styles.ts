import { css } from 'lit';
import { statusBadgeStyles } from './status-badge.js';

/** Styles of the chart's graphics, shared with the overview's sparklines. */
export const graphicStyles = css`
  /* The plot is laid out left to right (time runs rightwards), so its labels anchor that way on rtl pages too. */
  .graphic,
  .sparkline-graphic {
    direction: ltr;
    display: block;
    overflow: visible;
    forced-color-adjust: none;
  }
  .graphic {
    inline-size: 100%;
    block-size: auto;
  }
  .graphic text {
    fill: currentColor;
    font-size: 1em;
  }
  /* A halo, so labels stay readable where they cross lines. Only labels: the ticks and the
     unit stand outside the plot, and stroked text costs far more to draw than filled. */
  .graphic .label {
    paint-order: stroke;
    stroke: var(--vagval-goal-chart-background, Canvas);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .grid {
    stroke: var(--vagval-goal-chart-grid-color, #d9d9d9);
    stroke-width: 1;
  }
  .axis {
    stroke: currentColor;
    stroke-width: 1;
  }
  .series {
    fill: none;
    stroke: var(--_series-color);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .sparkline-graphic .series {
    stroke-width: 1.75;
  }
  .point,
  .spark-last {
    fill: var(--_series-color);
    stroke: var(--vagval-goal-chart-background, Canvas);
    stroke-width: 1;
  }
  .bar {
    fill: var(--_series-color);
  }
  .track {
    fill: none;
    stroke: var(--vagval-goal-chart-comparison-color, #595959);
    stroke-width: 1;
  }
  .comparison {
    fill: none;
    stroke: var(--vagval-goal-chart-comparison-color, #595959);
    stroke-width: 1.75;
  }
  .target,
  .baseline {
    stroke: var(--vagval-goal-chart-target-color, currentColor);
    stroke-width: 1.5;
  }
  .target-mark {
    stroke-width: 3;
  }
  .baseline {
    stroke-dasharray: 3 2;
  }
  .spark-target {
    stroke: var(--vagval-goal-chart-target-color, currentColor);
    stroke-width: 1;
    stroke-dasharray: 2 2;
    opacity: 0.6;
  }
  .target-marker {
    fill: var(--vagval-goal-chart-target-color, currentColor);
  }
  .label-latest,
  .label-value {
    font-weight: 700;
  }
  .guide {
    stroke: currentColor;
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .ring {
    fill: none;
    stroke: var(--vagval-focus-ring-color, currentColor);
    stroke-width: 2.5;
  }
  .comparison-dot {
    fill: var(--vagval-goal-chart-background, Canvas);
    stroke: var(--vagval-goal-chart-comparison-color, #595959);
    stroke-width: 2;
  }
  .tooltip {
    fill: var(--vagval-goal-chart-background, Canvas);
    stroke: currentColor;
    stroke-width: 1;
  }
  .tooltip-head {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .series,
    .comparison,
    .axis,
    .guide {
      stroke: CanvasText;
    }
    .point,
    .spark-last,
    .bar {
      fill: CanvasText;
      stroke: Canvas;
    }
    .target,
    .baseline,
    .spark-target,
    .ring {
      stroke: Highlight;
      opacity: 1;
    }
    .target-marker {
      fill: Highlight;
    }
    /* Decorative: dotted, so system colours do not make the grid louder than the data. */
    .grid {
      stroke: GrayText;
      stroke-dasharray: 1 3;
    }
    .track,
    .tooltip,
    .comparison-dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .graphic text {
      fill: CanvasText;
    }
    .graphic .label {
      stroke: Canvas;
    }
  }
`;

export const goalChartStyles = [
  statusBadgeStyles,
  graphicStyles,
  css`
    :host([type='sparkline']) {
      display: inline-block;
      vertical-align: middle;
    }
    figure {
      margin: 0;
      /* The area's colour is set on the figure (checked for contrast), so the fallback chain starts here. */
      --_series-color: var(--vagval-goal-chart-color, var(--_area-color, #1d4e89));
    }
    .title {
      margin: 0 0 0.25em;
      font-size: 1.15em;
      line-height: 1.3;
    }
    .goal-description,
    .summary,
    .status-line,
    .kolada-note,
    .source {
      margin: 0 0 0.5em;
      max-inline-size: 65ch;
    }
    .status-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 0.75em;
      row-gap: 0.25em;
    }
    /* A flex item, so a paragraph of its own: its direction comes from its text (see baseStyles). */
    .distance {
      unicode-bidi: plaintext;
    }
    .plot {
      position: relative;
      block-size: var(--vagval-goal-chart-height, 18em);
      font-size: var(--vagval-goal-chart-font-size, 0.8125em);
      margin-block: 0.75em;
      touch-action: pan-y;
    }
    /* Set from the measured width: a lower plot in a narrow column. */
    .narrow .plot {
      block-size: var(--vagval-goal-chart-height, 15em);
    }
    .chart-progress .plot {
      block-size: auto;
      min-block-size: 4.5em;
    }
    .plot:focus {
      outline: none;
    }
    .plot:focus-visible {
      outline: var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor);
      outline-offset: 4px;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block: 0.5em;
    }
    .tool {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: var(--vagval-radius, 0.5rem);
      padding: 0.35em 0.8em;
      min-block-size: 2.75em;
      cursor: pointer;
    }
    .tool[aria-pressed='true'] {
      background: var(--_series-color);
      border-color: var(--_series-color);
      color: var(--vagval-goal-chart-background, Canvas);
    }
    .tool:focus-visible,
    .table-wrap:focus-visible,
    .source a:focus-visible {
      outline: var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor);
      outline-offset: 2px;
    }
    .table-wrap {
      overflow-x: auto;
      margin-block: 0.5em;
      /* The containing block of the cells' visually hidden words: else they are placed
         outside the scrolling box, and a wide table widens the page at 320 px. */
      position: relative;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    /* inherit, not start: start would follow each cell's text (see baseStyles), not the page. */
    caption {
      text-align: inherit;
      font-weight: 600;
      padding-block-end: 0.35em;
    }
    th,
    td {
      padding: 0.3em 0.75em;
      border-block-end: 1px solid var(--vagval-goal-chart-grid-color, #d9d9d9);
      text-align: end;
      white-space: nowrap;
    }
    /* The dash is for the eye; screen readers are given the words "no value" (the chart sets them). */
    .no-value::before {
      content: '–';
      content: '–' / var(--_no-value, '');
    }
    th[scope='col'],
    th[scope='row'] {
      text-align: inherit;
    }
    th[scope='col'] {
      border-block-end: 2px solid currentColor;
      white-space: normal;
      vertical-align: bottom;
    }
    .source {
      font-size: 0.875em;
    }
    /* The note is text, not colour alone: a border marks it in forced colours too. */
    .kolada-note {
      border-inline-start: 0.25em solid currentColor;
      padding-inline-start: 0.5em;
    }
    .source a {
      color: inherit;
    }
    .sparkline {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 0.5em;
      margin: 0;
    }
    .spark {
      display: inline-block;
      inline-size: var(--vagval-goal-chart-sparkline-width, 6em);
      block-size: 1.75em;
    }
    .spark-value {
      font-weight: 600;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      .tool[aria-pressed='true'] {
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      .tools {
        display: none;
      }
      .plot {
        break-inside: avoid;
      }
    }
  `,
];
