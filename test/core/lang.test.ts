import { expect, fixture, html } from '@open-wc/testing';
import { nearestLang, toUiLang } from '../../src/i18n/lang.js';
import { textLang } from '../../src/core/text-lang.js';

describe('UI language', () => {
  it('maps language tags to the two UI languages, Swedish by default', () => {
    expect(toUiLang('en')).to.equal('en');
    expect(toUiLang('en-GB')).to.equal('en');
    expect(toUiLang('EN-us')).to.equal('en');
    expect(toUiLang('sv-SE')).to.equal('sv');
    expect(toUiLang('ar')).to.equal('sv');
    expect(toUiLang('')).to.equal('sv');
    expect(toUiLang(null)).to.equal('sv');
  });

  it('finds the nearest lang: the element, an ancestor, across shadow roots, then <html>', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><span id="host"></span></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(nearestLang(inner)).to.equal('en');
    inner.setAttribute('lang', 'sv');
    expect(nearestLang(inner)).to.equal('sv');
    const loose = document.createElement('i');
    document.body.append(loose);
    expect(nearestLang(loose)).to.equal(document.documentElement.getAttribute('lang') ?? '');
    loose.remove();
  });

  it("marks data text with the data's language only where it differs from the UI", () => {
    expect(textLang({ lang: 'sv' }, 'sv')).to.equal(undefined);
    expect(textLang({ lang: 'sv-SE' }, 'sv')).to.equal(undefined);
    expect(textLang({ lang: 'sv' }, 'en')).to.equal('sv');
    expect(textLang({}, 'en')).to.equal(undefined);
  });
});
