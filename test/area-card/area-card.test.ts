import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/elements/area-card/define.js';
import '../../src/elements/strategy/define.js';
import { VagvalAreaCard } from '../../src/elements/area-card/area-card.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import '../helpers/setup.js';
import { nextEvent, stateIs, strategyUrl } from '../helpers/setup.js';
import { inProvider, json, mount, settle, shadow, testData, text } from './fixtures.js';

const card = (root: ParentNode, selector = 'vagval-area-card') => root.querySelector<VagvalAreaCard>(selector)!;
const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (element: Element) => shadow(element).querySelector<HTMLAnchorElement>('a');

/** Collects the errors an element reports, to assert both that they come and that they do not repeat. */
function collectErrors(target: EventTarget): VagvalErrorDetail[] {
  const seen: VagvalErrorDetail[] = [];
  target.addEventListener('vagval-error', (event) => seen.push((event as CustomEvent<VagvalErrorDetail>).detail));
  return seen;
}

describe('<vagval-area-card> with data', () => {
  it('shows the area: heading with link, summary, goal status summary and initiatives', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat"></vagval-area-card>');
    const el = card(wrapper);
    const heading = shadow(el).querySelector('h3')!;
    expect(heading.getAttribute('part')).to.equal('title');
    expect(text(heading)).to.equal('Klimat');
    // Links from the data resolve against the data file (here the page, for inline data).
    expect(link(el)!.getAttribute('href')).to.equal(new URL('#omrade-klimat', document.baseURI).href);
    expect(text(part(el, 'summary'))).to.equal('Vi minskar stadens utsläpp.');
    expect(text(part(el, 'status'))).to.equal('3 mål: 1 uppnått, 1 på väg, 1 i riskzonen');
    expect(text(part(el, 'initiatives'))).to.equal('3 initiativ');
    await expect(el).to.be.accessible();
  });

  it('says each status in words with its own shape, so colour is never needed', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="trygghet"></vagval-area-card>');
    const el = card(wrapper);
    expect(text(part(el, 'status'))).to.equal('3 mål: 2 ur kurs, 1 utan mätvärden');
    const items = [...shadow(el).querySelectorAll('.status-item')];
    expect(items.map((item) => item.querySelector('svg')?.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true']);
    const shapes = items.map((item) => item.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(new Set(shapes).size).to.equal(2);
    expect(text(part(el, 'initiatives'))).to.equal('1 initiativ');
  });

  it('has a different shape for each of the five statuses', async () => {
    const data = {
      ...testData,
      initiatives: [],
      areas: [{ id: 'alla', title: 'Alla', goals: ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'].map((status, i) => ({ id: `g${i}`, title: `G${i}`, status })) }],
    };
    const { wrapper } = await inProvider('<vagval-area-card area="alla"></vagval-area-card>', { data });
    const el = card(wrapper);
    expect(text(part(el, 'status'))).to.equal('5 mål: 1 uppnått, 1 på väg, 1 i riskzonen, 1 ur kurs, 1 utan mätvärden');
    const shapes = [...shadow(el).querySelectorAll('.status-item svg')].map((svg) => svg.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(new Set(shapes).size).to.equal(5);
  });

  it('says so when an area has no goals and no initiatives', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="folkhalsa"></vagval-area-card>');
    const el = card(wrapper);
    expect(text(part(el, 'status'))).to.equal('Inga mål angivna');
    expect(text(part(el, 'initiatives'))).to.equal('Inga initiativ ännu');
    expect(part(el, 'summary')!.hidden).to.equal(true);
    expect(link(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en" and marks the Swedish data text as Swedish', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat"></vagval-area-card>', { lang: 'en' });
    const el = card(wrapper);
    expect(text(part(el, 'status'))).to.equal('3 goals: 1 achieved, 1 on track, 1 at risk');
    expect(text(part(el, 'initiatives'))).to.equal('3 initiatives');
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('sv');
    expect(part(el, 'summary')!.getAttribute('lang')).to.equal('sv');
    await expect(el).to.be.accessible();
  });

  it('follows a change of the page language', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat"></vagval-area-card>', { lang: 'en' });
    const el = card(wrapper);
    wrapper.lang = 'sv';
    await waitUntil(() => text(part(el, 'status')).startsWith('3 mål'), 'the card did not switch to Swedish');
    expect(part(el, 'title')!.hasAttribute('lang')).to.equal(false);
  });

  it('uses the English data file under lang="en" without extra lang attributes', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card lang="en" src="data/vagval-2020-en.json" area="klimat"></vagval-area-card>`);
    await waitUntil(() => part(el, 'title'), 'the card never showed its area');
    expect(text(part(el, 'title'))).to.equal('Climate');
    expect(part(el, 'title')!.hasAttribute('lang')).to.equal(false);
    expect(text(part(el, 'status'))).to.match(/^2 goals: /);
    await expect(el).to.be.accessible();
  });

  it('sets the heading level with heading-level', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat" heading-level="2"></vagval-area-card>');
    const el = card(wrapper);
    expect(shadow(el).querySelector('h2')).to.exist;
    el.headingLevel = 5;
    await el.updateComplete;
    expect(shadow(el).querySelector('h5 a')).to.exist;
    expect(shadow(el).querySelectorAll('h2, h3, h4, h6')).to.have.length(0);
  });

  it('clamps an out-of-range heading-level and reports it once', async () => {
    const container = document.createElement('div');
    const errors = collectErrors(container);
    document.body.append(container);
    container.innerHTML = '<vagval-area-card heading="Klimat" heading-level="1"></vagval-area-card>';
    const el = card(container);
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')).to.exist;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0]!.issues).to.deep.equal([{ path: 'heading-level', message: 'expected a whole number from 2 to 6, got 1; using 2' }]);
    el.setAttribute('heading-level', 'sju');
    await el.updateComplete;
    expect(shadow(el).querySelector('h3')).to.exist;
    expect(errors[1]!.issues[0]!.message).to.contain('got "sju"');
    container.remove();
  });

  it('shows a clear message and fires vagval-error for an area id that is not in the data', async () => {
    const container = document.createElement('div');
    const errors = collectErrors(container);
    container.innerHTML = `<vagval-strategy><script type="application/json">${json(testData)}</script><vagval-area-card area="klimatt"></vagval-area-card></vagval-strategy>`;
    const reported = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
    document.body.append(container);
    const { detail } = await reported;
    expect(detail.message).to.equal('No area "klimatt" in the data.');
    expect(detail.issues).to.deep.equal([{ path: 'area', message: 'no area has the id "klimatt"; the ids are "klimat", "trygghet", "folkhalsa"' }]);
    const el = card(container);
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('Området kunde inte visas.');
    expect(text(part(el, 'error-details'))).to.contain('no area has the id "klimatt"');
    expect(part(el, 'card')).to.equal(null);
    await expect(el).to.be.accessible();
    // Later renders do not repeat the report; fixing the id shows the card.
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    el.area = 'klimat';
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Klimat');
    container.remove();
  });

  it('explains an unknown area in English under lang="en"', async () => {
    const container = document.createElement('div');
    container.lang = 'en';
    const reported = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
    container.innerHTML = `<vagval-strategy><script type="application/json">${json(testData)}</script><vagval-area-card area="climate"></vagval-area-card></vagval-strategy>`;
    document.body.append(container);
    await reported;
    const el = card(container);
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('This area could not be shown.');
    expect(text(part(el, 'error-details'))).to.contain('Details for the web editor (1 issue)');
    await expect(el).to.be.accessible();
    container.remove();
  });

  it('fires no vagval-error when its input is fine, in either mode', async () => {
    const container = document.createElement('div');
    const errors = collectErrors(container);
    container.innerHTML = `<vagval-strategy><script type="application/json">${json(testData)}</script>
      <vagval-area-card area="klimat" heading-level="4" color="#123"></vagval-area-card>
    </vagval-strategy>
    <vagval-area-card heading="Trygghet" href="/trygghet" color="#5b2a86">Text.</vagval-area-card>`;
    document.body.append(container);
    await stateIs(container.querySelector('vagval-strategy')!, 'ready');
    await settle(container);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.deep.equal([]);
    container.remove();
  });

  it('shows a loading text while the provider loads, then the area', async () => {
    const el = await mount<HTMLElement>(html`<vagval-strategy src=${strategyUrl({ delay: 300, file: 'minimal-strategy.json' })}
      ><vagval-area-card area="hallbar-valfard"></vagval-area-card
    ></vagval-strategy>`);
    const child = card(el);
    await child.updateComplete;
    const loading = shadow(child).querySelector('.loading')!;
    expect(text(loading)).to.equal('Laddar…');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    await expect(child).to.be.accessible();
    await stateIs(el, 'ready');
    await child.updateComplete;
    expect(text(part(child, 'title'))).to.equal('Hållbar välfärd');
  });

  it('renders nothing of its own when the provider failed without data (the provider shows the error; the fallback, here none, stays)', async () => {
    const container = document.createElement('div');
    const cardErrors: VagvalErrorDetail[] = [];
    container.innerHTML = `<vagval-strategy src="/test/area-card/missing.json"><vagval-area-card area="klimat"></vagval-area-card></vagval-strategy>`;
    const el = card(container);
    el.addEventListener('vagval-error', (event) => {
      if (event.target === el) cardErrors.push(event.detail);
    });
    document.body.append(container);
    await stateIs(container.querySelector('vagval-strategy')!, 'error');
    await el.updateComplete;
    expect(shadow(el).textContent!.trim()).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(cardErrors).to.have.length(0);
    container.remove();
  });

  it('loads its own src outside a provider', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card src="data/vagval-2020.json" area="trygghet"></vagval-area-card>`);
    await waitUntil(() => part(el, 'title'), 'the card never showed its area');
    expect(text(part(el, 'title'))).to.equal('Trygghet');
    expect(link(el)!.href).to.equal('https://example.se/vagval/trygghet');
    await expect(el).to.be.accessible();
  });

  it('shows the error itself when its own src fails', async () => {
    const el = document.createElement('vagval-area-card') as VagvalAreaCard;
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    el.src = '/test/area-card/missing.json';
    el.area = 'klimat';
    document.body.append(el);
    expect((await failed).detail.message).to.match(/404/);
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('Uppgifterna kunde inte visas.');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports a card with an area but no data at all', async () => {
    const el = document.createElement('vagval-area-card') as VagvalAreaCard;
    el.area = 'klimat';
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.issues[0]!.path).to.equal('area');
    expect(detail.issues[0]!.message).to.contain('<vagval-strategy>');
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('Området kunde inte visas.');
    el.remove();
  });

  it('resolves relative links against the data file and drops unsafe ones, keeping the title', async () => {
    const data = {
      ...testData,
      initiatives: [],
      areas: [
        { id: 'relativ', title: 'Relativ', href: 'omraden/relativ.html' },
        { id: 'farlig', title: 'Farlig', href: 'javascript:alert(1)' },
      ],
    };
    const { wrapper } = await inProvider('<vagval-area-card area="relativ"></vagval-area-card><vagval-area-card id="farlig" area="farlig"></vagval-area-card>', { data });
    expect(link(card(wrapper))!.href).to.equal(new URL('omraden/relativ.html', document.baseURI).href);
    const unsafe = card(wrapper, '#farlig');
    expect(link(unsafe)).to.equal(null);
    expect(text(part(unsafe, 'title'))).to.equal('Farlig');
    expect(part(unsafe, 'card')!.classList.contains('linked')).to.equal(false);
  });

  it('lets attributes replace the data: heading, href, color and slotted summary', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat" heading="Klimat och miljö" href="/klimat" color="#123456">Egen text.</vagval-area-card>');
    const el = card(wrapper);
    expect(text(part(el, 'title'))).to.equal('Klimat och miljö');
    expect(link(el)!.getAttribute('href')).to.equal('/klimat');
    expect(part(el, 'summary')!.hasAttribute('lang')).to.equal(false);
    expect(text(part(el, 'summary'))).to.equal('');
    expect(shadow(el).querySelector<HTMLSlotElement>('.summary slot')!.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Egen text.']);
    expect(getComputedStyle(part(el, 'card')!).borderTopColor).to.equal('rgb(18, 52, 86)');
  });
});

describe('<vagval-area-card> standalone', () => {
  it('shows heading, link and slotted text without any data file', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Trygghet" href="/trygghet">Alla ska känna sig trygga.</vagval-area-card>`);
    await settle(el.parentElement!);
    expect(text(part(el, 'title'))).to.equal('Trygghet');
    expect(link(el)!.getAttribute('href')).to.equal('/trygghet');
    expect(part(el, 'summary')!.hidden).to.equal(false);
    expect(part(el, 'status')).to.equal(null);
    expect(part(el, 'initiatives')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('has slots for an image and for extra content', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" href="#k"
      ><img slot="media" alt="" src="data/images/solceller-kommunala-tak.svg" /><p>Text.</p
      ><p slot="footer">Uppdaterad i mars.</p></vagval-area-card
    >`);
    await settle(el.parentElement!);
    expect(part(el, 'media')!.hidden).to.equal(false);
    expect(shadow(el).querySelector<HTMLSlotElement>('slot[name="media"]')!.assignedElements()[0]!.tagName).to.equal('IMG');
    expect(shadow(el).querySelector<HTMLSlotElement>('slot[name="footer"]')!.assignedElements()).to.have.length(1);
    // The image is drawn above the heading, but the heading comes first for screen readers.
    const media = part(el, 'media')!.getBoundingClientRect();
    const title = part(el, 'title')!.getBoundingClientRect();
    expect(media.top).to.be.below(title.top);
    await expect(el).to.be.accessible();
  });

  it('draws an image without a size across the card, in its own proportions', async () => {
    const small = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>')}`;
    const el = await mount<VagvalAreaCard>(
      html`<vagval-area-card heading="Klimat" style="inline-size: 320px"><img slot="media" alt="" src=${small} /></vagval-area-card>`,
    );
    const image = el.querySelector('img')!;
    await image.decode();
    const media = part(el, 'media')!.getBoundingClientRect();
    const box = image.getBoundingClientRect();
    expect(media.width).to.be.greaterThan(200);
    expect(box.width).to.equal(media.width);
    expect(box.height).to.be.closeTo(media.width / 2, 0.5);
    // An icon keeps the size its attributes give it.
    image.setAttribute('width', '40');
    expect(image.getBoundingClientRect().width).to.equal(40);
  });

  it('shows slotted content added later', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat"></vagval-area-card>`);
    expect(part(el, 'summary')!.hidden).to.equal(true);
    el.append('Ny text.');
    await waitUntil(() => !part(el, 'summary')!.hidden, 'the summary never showed');
  });

  it('has no link, no tab stop and no pointer when there is no href', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Trygghet">Text.</vagval-area-card>`);
    expect(link(el)).to.equal(null);
    expect(getComputedStyle(part(el, 'card')!).cursor).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('ignores an invalid colour and reports it, keeping the card', async () => {
    const container = document.createElement('div');
    const reported = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
    container.innerHTML = '<vagval-area-card heading="Klimat" color="red; background: url(x)">Text.</vagval-area-card>';
    document.body.append(container);
    const { detail } = await reported;
    expect(detail.issues).to.have.length(1);
    expect(detail.issues[0]!.path).to.equal('color');
    const el = card(container);
    expect(text(part(el, 'title'))).to.equal('Klimat');
    expect(part(el, 'card')!.style.getPropertyValue('--_accent')).to.equal('');
    expect(part(el, 'card')!.getAttribute('style')).to.equal(null);
    container.remove();
  });

  it('reports a standalone card without a heading', async () => {
    const el = document.createElement('vagval-area-card') as VagvalAreaCard;
    const reported = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    document.body.append(el);
    expect((await reported).detail.issues[0]!.path).to.equal('heading');
    el.remove();
  });

  it('never throws, whatever its attributes', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card></vagval-area-card>`);
    for (const [name, value] of [['heading-level', 'NaN'], ['color', '#zzz'], ['href', 'javascript:alert(1)'], ['area', '  '], ['heading', '<b>x</b>']] as const) {
      el.setAttribute(name, value);
      await el.updateComplete;
    }
    expect(text(part(el, 'title'))).to.equal('<b>x</b>');
    expect(shadow(el).querySelector('b')).to.equal(null);
    expect(link(el)).to.equal(null);
  });

  it('inherits the page font and text colour', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="font-family: serif; color: rgb(20, 30, 40); font-size: 20px"
      ><vagval-area-card heading="Klimat" href="#k">Text.</vagval-area-card></div
    >`);
    const el = card(wrapper);
    const summary = getComputedStyle(part(el, 'summary')!);
    expect(summary.fontFamily).to.equal('serif');
    expect(summary.color).to.equal('rgb(20, 30, 40)');
    expect(summary.fontSize).to.equal('20px');
  });
});

