import { css } from 'lit';

export const initiativeListStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--vagval-gap, 1rem);
    --_radius: var(--vagval-radius, 0.5rem);
    --_control-border: var(--vagval-color-control-border, color-mix(in srgb, currentColor 65%, transparent));
    --_focus: var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor);
  }

  :focus-visible {
    outline: var(--_focus);
    outline-offset: var(--vagval-focus-ring-offset, 2px);
  }

  /* The filter bar: one column on a narrow screen (or at 400 % zoom), a row when there is room. */
  .filter-bar {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: calc(var(--_gap) * 0.75) var(--_gap);
    align-items: end;
    margin-block-end: var(--_gap);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .field.search {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  input,
  select,
  .button {
    box-sizing: border-box;
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--vagval-color-surface, transparent);
    color: inherit;
    font: inherit;
  }
  input,
  select {
    inline-size: 100%;
  }
  select option {
    /* The open menu is drawn by the system: give it the page's colours, not a transparent background. */
    background: Canvas;
    color: CanvasText;
  }
  .button {
    justify-self: start;
    cursor: pointer;
    padding-inline: 1em;
    font-weight: 600;
  }
  .button:hover {
    border-color: currentColor;
  }

  .count {
    margin: 0 0 calc(var(--_gap) * 0.75);
  }

  /* Off-screen groups skip style, layout and paint; find-in-page and screen readers still reach them. */
  .group {
    content-visibility: auto;
    contain-intrinsic-size: auto 250em;
  }
  /*
   * The top of the list is always rendered: the browser decides that a skipped group
   * has come on screen only after painting a frame without it, so a search whose
   * first match sits far down would show a blank frame first. The containment stays,
   * so a change inside the group is laid out and painted within it.
   */
  .group.top {
    content-visibility: visible;
    contain: layout style paint;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.5em;
    margin-block-end: var(--_gap);
    padding: 1em;
    border: 1px solid var(--vagval-color-border, color-mix(in srgb, currentColor 25%, transparent));
    border-radius: var(--_radius);
    background: var(--vagval-color-surface, transparent);
    overflow-wrap: anywhere;
  }
  @container (min-width: 36em) {
    /* The text's rows keep their own heights beside a taller image: its extra height goes to a last, empty row. */
    .item:has(> .image) {
      grid-template-columns: minmax(0, 1fr) var(--vagval-image-width, 10rem);
      grid-template-rows: auto auto auto 1fr;
    }
    .item > .image {
      grid-column: 2;
      grid-row: 1 / -1;
    }
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    /* Room above a title that "Visa fler" focuses, below a page's sticky header. */
    scroll-margin-block: 4rem 1rem;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus);
    outline-offset: var(--vagval-focus-ring-offset, 2px);
  }
  .title a {
    color: var(--vagval-color-link, inherit);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  .summary {
    margin: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    max-inline-size: 20rem;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
    margin: 0;
    font-size: 0.9375em;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.4em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  /* Flex, so the swatch and the name are ordered by the layout's direction: the name's own
     direction (plaintext, see baseStyles) would put a Swedish name's swatch on the wrong side on a right-to-left page. */
  .area {
    display: flex;
    align-items: baseline;
  }
  .area::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    background: var(--area-color, currentColor);
  }
  .area:not(:last-child)::after,
  .tag:not(:last-child)::after {
    content: ',';
  }

  /* Status: the text says it, the shape repeats it for a quick scan (hollow, half, full). */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .shape {
    display: inline-block;
    box-sizing: border-box;
    inline-size: 0.85em;
    block-size: 0.85em;
    border: 2px solid var(--_status-color);
    border-radius: 50%;
    forced-color-adjust: none;
  }
  .planned {
    --_status-color: var(--vagval-status-planned-color, currentColor);
  }
  .planned .shape {
    border-style: dashed;
  }
  .ongoing {
    --_status-color: var(--vagval-status-ongoing-color, currentColor);
  }
  .ongoing .shape {
    background: linear-gradient(to right, var(--_status-color) 50%, transparent 50%);
  }
  .completed {
    --_status-color: var(--vagval-status-completed-color, currentColor);
  }
  .completed .shape {
    background: var(--_status-color);
  }

  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75em;
    padding: 1em;
    border: 1px dashed var(--vagval-color-border, color-mix(in srgb, currentColor 40%, transparent));
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0;
  }
  .more {
    margin-block-start: var(--_gap);
  }

  @media (forced-colors: active) {
    .shape {
      --_status-color: CanvasText;
    }
    .area::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
