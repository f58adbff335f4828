import { css } from 'lit';

export const feedbackStyles = css`
  .feedback {
    display: flex;
    flex-direction: column;
    gap: var(--vagval-feedback-gap, 0.75em);
    padding-block: var(--vagval-feedback-padding, 1em);
    border-block-start: var(--vagval-feedback-border, 1px solid currentColor);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--vagval-color-link, currentColor);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  textarea:focus-visible {
    outline: var(--vagval-focus-ring-width, 3px) solid var(--vagval-focus-ring-color, currentColor);
    outline-offset: 2px;
  }

  .helpful {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .question-group {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .question {
    font-weight: 600;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--vagval-feedback-button-background, transparent);
    border: 2px solid currentColor;
    border-radius: var(--vagval-radius, 0.5rem);
    min-block-size: 2.75rem;
    min-inline-size: 5rem;
    padding: 0.4em 1.1em;
    cursor: pointer;
  }
  button:hover:not([aria-disabled='true']) {
    text-decoration: underline;
  }
  button[aria-disabled='true'] {
    cursor: default;
    border-style: dashed;
  }
  button[aria-pressed='true'] {
    border-style: solid;
    border-width: 3px;
    font-weight: 700;
  }
  /* A check mark, so the chosen answer is not told by the border alone. */
  button[aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .comment-form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.4em;
  }
  label {
    font-weight: 600;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 40em;
    font: inherit;
    color: inherit;
    background: var(--vagval-feedback-field-background, transparent);
    border: 1px solid currentColor;
    border-radius: calc(var(--vagval-radius, 0.5rem) / 2);
    padding: 0.4em 0.5em;
    resize: vertical;
  }
  .hint,
  .count {
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      border-color: Highlight;
    }
    button[aria-disabled='true']:not([aria-pressed='true']) {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