describe('<vagval-area-card> accent colour', () => {
  it('colours the title with a dark accent that contrasts with the background', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat"></vagval-area-card>');
    const el = card(wrapper);
    expect(getComputedStyle(part(el, 'card')!).borderTopColor).to.equal('rgb(46, 107, 48)');
    expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(46, 107, 48)');
  });

  it('uses a light accent only for the bar, never for text', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="trygghet"></vagval-area-card>');
    const el = card(wrapper);
    expect(getComputedStyle(part(el, 'card')!).borderTopColor).to.equal('rgb(255, 212, 0)');
    expect(getComputedStyle(part(el, 'title')!).color).to.equal(getComputedStyle(wrapper).color);
  });

  it('judges the accent against the real background: a dark accent on a dark page is not text', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="background: #111; color: #eee">
      <vagval-area-card id="dark" heading="Klimat" href="#k" color="#2e6b30">Text.</vagval-area-card>
      <vagval-area-card id="light" heading="Trygghet" href="#t" color="#ffd400">Text.</vagval-area-card>
    </div>`);
    await settle(wrapper);
    expect(getComputedStyle(part(card(wrapper, '#dark'), 'title')!).color).to.equal('rgb(238, 238, 238)');
    expect(getComputedStyle(part(card(wrapper, '#light'), 'title')!).color).to.equal('rgb(255, 212, 0)');
  });

  it('judges the card background set by the page, and a translucent one over the page', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="background: #fff">
      <vagval-area-card id="own" style="--vagval-card-background: #000" heading="A" color="#ffd400">Text.</vagval-area-card>
      <vagval-area-card id="glass" style="--vagval-card-background: rgb(0 0 0 / 0.05)" heading="B" color="#2e6b30">Text.</vagval-area-card>
    </div>`);
    await settle(wrapper);
    expect(getComputedStyle(part(card(wrapper, '#own'), 'title')!).color).to.equal('rgb(255, 212, 0)');
    expect(getComputedStyle(part(card(wrapper, '#glass'), 'title')!).color).to.equal('rgb(46, 107, 48)');
  });

  it('takes --vagval-card-accent from the page instead of the area colour, checked the same way', async () => {
    const { wrapper } = await inProvider('<vagval-area-card style="--vagval-card-accent: #ffd400" area="klimat"></vagval-area-card>');
    const el = card(wrapper);
    expect(getComputedStyle(part(el, 'card')!).borderTopColor).to.equal('rgb(255, 212, 0)');
    expect(getComputedStyle(part(el, 'title')!).color).to.not.equal('rgb(255, 212, 0)');
  });

  it('sets the colour through CSSOM, never a style attribute', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" color="#2e6b30">Text.</vagval-area-card>`);
    const box = part(el, 'card')!;
    expect(box.style.getPropertyValue('--_accent')).to.equal('#2e6b30');
    el.color = '#123';
    await el.updateComplete;
    expect(box.style.getPropertyValue('--_accent')).to.equal('#123');
  });
});

