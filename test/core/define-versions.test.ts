// Another version of the library defined the tags first: ours must not throw, and warns once for the page.
// Nothing is defined at import time: the other copy's tags must come first.
import { expect } from '@open-wc/testing';
import 'lit';
import { VERSION } from '../../src/version.js';
import { defineAsOtherCopy, TAGS, warningsDuring } from './define-tags.js';

type DefineModule = typeof import('../../src/core/define.js');

describe('loading the library when another version defined its tags', () => {
  before(() => defineAsOtherCopy('0.0.1-other'));

  it('keeps their definitions and warns once, naming its tags and both versions', async () => {
    const theirs = TAGS.map((tag) => customElements.get(tag));
    const warnings = await warningsDuring(() => import('../../src/define.js'));
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(theirs);
    expect(warnings).to.have.length(1);
    const [warning] = warnings;
    expect(warning).to.contain(`vagval-widgets ${VERSION}`).and.contain('version 0.0.1-other');
    for (const tag of TAGS) expect(warning).to.contain(`<${tag}>`);
  });

  it('does not warn again for another copy of the library on the same page', async () => {
    // A second module instance has state of its own: only the page-wide mark can keep it quiet.
    const copy = `${new URL('../../src/core/define.ts', import.meta.url).href}?copy=2`;
    const warnings = await warningsDuring(async () => {
      const { defineElement } = (await import(copy)) as DefineModule;
      defineElement('vagval-goal-chart', class extends HTMLElement {});
    });
    expect(warnings).to.deep.equal([]);
  });
});
