// What assistive technology and forced colours get: Chromium's own accessibility tree
// and forced-colors emulation, through the goal chart's test routes (test/server/goal-chart.js).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/setup.js';
import { axTree, forcedColors, systemColor } from '../goal-chart/helpers.js';
import { keepPageUrl, listOfFixture, part, renderList, shownItems } from './helpers.js';
import { html } from 'lit';

describe('<vagval-initiative-list> semantics', () => {
  keepPageUrl();

  it('is one list whose items are exactly the initiatives shown, with headings, a search landmark and one live region', async () => {
    const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
    let tree = await axTree();
    expect(tree.filter((node) => node.role === 'list')).to.have.length(1);
    expect(tree.filter((node) => node.role === 'listitem')).to.have.length(9);
    expect(tree.filter((node) => node.role === 'heading').map((node) => node.name)).to.include('Motion på recept');
    expect(tree.some((node) => node.role === 'search' && node.name === 'Filtrera initiativ')).to.equal(true);
    expect(tree.filter((node) => node.live === 'polite')).to.have.length(1);

    part(list, '#query').focus();
    await sendKeys({ type: 'cykel' });
    await list.updateComplete;
    tree = await axTree();
    // Filtered-out items leave the tree: the list says "3 items", not 9.
    expect(tree.filter((node) => node.role === 'listitem')).to.have.length(3);
    // Shapes are decoration: the status is read as its text alone.
    expect(tree.some((node) => node.role === 'StaticText' && node.name === 'Genomfört')).to.equal(true);
  });

  it('keeps the status shapes and area marks visible in forced colours, and passes axe there', async () => {
    const list = await renderList(listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`));
    await forcedColors(true);
    try {
      const text = systemColor('CanvasText');
      const [first, , third] = shownItems(list);
      const ongoing = getComputedStyle(first!.querySelector('.status .shape')!);
      expect(ongoing.borderTopColor).to.equal(text);
      expect(ongoing.backgroundImage).to.contain('gradient');
      const completed = getComputedStyle(third!.querySelector('.status .shape')!);
      expect(completed.backgroundColor).to.equal(text);
      expect(getComputedStyle(first!.querySelector('.area')!, '::before').backgroundColor).to.equal(text);
      await expect(list).to.be.accessible();
    } finally {
      await forcedColors(false);
    }
  });
});
