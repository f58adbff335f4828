import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/area-grid/define.js';
import '../../src/elements/strategy/define.js';
import type { VagvalAreaCard } from '../../src/elements/area-card/area-card.js';
import type { VagvalAreaGrid } from '../../src/elements/area-grid/area-grid.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import '../helpers/setup.js';
import { nextEvent, stateIs, strategyUrl } from '../helpers/setup.js';
import { inProvider, json, mount, settle, testData, text } from '../area-card/fixtures.js';

const gridIn = (root: ParentNode) => root.querySelector<VagvalAreaGrid>('vagval-area-grid')!;
const cardsOf = (grid: Element) => [...grid.shadowRoot!.querySelectorAll<VagvalAreaCard>('vagval-area-card')];
const titles = (grid: Element) => cardsOf(grid).map((card) => text(card.shadowRoot!.querySelector('[part~="title"]')));

/** How many columns the grid lays out: the distinct left edges of its items. */
function columnCount(grid: Element): number {
  const items = [...grid.shadowRoot!.querySelectorAll('li')];
  return new Set(items.map((item) => Math.round(item.getBoundingClientRect().left))).size;
}

async function gridAtWidth(width: string, data: unknown = undefined) {
  const markup = `<vagval-strategy src="data/vagval-2020.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>`;
  const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: ${width}"></div>`);
  if (data) wrapper.innerHTML = `<vagval-strategy><script type="application/json">${json(data)}</script><vagval-area-grid></vagval-area-grid></vagval-strategy>`;
  else wrapper.innerHTML = markup;
  await stateIs(wrapper.querySelector('vagval-strategy')!, 'ready');
  await settle(wrapper);
  return { wrapper, grid: gridIn(wrapper) };
}

