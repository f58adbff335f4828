// The same version loaded twice (the bundle included twice on a CMS page): no error, no warning.
// Nothing is defined at import time: the first copy's tags must come first.
import { expect } from '@open-wc/testing';
import 'lit';
import { VERSION } from '../../src/version.js';
import { defineAsOtherCopy, TAGS, warningsDuring } from './define-tags.js';

describe('loading the library twice', () => {
  it('keeps the first definitions and warns nothing', async () => {
    defineAsOtherCopy(VERSION);
    const first = TAGS.map((tag) => customElements.get(tag));
    const warnings = await warningsDuring(() => import('../../src/define.js'));
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(first);
    expect(warnings).to.deep.equal([]);
  });
});
