import { css } from 'lit';

/**
 * Styles every element shares: inherit the host page's font and colour, honour `hidden`, and keep
 * left-to-right text in order on a right-to-left page.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
  }
  /*
   * Our text is Swedish or English, and the data's text may be in any language: each text block takes
   * its direction from its own first letter, not from the page, or a Swedish sentence on an Arabic
   * page ends up ".Visar 6 av 36 initiativ". Only the text: the direction property is still inherited, so the
   * layout (order of columns and flex items, logical margins and padding) mirrors with the page.
   */
  :where(p, li, dt, dd, h1, h2, h3, h4, h5, h6, caption, th, td, label, legend, figcaption, button) {
    unicode-bidi: plaintext;
  }
  /* A block that plaintext turned left-to-right would align left; the edge the mirrored layout starts from is right. */
  :host(:dir(rtl)) {
    text-align: right;
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
