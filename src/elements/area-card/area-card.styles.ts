import { css } from 'lit';

const focusRing = css`var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor)`;

export const areaCardStyles = css`
  .card {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--vagval-card-gap, 0.75rem);
    block-size: 100%;
    padding: var(--vagval-card-padding, 1rem 1.25rem 1.25rem);
    background: var(--vagval-card-background, transparent);
    border: var(--vagval-card-border, 1px solid color-mix(in srgb, currentColor 35%, transparent));
    /* The accent bar: --_accent is the area's validated colour, set through CSSOM. */
    border-block-start: var(--vagval-card-accent-width, 0.375rem) solid var(--vagval-card-accent, var(--_accent, currentColor));
    border-radius: var(--vagval-card-radius, var(--vagval-radius, 0.5rem));
    /* "anywhere", not "break-word": long Swedish compounds must also shrink the card's min-content width in a grid. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .card.linked {
    cursor: pointer;
  }

  /* The heading keeps the page's direction (the arrow ends it on either side); the title inside reads in its own. */
  .title {
    margin: 0;
    font-size: var(--vagval-card-title-size, 1.25em);
    line-height: 1.25;
    unicode-bidi: normal;
  }
  .card.accent-text .title {
    color: var(--vagval-card-accent, var(--_accent, currentColor));
  }
  .link {
    color: inherit;
    text-decoration: none;
    border-radius: 0.125rem;
  }
  .link-text,
  .summary,
  .goal-total,
  .status-text {
    unicode-bidi: plaintext;
  }
  .link::after {
    content: '\\2192' / '';
    display: inline-block;
    margin-inline-start: 0.35em;
  }
  :host(:dir(rtl)) .link::after {
    transform: scaleX(-1);
  }
  .link:hover,
  .link:focus-visible {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus-visible {
    outline: ${focusRing};
    outline-offset: 2px;
  }
  /* Where :has() works the ring goes round the whole card, which is what the link stands for. */
  @supports selector(:has(*)) {
    .link:focus-visible {
      outline: none;
    }
    .card:has(.link:focus-visible) {
      outline: ${focusRing};
      outline-offset: var(--vagval-focus-ring-offset, 2px);
    }
  }

  .summary ::slotted(p) {
    margin: 0;
  }

  .media {
    order: -1;
  }
  .media ::slotted(img),
  .media ::slotted(svg),
  .media ::slotted(picture) {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  /* Across the card, as every card in a grid draws its image; an icon keeps its width attribute. */
  .media ::slotted(img:not([width])) {
    inline-size: 100%;
  }

  .facts {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    margin-block-start: auto;
  }
  .status,
  .initiatives {
    margin: 0;
  }
  .goal-total {
    display: block;
    font-weight: 600;
  }
  .status-item {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin-inline-end: 0.5em;
  }
  .status-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    color: var(--_status);
  }
  .status-achieved {
    --_status: var(--vagval-status-achieved-color, #2a7d2e);
  }
  .status-on-track {
    --_status: var(--vagval-status-on-track-color, #1f5fbf);
  }
  .status-at-risk {
    --_status: var(--vagval-status-at-risk-color, #a35c00);
  }
  .status-off-track {
    --_status: var(--vagval-status-off-track-color, #b3261e);
  }
  .status-no-data {
    --_status: var(--vagval-status-no-data-color, #6b6b6b);
  }
  /* The "on track" arrow points the way the page reads. */
  :host(:dir(rtl)) .status-on-track .status-icon {
    transform: scaleX(-1);
  }

  .card.linked:hover {
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.15);
  }
  @media (prefers-reduced-motion: no-preference) {
    .card {
      transition:
        box-shadow 150ms ease-out,
        transform 150ms ease-out;
    }
    .card.linked:hover {
      transform: translateY(-2px);
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .card.linked:hover {
      border-color: Highlight;
    }
    .card:has(.link:focus-visible),
    .link:focus-visible {
      outline-color: Highlight;
    }
    .status-icon {
      color: CanvasText;
    }
  }
`;
