// What the peer adapters share: the same data read the same way (with the package's own
// pure data functions, as a municipality's page would use them) and the same card content.
import { goalStatus } from '../../src/data/goal-status.ts';
import { periodToYear } from '../../src/data/period.ts';

export { periodToYear };

/** Peers get the strategy as JSON text (like ours) or, inside a stack, already parsed. */
export const asStrategy = (data) => (typeof data === 'string' ? JSON.parse(data) : data);

/** Each goal by id, with its area. */
export function goalsById(strategy) {
  const goals = new Map();
  for (const area of strategy.areas) for (const goal of area.goals ?? []) goals.set(goal.id, { goal, area });
  return goals;
}

const STATUS_WORDS = { achieved: 'uppnådda', 'on-track': 'i fas', 'at-risk': 'i riskzonen', 'off-track': 'inte i fas', 'no-data': 'utan data' };
const numberOf = new Intl.NumberFormat('sv-SE');

/** "13 mål: 4 i fas, 2 i riskzonen" and "12 initiativ", as plain text. */
function statusLine(area) {
  const counts = new Map();
  for (const goal of area.goals ?? []) {
    const status = goalStatus(goal);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const parts = [...counts].map(([status, n]) => `${numberOf.format(n)} ${STATUS_WORDS[status]}`);
  return `${numberOf.format(area.goals?.length ?? 0)} mål: ${parts.join(', ')}`;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A div with a class of the bench page's stylesheet (bench-grid, bench-small, bench-big). */
export const box = (className) => element('div', undefined, { class: className });

/**
 * Fills one card element (sl-card, wa-card) through its slots with what our area card
 * shows: the title as a heading that links to the area, summary, goal status summary
 * and number of initiatives.
 */
function fillCard(card, area, initiativeCount) {
  const heading = element('h3', area.href ? undefined : area.title, { slot: 'header' });
  if (area.href) heading.append(element('a', area.title, { href: area.href }));
  card.append(heading, element('p', area.summary ?? ''), element('p', statusLine(area)), element('p', `${numberOf.format(initiativeCount)} initiativ`));
}

/** Initiatives per area id. */
function initiativeCounts(strategy) {
  const counts = new Map();
  for (const initiative of strategy.initiatives ?? []) {
    for (const id of initiative.areas) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Renders every area of the strategy as a card made by makeCard(); the list is the page's. */
export function renderCards(host, data, makeCard) {
  const strategy = asStrategy(data);
  const counts = initiativeCounts(strategy);
  const list = element('ul', undefined, { class: 'bench-grid', role: 'list' });
  for (const area of strategy.areas) {
    const item = element('li');
    const card = makeCard();
    fillCard(card, area, counts.get(area.id) ?? 0);
    item.append(card);
    list.append(item);
  }
  host.append(list);
}
