import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import type { Initiative, Period } from '../../data/index.js';
import { formatDate } from '../../format/date.js';
import type { UiLang } from '../../i18n/lang.js';
import type { InitiativeListMessages } from './messages.js';

/** What every item of one render shares; a new object whenever any of it changes. */
export interface ItemContext {
  /** What the context was made from (the list's data source and data file URL). */
  source: unknown;
  baseUrl: string | undefined;
  lang: UiLang;
  messages: InitiativeListMessages;
  /** `lang` for text from the data, when it differs from the UI language. */
  textLang: string | undefined;
  /** Heading level of the titles, 2 to 6. */
  headingLevel: number;
  /** Area id → its title and the class that carries its colour. */
  areas: ReadonlyMap<string, { title: string; colorClass: string }>;
  /** A link or image source from the data, when it may be used. */
  url: (url: unknown) => string | undefined;
  /** Formatted periods, shared by the items: many start in the same month. */
  dates: Map<string, string | undefined>;
}

function formatPeriod(period: Period | null | undefined, context: ItemContext): string | undefined {
  if (period === undefined || period === null) return undefined;
  const key = String(period);
  if (!context.dates.has(key)) {
    // A year alone needs no formatting beyond its digits (and no digit grouping).
    context.dates.set(key, typeof period === 'number' ? key : formatDate(period, context.lang));
  }
  return context.dates.get(key);
}

/** The facts of an item, each a term and its values: status, areas, start, end, tags. */
function renderFacts(initiative: Initiative, context: ItemContext): TemplateResult[] {
  const { messages, textLang } = context;
  const facts: TemplateResult[] = [];
  const { status } = initiative;
  if (status) {
    facts.push(
      html`<div class="fact"><dt class="visually-hidden">${messages.status}</dt><dd class="status ${status}" part="item-status"><span class="shape" aria-hidden="true"></span>${messages.statuses[status]}</dd></div>`,
    );
  }
  const areas = initiative.areas.flatMap((id) => context.areas.get(id) ?? []);
  if (areas.length) {
    facts.push(
      html`<div class="fact"><dt>${messages.areas(areas.length)}</dt>${areas.map(
        (area) => html`<dd class="area ${area.colorClass}" part="item-area" lang=${ifDefined(textLang)}>${area.title}</dd>`,
      )}</div>`,
    );
  }
  const start = formatPeriod(initiative.start, context);
  if (start) facts.push(html`<div class="fact"><dt>${messages.start}</dt><dd>${start}</dd></div>`);
  const end = formatPeriod(initiative.end, context);
  if (end) facts.push(html`<div class="fact"><dt>${messages.end}</dt><dd>${end}</dd></div>`);
  const tags = initiative.tags?.filter((tag) => tag.trim() !== '') ?? [];
  if (tags.length) {
    facts.push(
      html`<div class="fact"><dt>${messages.tags}</dt>${tags.map((tag) => html`<dd class="tag" part="item-tag" lang=${ifDefined(textLang)}>${tag}</dd>`)}</div>`,
    );
  }
  return facts;
}

/** The inside of one item: title (linked when it can be), summary, facts and image. Kept free of whitespace nodes: there are thousands. */
export function renderItem(initiative: Initiative, context: ItemContext): TemplateResult {
  const { textLang } = context;
  const href = context.url(initiative.href);
  const title = href ? html`<a href=${href} part="item-link">${initiative.title}</a>` : initiative.title;
  const facts = renderFacts(initiative, context);
  const imageSrc = initiative.image && context.url(initiative.image.src);
  // The title is focusable from script, for "Visa fler".
  return html`${heading(context.headingLevel, 'item-title', textLang, title, true)}${initiative.summary
      ? html`<p class="summary" part="item-summary" lang=${ifDefined(textLang)}>${initiative.summary}</p>`
      : nothing}${facts.length ? html`<dl class="facts" part="item-facts">${facts}</dl>` : nothing}${imageSrc
      ? html`<img class="image" part="item-image" src=${imageSrc} alt=${initiative.image?.alt ?? ''} loading="lazy" decoding="async" />`
      : nothing}`;
}
