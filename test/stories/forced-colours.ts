// What each element must still show in forced colours (Windows contrast themes), checked on
// its forced-colours story under Chromium's emulation (see variants.ts).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { systemColours } from './variants.js';

function within(element: Element, selector: string): Element[] {
  const found = [...element.shadowRoot!.querySelectorAll(selector)];
  expect(found.length, `${selector} in <${element.localName}>`).to.be.above(0);
  return found;
}

/** Cards: border and status shapes in the text colour; the keyboard focus ring round the card in the highlight colour. */
export async function expectCardsForced(cards: Element[]): Promise<void> {
  const { text, highlight } = systemColours();
  for (const card of cards) {
    expect(getComputedStyle(within(card, '.card')[0]!).borderInlineStartColor).to.equal(text);
    for (const icon of within(card, '.status-icon')) expect(getComputedStyle(icon).color).to.equal(text);
  }
  const root = cards[0]!.shadowRoot!;
  await sendKeys({ press: 'Tab' });
  expect(root.activeElement, 'the first card’s link has focus').to.equal(root.querySelector('a.link'));
  const ring = getComputedStyle(root.querySelector('.card')!);
  expect(ring.outlineStyle).to.equal('solid');
  expect(ring.outlineColor).to.equal(highlight);
  (root.activeElement as HTMLElement).blur();
}

/** The list: every status shape outlined and every area mark filled in the text colour. */
export function expectListForced(list: Element): void {
  const { text } = systemColours();
  for (const shape of within(list, '.status .shape')) expect(getComputedStyle(shape).borderTopColor).to.equal(text);
  for (const area of within(list, '.area')) expect(getComputedStyle(area, '::before').backgroundColor).to.equal(text);
}

/** A line chart: line and points in the text colour, the comparison dashed, the target and the focused value's ring in the highlight colour. */
export async function expectChartForced(chart: Element): Promise<void> {
  const { text, highlight } = systemColours();
  expect(getComputedStyle(within(chart, 'path.series')[0]!).stroke).to.equal(text);
  for (const point of within(chart, '.point')) expect(getComputedStyle(point).fill).to.equal(text);
  const comparison = getComputedStyle(within(chart, 'path.comparison')[0]!);
  expect(comparison.stroke).to.equal(text);
  expect(comparison.strokeDasharray).to.not.equal('none');
  expect(getComputedStyle(within(chart, 'line.target')[0]!).stroke).to.equal(highlight);
  expect(getComputedStyle(within(chart, '.status-shape .fill')[0]!).fill).to.equal(text);
  const plot = within(chart, '.plot')[0] as HTMLElement;
  plot.focus();
  await sendKeys({ press: 'End' });
  await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(getComputedStyle(within(chart, 'circle.ring')[0]!).stroke).to.equal(highlight);
  expect(getComputedStyle(plot).outlineStyle).to.equal('solid');
  plot.blur();
}

/** The overview: status shapes, sparklines and their last points in the text colour. */
export function expectOverviewForced(overview: Element): void {
  const { text } = systemColours();
  for (const shape of within(overview, '.status-shape .fill')) expect(getComputedStyle(shape).fill).to.equal(text);
  for (const line of within(overview, '.sparkline-graphic .series')) expect(getComputedStyle(line).stroke).to.equal(text);
  for (const point of within(overview, '.spark-last')) expect(getComputedStyle(point).fill).to.equal(text);
}

/** Feedback after an answer: the chosen button bordered in the highlight colour, the other greyed out. */
export function expectFeedbackForced(feedback: Element): void {
  const { highlight, grey } = systemColours();
  const chosen = getComputedStyle(within(feedback, 'button[aria-pressed="true"]')[0]!);
  expect(chosen.borderTopColor).to.equal(highlight);
  expect(chosen.borderTopStyle).to.equal('solid');
  const other = getComputedStyle(within(feedback, 'button[aria-pressed="false"]')[0]!);
  expect(other.color).to.equal(grey);
  expect(other.borderTopColor).to.equal(grey);
}

/** The error view: its icon (a border, not a background) in the text colour. */
export function expectErrorForced(element: Element): void {
  const { text } = systemColours();
  const icon = getComputedStyle(within(element, '.error-icon')[0]!);
  expect(icon.borderTopColor).to.equal(text);
  expect(parseFloat(icon.borderTopWidth)).to.be.above(0);
}