describe('<vagval-area-grid>', () => {
  it('shows every area as a card, in the data order, as a list', async () => {
    const { wrapper } = await inProvider('<vagval-area-grid></vagval-area-grid>');
    const grid = gridIn(wrapper);
    const list = grid.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.children).to.have.length(3);
    expect([...list.children].every((item) => item.localName === 'li')).to.equal(true);
    expect(titles(grid)).to.deep.equal(['Klimat', 'Trygghet', 'Folkhälsa']);
    expect(text(cardsOf(grid)[0]!.shadowRoot!.querySelector('[part~="status"]'))).to.equal('3 mål: 1 uppnått, 1 på väg, 1 i riskzonen');
    await expect(grid).to.be.accessible();
  });

  it('shows the five areas of Vägval 2020, each with one link and one tab stop', async () => {
    const { wrapper, grid } = await gridAtWidth('1000px');
    expect(titles(grid)).to.deep.equal(['Hållbar välfärd', 'Tillväxt', 'Trygghet', 'Klimat', 'Folkhälsa']);
    for (const card of cardsOf(grid)) expect(card.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    const before = document.createElement('button');
    before.textContent = 'Före';
    wrapper.prepend(before);
    before.focus();
    const focused: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const card = grid.shadowRoot!.activeElement as VagvalAreaCard;
      focused.push(text(card.shadowRoot!.activeElement));
    }
    expect(focused).to.deep.equal(['Hållbar välfärd', 'Tillväxt', 'Trygghet', 'Klimat', 'Folkhälsa']);
    await sendKeys({ press: 'Tab' });
    expect(grid.shadowRoot!.activeElement).to.equal(null);
    await expect(grid).to.be.accessible();
  });

  it('lays out one column at 320 px and more as its own width allows', async () => {
    expect(columnCount((await gridAtWidth('320px')).grid)).to.equal(1);
    expect(columnCount((await gridAtWidth('640px')).grid)).to.equal(2);
    expect(columnCount((await gridAtWidth('1000px')).grid)).to.equal(3);
  });

  it('follows its container, not the viewport: a narrow column in a wide window has one column', async () => {
    const { grid } = await gridAtWidth('300px');
    expect(window.innerWidth).to.be.above(700);
    expect(columnCount(grid)).to.equal(1);
  });

  it('keeps long titles inside the cards at 320 px', async () => {
    const long = {
      ...testData,
      areas: [
        { id: 'lang', title: 'Samhällsbyggnadsförvaltningens kvalitetsutvecklingsprogram', summary: 'Arbetsmarknadsförvaltningsövergripande samverkansöverenskommelser.', href: '#x' },
        { id: 'kort', title: 'Kort' },
      ],
      initiatives: [],
    };
    const { grid } = await gridAtWidth('320px', long);
    expect(grid.scrollWidth).to.be.at.most(320);
    for (const card of cardsOf(grid)) {
      const box = card.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(card.getBoundingClientRect().right).to.be.at.most(grid.getBoundingClientRect().right + 0.5);
    }
    await expect(grid).to.be.accessible();
  });

  it('gives the cards of one row the same height', async () => {
    const { grid } = await gridAtWidth('1000px');
    const heights = cardsOf(grid)
      .slice(0, 3)
      .map((card) => Math.round(card.shadowRoot!.querySelector('[part~="card"]')!.getBoundingClientRect().height));
    expect(new Set(heights).size).to.equal(1);
  });

  it('speaks English under lang="en" with the English data', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="en">
      <vagval-strategy src="data/vagval-2020-en.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>
    </div>`);
    await stateIs(wrapper.querySelector('vagval-strategy')!, 'ready');
    await settle(wrapper);
    const grid = gridIn(wrapper);
    expect(titles(grid)).to.deep.equal(['Sustainable welfare', 'Growth', 'Safety', 'Climate', 'Public health']);
    const status = text(cardsOf(grid)[0]!.shadowRoot!.querySelector('[part~="status"]'));
    expect(status).to.match(/^3 goals: /);
    await expect(grid).to.be.accessible();
  });

  it('passes heading-level to every card', async () => {
    const { wrapper } = await inProvider('<vagval-area-grid heading-level="2"></vagval-area-grid>');
    const grid = gridIn(wrapper);
    expect(cardsOf(grid).every((card) => card.shadowRoot!.querySelector('h2'))).to.equal(true);
  });

  it('reports an out-of-range heading-level once, from the grid, and clamps it', async () => {
    const container = document.createElement('div');
    const errors: { target: EventTarget | null; detail: VagvalErrorDetail }[] = [];
    container.addEventListener('vagval-error', (event) => errors.push({ target: event.target, detail: event.detail }));
    container.innerHTML = `<vagval-strategy><script type="application/json">${json(testData)}</script><vagval-area-grid heading-level="8"></vagval-area-grid></vagval-strategy>`;
    document.body.append(container);
    await stateIs(container.querySelector('vagval-strategy')!, 'ready');
    await settle(container);
    const grid = gridIn(container);
    expect(cardsOf(grid).every((card) => card.shadowRoot!.querySelector('h6'))).to.equal(true);
    expect(errors).to.have.length(1);
    expect(errors[0]!.target).to.equal(grid);
    expect(errors[0]!.detail.issues[0]!.path).to.equal('heading-level');
    container.remove();
  });

  it('shows a loading text while the data loads', async () => {
    const wrapper = await mount<HTMLElement>(html`<vagval-strategy src=${strategyUrl({ delay: 300, file: 'minimal-strategy.json' })}
      ><vagval-area-grid></vagval-area-grid
    ></vagval-strategy>`);
    const grid = gridIn(wrapper);
    await grid.updateComplete;
    const loading = grid.shadowRoot!.querySelector('.loading')!;
    expect(text(loading)).to.equal('Laddar…');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    await expect(grid).to.be.accessible();
    await stateIs(wrapper, 'ready');
    await settle(wrapper);
    expect(titles(grid)).to.deep.equal(['Hållbar välfärd']);
  });

  it('says so when the data has no areas', async () => {
    const { wrapper } = await inProvider('<vagval-area-grid></vagval-area-grid>', { data: { ...testData, areas: [], initiatives: [] } });
    const grid = gridIn(wrapper);
    expect(grid.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(text(grid.shadowRoot!.querySelector('.empty'))).to.equal('Det finns inga prioriterade områden att visa.');
    await expect(grid).to.be.accessible();
  });

  it('renders nothing of its own when the provider failed without data (the fallback, here none, stays)', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<vagval-strategy src="/test/area-grid/missing.json"><vagval-area-grid></vagval-area-grid></vagval-strategy>`;
    document.body.append(container);
    await stateIs(container.querySelector('vagval-strategy')!, 'error');
    const grid = gridIn(container);
    await grid.updateComplete;
    expect(grid.shadowRoot!.textContent!.trim()).to.equal('');
    expect(grid.getBoundingClientRect().height).to.equal(0);
    container.remove();
  });

  it('still shows the cards when the data has issues but is usable', async () => {
    const withIssue = { ...testData, initiatives: [...testData.initiatives, { id: 'i9', title: 'Fel', areas: ['finns-inte'] }] };
    const container = document.createElement('div');
    container.innerHTML = `<vagval-strategy><script type="application/json">${json(withIssue)}</script><vagval-area-grid></vagval-area-grid></vagval-strategy>`;
    document.body.append(container);
    await stateIs(container.querySelector('vagval-strategy')!, 'error');
    await settle(container);
    expect(titles(gridIn(container))).to.deep.equal(['Klimat', 'Trygghet', 'Folkhälsa']);
    // The provider's message says that much is shown.
    const provider = container.querySelector('vagval-strategy')!;
    expect(text(provider.shadowRoot!.querySelector('.error-message'))).to.equal('Några uppgifter kunde inte visas.');
    container.remove();
  });

  it('loads its own src outside a provider and hands the data to its cards', async () => {
    const grid = await mount<VagvalAreaGrid>(html`<vagval-area-grid src="data/vagval-2020.json"></vagval-area-grid>`);
    await waitUntil(() => cardsOf(grid).length === 5, 'the grid never showed its cards');
    await settle(grid.parentElement!);
    expect(titles(grid)[0]).to.equal('Hållbar välfärd');
    await expect(grid).to.be.accessible();
  });

  it('shows the error itself when its own src fails', async () => {
    const grid = document.createElement('vagval-area-grid');
    const failed = nextEvent<VagvalErrorDetail>(grid, 'vagval-error');
    grid.src = '/test/area-grid/missing.json';
    document.body.append(grid);
    expect((await failed).detail.message).to.match(/404/);
    await grid.updateComplete;
    expect(text(grid.shadowRoot!.querySelector('[part~="error"]'))).to.contain('Uppgifterna kunde inte visas.');
    await expect(grid).to.be.accessible();
    grid.remove();
  });

  it('lets the page style the cards through ::part and custom properties', async () => {
    const style = document.createElement('style');
    style.textContent = 'vagval-area-grid.themed::part(title) { color: rgb(1, 2, 3); } vagval-area-grid.themed { --vagval-card-background: rgb(250, 240, 230); --vagval-grid-gap: 2rem; }';
    document.head.append(style);
    try {
      const { wrapper } = await inProvider('<vagval-area-grid class="themed"></vagval-area-grid>');
      const grid = gridIn(wrapper);
      const first = cardsOf(grid)[0]!.shadowRoot!;
      expect(getComputedStyle(first.querySelector('[part~="title"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(first.querySelector('[part~="card"]')!).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(grid.shadowRoot!.querySelector('ul')!).rowGap).to.equal('32px');
    } finally {
      style.remove();
    }
  });
});
