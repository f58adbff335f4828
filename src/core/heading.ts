import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A title as a heading of the level the page's outline needs (1 to 6; 0 gives a paragraph, for a
 * title that is no heading; anything else 3), with class `title`. `focusable` lets script move the
 * focus to it (tabindex -1); `id` names it for `aria-labelledby`. One template per level: Lit
 * cannot bind a tag name, and lit/static-html would cost more than these lines.
 */
export function heading(level: number, part: string, lang: string | undefined, content: unknown, focusable = false, id?: string): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  switch (level) {
    case 0:
      return html`<p class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</p>`;
    case 1:
      return html`<h1 class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h1>`;
    case 2:
      return html`<h2 class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h2>`;
    case 4:
      return html`<h4 class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<h3 class="title" part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h3>`;
  }
}
