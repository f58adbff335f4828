// Find-in-page over a long list. Headless Chromium has no Ctrl+F bar, but `window.find()`
// runs the browser's text search over the rendered page. In Chromium it walks the flat
// tree, so it sees into shadow roots, and it reveals the `content-visibility: auto`
// content it matches (the tests check both). The document's selection is retargeted to
// the shadow host; `getComposedRanges` gives the match inside the list.
// Not covered here: the Ctrl+F bar itself (its highlighting and match count), which
// headless Chromium does not have.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { VagvalInitiativeList } from '../../src/elements/initiative-list/initiative-list.js';
import '../helpers/setup.js';
import { keepPageUrl, part, renderLarge } from './helpers.js';

/** `window.find`: not in TypeScript's DOM types, but in every Chromium. */
const find = (text: string): boolean => {
  getSelection()!.removeAllRanges();
  return (window as unknown as { find(text: string): boolean }).find(text);
};

/** The element that holds the current match, inside the list's shadow root. */
function matchIn(list: VagvalInitiativeList): Element | undefined {
  const [range] = getSelection()!.getComposedRanges({ shadowRoots: [list.shadowRoot!] });
  const node = range?.startContainer;
  return node instanceof Element ? node : (node?.parentElement ?? undefined);
}

const titleOf = (item: Element) => item.querySelector('.title')!.textContent!.trim();

const renderSearchable = () => renderLarge(html`<vagval-initiative-list filters></vagval-initiative-list>`);

describe('<vagval-initiative-list> and find-in-page', () => {
  keepPageUrl();

  afterEach(() => getSelection()!.removeAllRanges());

  it('finds the first screen while the rest is still being built', async () => {
    const list = await renderSearchable();
    await waitUntil(() => list.shadowRoot!.querySelector('.item'));
    const items = list.shadowRoot!.querySelectorAll('.item');
    // Still in steps: the first screenful is in the DOM, the rest is not yet.
    expect(items.length).to.be.below(2000);
    const first = items[0]!;
    expect(find(titleOf(first))).to.equal(true);
    expect(first.contains(matchIn(list)!)).to.equal(true);
    await list.updateComplete;
  });

  it('finds a title far down, in a group the browser skipped, and reveals that group', async () => {
    const list = await renderSearchable();
    await list.updateComplete;
    // Every initiative ends up in the DOM, so the whole list is searchable.
    const items = [...list.shadowRoot!.querySelectorAll('.item')];
    expect(items).to.have.length(2000);
    // A title near the end that no other item contains, so the first match is that item.
    const target = items.slice(1800).find((item) => !items.some((other) => other !== item && other.textContent!.includes(titleOf(item))))!;
    const group = target.parentElement!;
    expect(group.getBoundingClientRect().top).to.be.above(window.innerHeight);
    expect(target.checkVisibility({ contentVisibilityAuto: true }), 'the group starts skipped').to.equal(false);
    const states: boolean[] = [];
    group.addEventListener('contentvisibilityautostatechange', (event) => states.push((event as ContentVisibilityAutoStateChangeEvent).skipped));

    expect(find(titleOf(target))).to.equal(true);
    expect(target.contains(matchIn(list)!)).to.equal(true);
    await waitUntil(() => states.includes(false), 'the group was never revealed', { timeout: 2000 });
    expect(target.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    const { top, bottom } = target.getBoundingClientRect();
    expect(top).to.be.below(window.innerHeight);
    expect(bottom).to.be.above(0);
  });

  it('does not find what the filters hide', async () => {
    const list = await renderSearchable();
    await list.updateComplete;
    const items = [...list.shadowRoot!.querySelectorAll('.item')];
    const target = items.slice(1800).find((item) => !items.some((other) => other !== item && other.textContent!.includes(titleOf(item))))!;
    const status = part<HTMLSelectElement>(list, '#status');
    status.value = target.querySelector('.status.planned') ? 'ongoing' : 'planned';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await list.updateComplete;
    expect(target.checkVisibility()).to.equal(false);
    expect(find(titleOf(target))).to.equal(false);
  });
});
