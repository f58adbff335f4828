import { css } from 'lit';
import { graphicStyles } from '../goal-chart/goal-chart.styles.js';
import { statusBadgeStyles } from '../goal-chart/status-badge.js';

export const goalOverviewStyles = [
  statusBadgeStyles,
  graphicStyles,
  css`
    .sort {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-block-end: 0.75em;
    }
    select {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: var(--vagval-radius, 0.5rem);
      padding: 0.35em 0.5em;
      min-block-size: 2.75em;
      max-inline-size: 100%;
    }
    select option {
      color: initial;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    /* inherit, not start: start would follow each cell's text (see baseStyles), not the page. */
    caption {
      text-align: inherit;
      font-weight: 700;
      font-size: 1.1em;
      padding-block-end: 0.5em;
    }
    th,
    td {
      padding: 0.5em 0.75em 0.5em 0;
      border-block-end: 1px solid var(--vagval-goal-chart-grid-color, #d9d9d9);
      text-align: inherit;
      vertical-align: top;
    }
    thead th {
      border-block-end: 2px solid currentColor;
      vertical-align: bottom;
    }
    th[scope='row'] {
      font-weight: 400;
    }
    .goal-title {
      display: block;
      font-weight: 600;
    }
    .period {
      white-space: nowrap;
    }
    .value {
      font-weight: 600;
    }
    .trend {
      --_series-color: var(--vagval-goal-chart-color, var(--_area-color, #1d4e89));
    }
    .trend .sparkline-graphic {
      inline-size: 6em;
      block-size: auto;
    }
    /* The room of a sparkline: while a goal's figures come from Kolada, or when it has none to draw. */
    .sparkline-placeholder {
      display: block;
      inline-size: 6em;
      aspect-ratio: 96 / 28;
    }
    .row-loading {
      font-style: italic;
    }
    .row-error {
      font-weight: 600;
    }
    /* Narrow enough not to widen the column: the values that follow fit the same width. */
    table:not(.narrow) :is(.row-loading, .row-error) {
      display: inline-block;
      max-inline-size: 9em;
    }
    .source,
    .kolada-note {
      margin-block: 0.75em 0;
      font-size: 0.9em;
    }
    .toggle {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: var(--vagval-radius, 0.5rem);
      padding: 0.25em 0.7em;
      margin-block-start: 0.35em;
      min-block-size: 2.5em;
      cursor: pointer;
      /* One line: the trend column is as narrow as a sparkline otherwise. */
      white-space: nowrap;
    }
    .toggle::before {
      content: '';
      display: inline-block;
      inline-size: 0.45em;
      block-size: 0.45em;
      margin-inline-end: 0.5em;
      border-inline-end: 2px solid currentColor;
      border-block-end: 2px solid currentColor;
      transform: translateY(-0.15em) rotate(-45deg);
    }
    .toggle[aria-expanded='true']::before {
      transform: translateY(-0.2em) rotate(45deg);
    }
    /* The borders are logical, so they mirror by themselves; the turn must mirror too, or the closed chevron points down. */
    :host(:dir(rtl)) .toggle::before {
      transform: translateY(-0.15em) rotate(45deg);
    }
    :host(:dir(rtl)) .toggle[aria-expanded='true']::before {
      transform: translateY(-0.2em) rotate(-45deg);
    }
    .toggle:focus-visible,
    select:focus-visible {
      outline: var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor);
      outline-offset: 2px;
    }
    .detail-row td {
      padding-block: 1em 1.5em;
    }
    .cell-label {
      display: none;
    }
    /* A narrow column (measured by the element): each goal becomes a block, its cells
       labelled in place. The explicit roles keep it a table for screen readers. */
    .narrow,
    .narrow tbody,
    .narrow tr,
    .narrow th,
    .narrow td,
    .narrow caption {
      display: block;
    }
    .narrow thead {
      display: block;
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .narrow tr.goal {
      padding-block: 0.75em;
      border-block-end: 1px solid var(--vagval-goal-chart-grid-color, #d9d9d9);
    }
    .narrow th,
    .narrow td {
      border: 0;
      padding: 0.15em 0;
    }
    .narrow .cell-label {
      display: inline;
      margin-inline-end: 0.5em;
      font-weight: 400;
    }
    .narrow .cell-label::after {
      content: ':';
    }
    @media (prefers-reduced-motion: no-preference) {
      .toggle::before {
        transition: transform 0.15s ease;
      }
    }
    @media print {
      .sort,
      .toggle {
        display: none;
      }
    }
  `,
];