describe('<vagval-area-card> keyboard, pointer and screen readers', () => {
  afterEach(async () => {
    await resetMouse();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    document.getSelection()?.removeAllRanges();
  });

  it('has exactly one link, named by the title, inside its heading', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat"><p slot="footer">Fot</p></vagval-area-card>');
    const el = card(wrapper);
    const links = [...shadow(el).querySelectorAll('a, [role="link"]'), ...el.querySelectorAll('a, [role="link"]')];
    expect(links).to.have.length(1);
    expect(text(links[0])).to.equal('Klimat');
    expect(links[0]!.parentElement!.localName).to.equal('h3');
    // The arrow after the title is drawn by CSS with empty alternative text: not part of the name.
    expect(getComputedStyle(links[0]!, '::after').content).to.match(/^"→" \/ ""$/);
  });

  it('is one tab stop, with a visible ring round the whole card', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button id="before">Före</button>
      <vagval-area-card heading="Klimat" href="#k">Text <span slot="footer">Fot</span></vagval-area-card>
      <button id="after">Efter</button>
    </div>`);
    const el = card(wrapper);
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(link(el));
    const ring = getComputedStyle(part(el, 'card')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
    expect(getComputedStyle(part(el, 'card')!).outlineStyle).to.equal('none');
  });

  it('follows the link on Enter', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" href="#omrade-klimat">Text.</vagval-area-card>`);
    link(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => location.hash === '#omrade-klimat', 'Enter did not follow the link');
  });

  it('follows the link when the reader clicks anywhere on the card', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" href="#klick">En text att klicka på.</vagval-area-card>`);
    const box = part(el, 'summary')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => location.hash === '#klick', 'a click on the card did not follow the link');
  });

  it('keeps text selectable: selecting by dragging does not follow the link', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" href="#drag">En ganska lång text som går att markera.</vagval-area-card>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    const box = part(el, 'summary')!.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 120), y] });
    await sendMouse({ type: 'up' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clicks).to.equal(1);
    expect(document.getSelection()!.toString().length).to.be.above(3);
    expect(location.hash).to.equal('');
    expect(getComputedStyle(part(el, 'summary')!).userSelect).to.not.equal('none');
  });

  it('selects text in the shadow root too (the data summary) without following the link', async () => {
    const { wrapper } = await inProvider('<vagval-area-card area="klimat"></vagval-area-card>');
    const el = card(wrapper);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    const box = part(el, 'summary')!.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 100), y] });
    await sendMouse({ type: 'up' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(clicks).to.equal(1);
    expect(document.getSelection()!.toString()).to.match(/^Vi minskar/);
    expect(location.hash).to.equal('');
  });

  it('leaves clicks on interactive content in the footer to that content', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" href="#kort"
      >Text.<button slot="footer" type="button">Spara</button></vagval-area-card
    >`);
    let pressed = 0;
    el.querySelector('button')!.addEventListener('click', () => pressed++);
    const box = el.querySelector('button')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pressed).to.equal(1);
    expect(location.hash).to.equal('');
  });

  it('does nothing on a click when it has no link', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat">Text.</vagval-area-card>`);
    el.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(location.hash).to.equal('');
  });
});

