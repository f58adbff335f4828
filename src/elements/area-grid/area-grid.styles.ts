import { css, unsafeCSS } from 'lit';

export const areaGridStyles = css`
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--vagval-grid-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .empty {
    margin: 0;
  }
`;

// Columns follow the width of the grid itself, not the viewport: a CMS column may be
// narrow on a wide screen. Breakpoints in rem, so zooming in reflows to fewer columns.
// A plain string because lit-analyzer's CSS checker predates container queries; no
// value in it comes from outside.
export const areaGridColumns = unsafeCSS(`
  :host {
    container: vagval-area-grid / inline-size;
  }
  @container vagval-area-grid (min-width: 34rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container vagval-area-grid (min-width: 54rem) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`);
