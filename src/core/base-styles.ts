import { css } from 'lit';

/** Styles every element shares: inherit the host page's font and colour, honour `hidden`. */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    margin: 0;
    opacity: 0.75;
  }
`;