describe('<vagval-area-card> layout and media preferences', () => {
  it('wraps a long title and summary inside 320 px without overflow', async () => {
    const long = 'Samhällsbyggnadsförvaltningens kvalitetsutvecklingsprogram för barn- och ungdomsverksamheter';
    const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: 320px">
      <vagval-area-card heading=${long} href="#l">Arbetsmarknadsförvaltningsövergripande samverkansöverenskommelser.</vagval-area-card>
    </div>`);
    const el = card(wrapper);
    await el.updateComplete;
    const box = part(el, 'card')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(part(el, 'title')!.scrollWidth).to.be.at.most(part(el, 'title')!.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('animates its hover only when motion is welcome', async () => {
    const el = await mount<VagvalAreaCard>(html`<vagval-area-card heading="Klimat" href="#k">Text.</vagval-area-card>`);
    const box = part(el, 'card')!;
    const rect = box.getBoundingClientRect();
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(box).transitionDuration).to.not.equal('0s');
      await sendMouse({ type: 'move', position: [Math.round(rect.left + 20), Math.round(rect.top + 20)] });
      expect(getComputedStyle(box).transform).to.not.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(box).transitionDuration).to.equal('0s');
      expect(getComputedStyle(box).transform).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await resetMouse();
    }
  });

  it('keeps borders, focus ring and status shapes visible in forced colours', () => {
    // Chromium's forced colours cannot be switched on from here; check the rules themselves.
    const sheets = (VagvalAreaCard.styles as { styleSheet?: CSSStyleSheet }[]).map((style) => style.styleSheet!);
    const forced = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const declared = (selector: string, property: string) => forced.find((rule) => rule.selectorText.includes(selector))?.style.getPropertyValue(property);
    expect(declared('.card', 'border-color')).to.equal('canvastext');
    expect(declared('.status-icon', 'color')).to.equal('canvastext');
    expect(declared('.link:focus-visible', 'outline-color')).to.equal('highlight');
  });
});
