import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VagvalErrorDetail, VagvalFilterChangeDetail } from '../../src/core/events.js';
import type { VagvalInitiativeList } from '../../src/elements/initiative-list/initiative-list.js';
import { formatCount } from '../../src/format/number.js';
import '../helpers/setup.js';
import { nextEvent, stateIs } from '../helpers/setup.js';
import {
  countText,
  delayedUrl,
  FIXTURE_URL,
  keepPageUrl,
  listOfFixture,
  liveText,
  pageParams,
  part,
  pause,
  renderLarge,
  renderList,
  shownItems,
  shownTitles,
  text,
} from './helpers.js';

const ALL_TITLES = [
  'Öppen förskola i Östra',
  'Återvinningscentral i norr',
  'Zoner för cykelparkering',
  'Ängar i stadens parker',
  'Motion på recept',
  'Ärenden på nätet',
  'Allé längs hamnen',
  'Etapp 10 av gång- och cykelnätet',
  'Etapp 2 av gång- och cykelnätet',
];

/** Each fact of an item as "term: value, value" (the colon and commas are drawn by CSS). */
function facts(item: Element): string[] {
  return [...item.querySelectorAll('.fact')].map((fact) => `${text(fact.querySelector('dt'))}: ${[...fact.querySelectorAll('dd')].map(text).join(', ')}`);
}

/** Empties the focused text box with real keys. */
async function clearField(field: HTMLInputElement): Promise<void> {
  for (let i = field.value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
}

/** Collects the events of one name, to assert what was (not) fired. */
function collect<T>(target: EventTarget, name: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  target.addEventListener(name, (event) => events.push(event as CustomEvent<T>));
  return events;
}

describe('<vagval-initiative-list>', () => {
  keepPageUrl();

  describe('items', () => {
    it('shows every initiative with its title, link, summary, status, areas, dates, tags and image', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`));
      expect(shownTitles(list)).to.deep.equal(ALL_TITLES);
      expect(countText(list)).to.equal('Visar alla 9 initiativ.');

      const [first] = shownItems(list);
      const link = first!.querySelector<HTMLAnchorElement>('.title a')!;
      expect(first!.querySelector('.title')!.localName).to.equal('h3');
      expect(link.href).to.equal('https://example.se/oppen-forskola');
      expect(text(first!.querySelector('.summary'))).to.equal('En mötesplats för föräldrar och barn.');
      expect(facts(first!)).to.deep.equal(['Status: Pågår', 'Område: Hållbar välfärd', 'Start: mars 2021', 'Taggar: förskola, barn']);
      expect(first!.querySelector('.status .shape')!.getAttribute('aria-hidden')).to.equal('true');
      const image = first!.querySelector('img')!;
      expect(image.alt).to.equal('Låg förskolebyggnad');
      expect(image.loading).to.equal('lazy');
      expect(new URL(image.src).pathname).to.equal('/data/images/ny-forskola-oster.svg');
      await expect(list).to.be.accessible();
    });

    it('spaces an item’s text the same beside an image as without one', async () => {
      const list = await renderList(listOfFixture(html`<div style="inline-size: 900px; --vagval-image-width: 18rem"><vagval-initiative-list></vagval-initiative-list></div>`));
      const items = shownItems(list);
      // The text's boxes, not the elements': an element stretches to its grid row.
      const box = (item: HTMLElement, selector: string) => {
        const range = document.createRange();
        range.selectNodeContents(item.querySelector(selector)!);
        return range.getBoundingClientRect();
      };
      // The space between title and summary, and between summary and facts.
      const spacing = (item: HTMLElement) => [box(item, '.summary').top - box(item, '.title').bottom, box(item, '.facts').top - box(item, '.summary').bottom];
      const withImage = items.find((item) => item.querySelector('img') && item.querySelector('.summary'))!;
      const without = items.find((item) => !item.querySelector('img') && item.querySelector('.summary'))!;
      // Beside it, not under it: the image is taller than the text.
      const image = withImage.querySelector('img')!;
      await waitUntil(() => image.complete && image.getBoundingClientRect().height > 0, 'the image never loaded');
      expect(image.getBoundingClientRect().top).to.be.lessThan(withImage.querySelector('.summary')!.getBoundingClientRect().top);
      const [a, b] = [spacing(withImage), spacing(without)];
      expect(a[0]).to.be.closeTo(b[0]!, 1);
      expect(a[1]).to.be.closeTo(b[1]!, 1);
    });

    it('marks an image with an empty alt as decorative, and links only what has a link', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`));
      const [, second, third] = shownItems(list);
      expect(third!.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(second!.querySelector('.title a')).to.equal(null);
      expect(second!.querySelector('img')).to.equal(null);
      expect(facts(second!)).to.include('Slut: juni 2027');
      // A year, and a day.
      expect(facts(third!)).to.include.members(['Start: 2020', 'Slut: 15 oktober 2022', 'Områden: Klimat och miljö, Folkhälsa']);
    });

    it('gives each area its colour from the data through a stylesheet, never a style attribute', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`));
      const area = shownItems(list)[0]!.querySelector('.area')!;
      expect(getComputedStyle(area).getPropertyValue('--area-color').trim()).to.equal('#00594f');
      expect(list.shadowRoot!.querySelector('[style]')).to.equal(null);
    });

    it('takes the heading level from heading-level', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list heading-level="2"></vagval-initiative-list>`));
      expect(shownItems(list)[0]!.querySelector('.title')!.localName).to.equal('h2');
    });

    it('drops a link or image source with a scheme the contract does not allow, keeping the text', async () => {
      const data = {
        version: 1,
        title: 'T',
        areas: [{ id: 'a', title: 'A' }],
        initiatives: [{ id: 'x', title: 'Farlig länk', areas: ['a'], href: 'javascript:alert(1)', image: { src: 'data:image/png;base64,AAAA', alt: 'Bild' } }],
      };
      const list = await renderList(html`<vagval-initiative-list><script type="application/json">${JSON.stringify(data)}</script></vagval-initiative-list>`);
      const item = shownItems(list)[0]!;
      expect(text(item.querySelector('.title'))).to.equal('Farlig länk');
      expect(item.querySelector('a')).to.equal(null);
      expect(item.querySelector('img')).to.equal(null);
    });
  });

  describe('presets', () => {
    it('shows only the area, status and order the attributes name, without a filter bar', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list area="klimat" status="ongoing"></vagval-initiative-list>`));
      expect(shownTitles(list)).to.deep.equal(['Ängar i stadens parker']);
      expect(countText(list)).to.equal('Visar 1 initiativ.');
      expect(list.shadowRoot!.querySelector('form')).to.equal(null);

      list.removeAttribute('status');
      list.setAttribute('sort', 'title');
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal([
        'Allé längs hamnen',
        'Etapp 2 av gång- och cykelnätet',
        'Etapp 10 av gång- och cykelnätet',
        'Zoner för cykelparkering',
        'Återvinningscentral i norr',
        'Ängar i stadens parker',
      ]);
    });

    it('sorts newest first by start', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list sort="newest" limit="3"></vagval-initiative-list>`));
      expect(shownTitles(list)).to.deep.equal(['Etapp 10 av gång- och cykelnätet', 'Återvinningscentral i norr', 'Motion på recept']);
    });

    it('reports an area that is not in the data, with the error view and vagval-error', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
      container.innerHTML = `<vagval-strategy src="${FIXTURE_URL}"><vagval-initiative-list area="nowhere"></vagval-initiative-list></vagval-strategy>`;
      const { detail } = await failed;
      expect(detail.issues[0]!.path).to.equal('area');
      expect(detail.issues[0]!.message).to.contain('"nowhere"').and.contain('"klimat"');
      const list = container.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
      await list.updateComplete;
      expect(text(part(list, '[part="error"]'))).to.contain('Uppgifterna kunde inte visas.');
      expect(list.shadowRoot!.querySelector('[part="list"]')).to.equal(null);
      await expect(list).to.be.accessible();

      list.setAttribute('area', 'klimat');
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(shownTitles(list)).to.have.length(6);
    });

    it('reports a status, order or limit it cannot use', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
      container.innerHTML = `<vagval-strategy src="${FIXTURE_URL}"><vagval-initiative-list status="done" sort="random" limit="many"></vagval-initiative-list></vagval-strategy>`;
      const { detail } = await failed;
      expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['status', 'sort', 'limit']);
    });
  });

  describe('states', () => {
    it('says it is loading while the provider loads, then shows the list', async () => {
      const provider = await fixture<HTMLElement>(html`<vagval-strategy src=${delayedUrl(300)}><vagval-initiative-list filters></vagval-initiative-list></vagval-strategy>`);
      const list = provider.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
      await list.updateComplete;
      const loading = part(list, '[part="loading"]');
      expect(text(loading)).to.equal('Laddar…');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      await expect(list).to.be.accessible();
      await stateIs(provider, 'ready');
      await list.updateComplete;
      expect(shownTitles(list)).to.have.length(9);
    });

    it('shows nothing of its own when the provider has failed without data (the provider shows the error; the fallback, here none, stays)', async () => {
      const provider = await fixture<HTMLElement>(html`<vagval-strategy src="/test/initiative-list/fixtures/missing.json"><vagval-initiative-list filters></vagval-initiative-list></vagval-strategy>`);
      await stateIs(provider, 'error');
      const list = provider.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
      await list.updateComplete;
      expect(list.shadowRoot!.textContent!.trim()).to.equal('');
      expect(list.getBoundingClientRect().height).to.equal(0);
    });

    it('still lists every initiative when one points at a missing area: the validator reports it, the rest renders', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
      container.innerHTML = `<vagval-strategy src="/test/initiative-list/fixtures/missing-area.json"><vagval-initiative-list filters></vagval-initiative-list></vagval-strategy>`;
      const { detail, target } = await failed;
      expect((target as Element).localName).to.equal('vagval-strategy');
      expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['initiatives[1].areas[1]']);
      const list = container.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('.item'));
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(ALL_TITLES);
      // The known area is shown, the unknown one left out.
      expect(text(shownItems(list)[1]!.querySelector('.area'))).to.equal('Klimat och miljö');
      expect(shownItems(list)[1]!.querySelectorAll('.area')).to.have.length(1);
      // The provider shows the error; the list does not repeat it.
      expect(list.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      await expect(container).to.be.accessible();
    });

    it('with its own data source, shows the error with the list itself', async () => {
      const list = await renderList(html`<vagval-initiative-list src="/test/initiative-list/fixtures/missing-area.json"></vagval-initiative-list>`);
      await waitUntil(() => list.shadowRoot!.querySelector('[part="error"]'));
      expect(text(part(list, '[part="error-details"]'))).to.contain('initiatives[1].areas[1]');
      // The message says what the reader sees: most of it is there.
      expect(text(part(list, '.error-message'))).to.equal('Några uppgifter kunde inte visas.');
      expect(shownTitles(list)).to.have.length(9);
      await expect(list).to.be.accessible();
      list.lang = 'en';
      await list.updateComplete;
      expect(text(part(list, '.error-message'))).to.equal('Some of the information could not be shown.');
    });

    it('says so when the data has no initiatives', async () => {
      const data = { version: 1, title: 'Tom', areas: [{ id: 'a', title: 'A' }] };
      const list = await renderList(html`<vagval-initiative-list filters><script type="application/json">${JSON.stringify(data)}</script></vagval-initiative-list>`);
      // Said once, by the empty state: no count line repeats it.
      expect(text(part(list, '[part="empty"]'))).to.equal('Det finns inga initiativ att visa.');
      expect(list.shadowRoot!.querySelector('[part="count"]')).to.equal(null);
      expect(list.shadowRoot!.textContent!.split('Det finns inga initiativ att visa.')).to.have.length(2);
      expect(list.shadowRoot!.querySelector('.empty button')).to.equal(null);
      await expect(list).to.be.accessible();
    });
  });

  describe('filter bar', () => {
    it('searches title, summary and tags, ignoring case and accents ("halsa" finds "hälsa")', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      part(list, '#query').focus();
      await sendKeys({ type: 'halsa' });
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(['Motion på recept', 'Ärenden på nätet']);
      expect(countText(list)).to.equal('Visar 2 av 9 initiativ.');

      await clearField(part<HTMLInputElement>(list, '#query'));
      await sendKeys({ type: 'ÖSTRA' });
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(['Öppen förskola i Östra']);
      await expect(list).to.be.accessible();
    });

    it('shows the right items when new ones are built between hidden ones', async () => {
      // A shared link builds only its matches; each later choice hides some and builds others in between.
      history.replaceState(null, '', '?vagval-status=planned');
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(2);
      const expectations: [string, string[]][] = [
        ['completed', ['Zoner för cykelparkering', 'Ärenden på nätet', 'Etapp 2 av gång- och cykelnätet']],
        ['ongoing', ['Öppen förskola i Östra', 'Ängar i stadens parker', 'Motion på recept']],
        ['planned', ['Återvinningscentral i norr', 'Etapp 10 av gång- och cykelnätet']],
        ['', ALL_TITLES],
      ];
      for (const [status, titles] of expectations) {
        const select = part<HTMLSelectElement>(list, '#status');
        select.value = status;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await list.updateComplete;
        expect(shownTitles(list), status || 'all').to.deep.equal(titles);
      }
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(ALL_TITLES.length);
    });

    it('filters by area, status and both, with the keyboard alone', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      part(list, '#query').focus();
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement!.id).to.equal('area');
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(part<HTMLSelectElement>(list, '#area').value).to.equal('valfard');
      expect(shownTitles(list)).to.deep.equal(['Öppen förskola i Östra', 'Motion på recept', 'Ärenden på nätet']);

      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement!.id).to.equal('status');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(part<HTMLSelectElement>(list, '#status').value).to.equal('ongoing');
      expect(shownTitles(list)).to.deep.equal(['Öppen förskola i Östra', 'Motion på recept']);
      expect(countText(list)).to.equal('Visar 2 av 9 initiativ.');
    });

    it('sorts A–Ö with Swedish collation and newest first, with the keyboard', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      part(list, '#sort').focus();
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(shownTitles(list).slice(0, 2)).to.deep.equal(['Etapp 10 av gång- och cykelnätet', 'Återvinningscentral i norr']);
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal([
        'Allé längs hamnen',
        'Etapp 2 av gång- och cykelnätet',
        'Etapp 10 av gång- och cykelnätet',
        'Motion på recept',
        'Zoner för cykelparkering',
        'Återvinningscentral i norr',
        'Ängar i stadens parker',
        'Ärenden på nätet',
        'Öppen förskola i Östra',
      ]);
    });

    it('reaches every control with Tab, in order, and clears the filters with Enter', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      const before = document.createElement('button');
      before.textContent = 'före';
      list.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(list.shadowRoot!.activeElement?.id ?? '');
      }
      expect(order).to.deep.equal(['query', 'area', 'status', 'sort']);
      // Nothing to clear yet: the next stop is the first item's link.
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement!.closest('.item')).to.not.equal(null);

      part(list, '#query').focus();
      await sendKeys({ type: 'cykel' });
      await list.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement!.textContent).to.equal('Rensa filter');
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(shownTitles(list)).to.have.length(9);
      expect(part<HTMLInputElement>(list, '#query').value).to.equal('');
      // The button is gone; focus goes back to the search box rather than the page's start.
      expect(list.shadowRoot!.activeElement!.id).to.equal('query');
      before.remove();
    });

    it('starts the menus at the presets and can widen them', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters area="klimat"></vagval-initiative-list>`));
      expect(part<HTMLSelectElement>(list, '#area').value).to.equal('klimat');
      expect(countText(list)).to.equal('Visar 6 av 9 initiativ.');
      const select = part<HTMLSelectElement>(list, '#area');
      select.focus();
      await sendKeys({ press: 'Home' });
      await list.updateComplete;
      expect(select.value).to.equal('');
      expect(shownTitles(list)).to.have.length(9);
    });
  });

  describe('vagval-filter-change', () => {
    it('fires with the active filters when the reader changes them', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      const events = collect<VagvalFilterChangeDetail>(document, 'vagval-filter-change');
      part(list, '#query').focus();
      await sendKeys({ type: 'ny' });
      const select = part<HTMLSelectElement>(list, '#status');
      select.focus();
      await sendKeys({ press: 'End' });
      expect(events.map((event) => event.detail)).to.deep.equal([
        { query: 'n', sort: 'default' },
        { query: 'ny', sort: 'default' },
        { query: 'ny', status: 'completed', sort: 'default' },
      ]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('does not fire when the page changes the list (attributes, URL)', async () => {
      history.replaceState(null, '', `?vagval-q=cykel`);
      const events = collect(document, 'vagval-filter-change');
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      expect(shownTitles(list)).to.have.length(3);
      list.setAttribute('status', 'planned');
      list.setAttribute('sort', 'title');
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(['Etapp 10 av gång- och cykelnätet']);
      expect(events).to.have.length(0);
    });
  });

  describe('page URL', () => {
    it('writes the filters to the URL with replaceState, under the prefix, without new history entries', async () => {
      history.replaceState(null, '', '?sida=2');
      const length = history.length;
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters url-prefix="lista-"></vagval-initiative-list>`));
      part(list, '#query').focus();
      await sendKeys({ type: 'hälsa' });
      part(list, '#area').focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => pageParams().has('lista-area'), 'the URL was never written', { timeout: 2000 });
      const params = pageParams();
      expect(params.get('sida')).to.equal('2');
      expect(params.get('lista-q')).to.equal('hälsa');
      expect(params.get('lista-area')).to.equal('halsa');
      expect(params.has('lista-status')).to.equal(false);
      expect(history.length).to.equal(length);
    });

    it('reads the filters back on load: a filtered view can be shared', async () => {
      history.replaceState(null, '', '?vagval-q=Cykel&vagval-status=completed&vagval-sort=title&annat=1');
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      expect(part<HTMLInputElement>(list, '#query').value).to.equal('Cykel');
      expect(part<HTMLSelectElement>(list, '#status').value).to.equal('completed');
      expect(part<HTMLSelectElement>(list, '#sort').value).to.equal('title');
      expect(shownTitles(list)).to.deep.equal(['Etapp 2 av gång- och cykelnätet', 'Zoner för cykelparkering']);
      expect(countText(list)).to.equal('Visar 2 av 9 initiativ.');
      await expect(list).to.be.accessible();
    });

    it('round-trips: what one list writes, a new list reads', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters area="klimat"></vagval-initiative-list>`));
      part(list, '#area').focus();
      await sendKeys({ press: 'Home' });
      part(list, '#sort').focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => pageParams().has('vagval-sort'), 'the URL was never written', { timeout: 2000 });
      // Widening a preset is written as an empty value.
      expect(pageParams().get('vagval-area')).to.equal('');
      const shown = shownTitles(list);
      list.remove();

      const again = await renderList(listOfFixture(html`<vagval-initiative-list filters area="klimat"></vagval-initiative-list>`));
      expect(shownTitles(again)).to.deep.equal(shown);
      expect(part<HTMLSelectElement>(again, '#area').value).to.equal('');
    });

    it('keeps two lists on one page apart by their prefixes', async () => {
      history.replaceState(null, '', '?a-status=planned&b-q=motion');
      const root = await fixture<HTMLElement>(
        html`<vagval-strategy src=${FIXTURE_URL}
          ><vagval-initiative-list filters url-prefix="a-"></vagval-initiative-list
          ><vagval-initiative-list filters url-prefix="b-"></vagval-initiative-list
        ></vagval-strategy>`,
      );
      const [a, b] = [...root.querySelectorAll<VagvalInitiativeList>('vagval-initiative-list')];
      await waitUntil(() => a!.shadowRoot!.querySelector('.item') && b!.shadowRoot!.querySelector('.item'));
      await a!.updateComplete;
      await b!.updateComplete;
      expect(shownTitles(a!)).to.deep.equal(['Återvinningscentral i norr', 'Etapp 10 av gång- och cykelnätet']);
      expect(shownTitles(b!)).to.deep.equal(['Motion på recept']);
      part(a!, '#query').focus();
      await sendKeys({ type: 'etapp' });
      part(b!, '#query').focus();
      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => pageParams().get('a-q') === 'etapp' && pageParams().get('b-q') === 'motio', 'both lists should write', { timeout: 2000 });
      expect(pageParams().get('a-status')).to.equal('planned');
    });

    it('follows the URL back and forward between the page\'s own history entries', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      const events = collect(document, 'vagval-filter-change');
      history.pushState(null, '', '?vagval-status=planned');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(['Återvinningscentral i norr', 'Etapp 10 av gång- och cykelnätet']);
      expect(part<HTMLSelectElement>(list, '#status').value).to.equal('planned');
      expect(events).to.have.length(0);
    });

    it('ignores the URL without a filter bar, and unknown values in it', async () => {
      history.replaceState(null, '', '?vagval-q=motion&vagval-area=nowhere&vagval-status=done');
      const plain = await renderList(listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`));
      expect(shownTitles(plain)).to.have.length(9);
      plain.remove();
      const filtered = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      expect(shownTitles(filtered)).to.deep.equal(['Motion på recept']);
      expect(part<HTMLSelectElement>(filtered, '#area').value).to.equal('');
    });
  });

  describe('the count', () => {
    it('announces the count politely once the reader pauses, not at each keystroke', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters></vagval-initiative-list>`));
      const region = part(list, '[role="status"]');
      expect(liveText(list)).to.equal('');
      part(list, '#query').focus();
      await sendKeys({ type: 'e' });
      await pause(300);
      await sendKeys({ type: 't' });
      await pause(300);
      await sendKeys({ type: 'a' });
      // Still typing: nothing said yet, while the visible count follows at once.
      expect(liveText(list)).to.equal('');
      expect(countText(list)).to.equal('Visar 2 av 9 initiativ.');
      const changes: string[] = [];
      new MutationObserver(() => changes.push(region.textContent!.trim())).observe(region, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => liveText(list) !== '', 'the count was never announced', { timeout: 2000 });
      await list.updateComplete;
      expect(liveText(list)).to.equal('Visar 2 av 9 initiativ.');
      await pause(100);
      expect(changes.filter(Boolean)).to.deep.equal(['Visar 2 av 9 initiativ.']);
      await expect(list).to.be.accessible();
      // Once said, the region empties: reading on, the count is heard once, from the visible line.
      await waitUntil(() => liveText(list) === '', 'the announcement stayed', { timeout: 5000 });
      expect(countText(list)).to.equal('Visar 2 av 9 initiativ.');
    });

    it('says how many match and how many are shown when a limit holds some back', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters limit="2"></vagval-initiative-list>`));
      expect(countText(list)).to.equal('Visar 2 av 9 initiativ.');
      part(list, '#area').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(countText(list)).to.equal('Visar 2 av 6 matchande initiativ (9 totalt).');
    });
  });

  describe('"Visa fler"', () => {
    it('shows the next ones and moves focus to the first new item', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list limit="4"></vagval-initiative-list>`));
      expect(shownTitles(list)).to.deep.equal(ALL_TITLES.slice(0, 4));
      expect(countText(list)).to.equal('Visar 4 av 9 initiativ.');
      const more = part<HTMLButtonElement>(list, '[part="more-button"]');
      expect(more.textContent!.trim()).to.equal('Visa fler');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(ALL_TITLES.slice(0, 8));
      const focused = list.shadowRoot!.activeElement as HTMLElement;
      expect(focused.classList.contains('title')).to.equal(true);
      expect(focused.textContent!.trim()).to.equal(ALL_TITLES[4]);
      expect(countText(list)).to.equal('Visar 8 av 9 initiativ.');
      await expect(list).to.be.accessible();

      part(list, '[part="more-button"]').focus();
      await sendKeys({ press: 'Space' });
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(ALL_TITLES);
      expect(list.shadowRoot!.activeElement!.textContent!.trim()).to.equal(ALL_TITLES[8]);
      expect(list.shadowRoot!.querySelector('[part="more-button"]')).to.equal(null);
      expect(countText(list)).to.equal('Visar alla 9 initiativ.');
    });

    it('starts over at the limit when the filters change', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters limit="2"></vagval-initiative-list>`));
      part(list, '[part="more-button"]').click();
      await list.updateComplete;
      expect(shownItems(list)).to.have.length(4);
      part(list, '#query').focus();
      await sendKeys({ type: 'e' });
      await list.updateComplete;
      expect(shownItems(list)).to.have.length(2);
    });
  });

  describe('no match', () => {
    it('shows a clear empty state whose button clears the filters', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list filters status="planned"></vagval-initiative-list>`));
      part(list, '#query').focus();
      await sendKeys({ type: 'finns inte' });
      await list.updateComplete;
      expect(shownItems(list)).to.have.length(0);
      expect(part(list, '[part="list"]').hidden).to.equal(true);
      expect(countText(list)).to.equal('Inga av 9 initiativ matchar.');
      const empty = part(list, '[part="empty"]');
      expect(text(empty.querySelector('p'))).to.equal('Inga initiativ matchar sökningen och filtren.');
      await expect(list).to.be.accessible();

      const events = collect<VagvalFilterChangeDetail>(list, 'vagval-filter-change');
      empty.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      // Back to the presets, not to everything.
      expect(shownTitles(list)).to.deep.equal(['Återvinningscentral i norr', 'Etapp 10 av gång- och cykelnätet']);
      expect(events.map((event) => event.detail)).to.deep.equal([{ status: 'planned', sort: 'default' }]);
      expect(list.shadowRoot!.activeElement!.id).to.equal('query');
      expect(list.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    });
  });

  describe('languages', () => {
    it('speaks English under lang="en", with English data', async () => {
      const root = await fixture<HTMLElement>(
        html`<div lang="en"><vagval-strategy src="data/vagval-2020-en.json"><vagval-initiative-list filters limit="3"></vagval-initiative-list></vagval-strategy></div>`,
      );
      const list = root.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('.item'), 'the English list never rendered', { timeout: 5000 });
      await list.updateComplete;
      expect(countText(list)).to.equal('Showing 3 of 36 initiatives.');
      expect(text(part(list, 'label[for="query"]'))).to.equal('Search');
      expect(text(part(list, '[part="more-button"]'))).to.equal('Show more');
      const first = shownItems(list)[0]!;
      expect(facts(first)).to.include.members(['Status: Ongoing', 'Start: March 2021']);
      expect(first.querySelector('[lang]')).to.equal(null);
      await expect(list).to.be.accessible();
    });

    it('says no match, announces it and clears in English', async () => {
      const list = await renderList(html`<div lang="en"><vagval-strategy src="data/vagval-2020-en.json"><vagval-initiative-list filters></vagval-initiative-list></vagval-strategy></div>`);
      part(list, '#query').focus();
      await sendKeys({ type: 'zzqx' });
      await list.updateComplete;
      expect(countText(list)).to.equal('None of the 36 initiatives match.');
      const empty = part(list, '[part="empty"]');
      expect(text(empty.querySelector('p'))).to.equal('No initiatives match the search and filters.');
      await waitUntil(() => liveText(list) !== '', 'the count was never announced', { timeout: 2000 });
      expect(liveText(list)).to.equal('None of the 36 initiatives match.');
      await expect(list).to.be.accessible();

      const button = empty.querySelector('button')!;
      expect(text(button)).to.equal('Clear filters');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(countText(list)).to.equal('Showing all 36 initiatives.');
      expect(list.shadowRoot!.activeElement!.id).to.equal('query');
    });

    it('marks Swedish data texts with lang="sv" in an English page', async () => {
      const list = await renderList(html`<div lang="en">${listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`)}</div>`);
      const first = shownItems(list)[0]!;
      expect(first.querySelector('.title')!.getAttribute('lang')).to.equal('sv');
      expect(first.querySelector('.summary')!.getAttribute('lang')).to.equal('sv');
      expect(first.querySelector('.area')!.getAttribute('lang')).to.equal('sv');
      expect(facts(first)[0]).to.equal('Status: Ongoing');
      expect(countText(list)).to.equal('Showing all 9 initiatives.');
    });

    it('follows a lang change on the page', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="sv">${listOfFixture(html`<vagval-initiative-list></vagval-initiative-list>`)}</div>`);
      const list = root.querySelector<VagvalInitiativeList>('vagval-initiative-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('.item'));
      root.setAttribute('lang', 'en');
      await waitUntil(() => countText(list) === 'Showing all 9 initiatives.', 'the list never switched to English');
      expect(text(shownItems(list)[0]!)).to.contain('March 2021');
    });
  });

  describe('standalone, without data', () => {
    it('reads its own list items, and filters them', async () => {
      const list = await renderList(html`<vagval-initiative-list filters>
        <ul>
          <li data-status="ongoing" data-start="2021-03" data-tags="äldreomsorg, digitalisering">
            <a href="https://example.se/tillsyn">Digital tillsyn i hemtjänsten</a>
            <p>Nattillsyn via kamera i stället för besök.</p>
          </li>
          <li data-status="completed"><h3>Ny förskola på Öster</h3><img src="data/images/ny-forskola-oster.svg" alt="" /></li>
          <li>Feriejobb för ungdomar</li>
        </ul>
      </vagval-initiative-list>`);
      expect(shownTitles(list)).to.deep.equal(['Digital tillsyn i hemtjänsten', 'Ny förskola på Öster', 'Feriejobb för ungdomar']);
      const first = shownItems(list)[0]!;
      expect(first.querySelector('a')!.href).to.equal('https://example.se/tillsyn');
      expect(text(first.querySelector('.summary'))).to.equal('Nattillsyn via kamera i stället för besök.');
      expect(facts(first)).to.deep.equal(['Status: Pågår', 'Start: mars 2021', 'Taggar: äldreomsorg, digitalisering']);
      expect(shownItems(list)[1]!.querySelector('img')!.getAttribute('alt')).to.equal('');
      // Nothing known beyond the title: no empty list of facts.
      expect(shownItems(list)[2]!.querySelector('dl')).to.equal(null);
      // No area titles without data: no area menu.
      expect(list.shadowRoot!.querySelector('#area')).to.equal(null);
      await expect(list).to.be.accessible();

      part(list, '#query').focus();
      await sendKeys({ type: 'oster' });
      await list.updateComplete;
      expect(shownTitles(list)).to.deep.equal(['Ny förskola på Öster']);
    });

    it('follows changes to its items', async () => {
      const list = await renderList(html`<vagval-initiative-list><ul><li>Ett</li></ul></vagval-initiative-list>`);
      list.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li>Två</li>');
      await waitUntil(() => shownTitles(list).length === 2, 'the new item never showed');
      expect(countText(list)).to.equal('Visar alla 2 initiativ.');
    });

    it('uses the data instead of its items once a provider has data', async () => {
      const list = await renderList(listOfFixture(html`<vagval-initiative-list><ul><li>Redaktörens eget initiativ</li></ul></vagval-initiative-list>`));
      expect(shownTitles(list)).to.deep.equal(ALL_TITLES);
    });
  });

  describe('a long list', () => {
    it('renders 2,000 initiatives in steps and filters them', async () => {
      const list = await renderLarge(html`<vagval-initiative-list filters></vagval-initiative-list>`);
      // The first screenful comes at once; the rest follows, and updateComplete waits for it.
      await waitUntil(() => list.shadowRoot!.querySelector('.item'));
      const early = list.shadowRoot!.querySelectorAll('.item').length;
      expect(early).to.be.above(0).and.below(2000);
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(2000);
      expect(countText(list)).to.equal(`Visar alla ${formatCount(2000, 'sv')} initiativ.`);

      part(list, '#query').focus();
      await sendKeys({ type: 'haljarp' });
      await list.updateComplete;
      const titles = shownTitles(list);
      expect(titles.length).to.be.above(0).and.below(2000);
      expect(titles.every((title) => title.includes('Häljarp'))).to.equal(true);
      expect(countText(list)).to.equal(`Visar ${titles.length} av ${formatCount(2000, 'sv')} initiativ.`);
    });

    it('with a limit, builds only what is shown, and "Visa fler" focuses the first new one', async () => {
      const list = await renderLarge(html`<vagval-initiative-list limit="10" sort="title"></vagval-initiative-list>`);
      await waitUntil(() => list.shadowRoot!.querySelector('.item'));
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(10);
      part(list, '[part="more-button"]').focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('.item')).to.have.length(20);
      const titles = shownTitles(list);
      expect(list.shadowRoot!.activeElement!.textContent!.trim()).to.equal(titles[10]);
      // A–Ö over the whole list, not just the page.
      expect([...titles].sort(new Intl.Collator('sv', { numeric: true }).compare)).to.deep.equal(titles);
    });

    it('paints the first match in the next frame, however far down the list it was', async () => {
      const list = await renderLarge(html`<vagval-initiative-list filters></vagval-initiative-list>`);
      await waitUntil(() => list.shadowRoot!.querySelector('.item'));
      await list.updateComplete;
      const far = list.shadowRoot!.querySelectorAll('.item')[1500]!;
      expect(far.checkVisibility({ contentVisibilityAuto: true }), 'its group starts skipped').to.equal(false);
      const input = part<HTMLInputElement>(list, '#query');
      input.value = far.querySelector('.title')!.textContent!;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The reader's change only, not the later steps; then the frame that shows it.
      while (list.isUpdatePending) await Promise.resolve();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const first = shownItems(list)[0]!;
      expect(first.getBoundingClientRect().top).to.be.below(window.innerHeight);
      expect(first.checkVisibility({ contentVisibilityAuto: true }), 'the first match was skipped in that frame').to.equal(true);
      await list.updateComplete;
    });

    it('on a keystroke changes no DOM but the hidden flags, the count and the clear button', async () => {
      const list = await renderLarge(html`<vagval-initiative-list filters></vagval-initiative-list>`);
      await waitUntil(() => list.shadowRoot!.querySelector('.item'));
      await list.updateComplete;
      const changes: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement!;
          const name = target.classList[0] ?? target.localName;
          changes.push(record.type === 'attributes' ? `${name}[${record.attributeName}]` : `${name} ${record.type}`);
        }
      });
      observer.observe(list.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      part(list, '#query').focus();
      await sendKeys({ type: 'tr' });
      await sendKeys({ press: 'Backspace' });
      await list.updateComplete;
      observer.disconnect();
      // The count's text, the clear button appearing and going, `hidden` on items and groups,
      // and which groups are at the top (always rendered): nothing else.
      const kinds = new Set(changes.map((change) => change.replace(/^(item\[hidden\]|group\[(hidden|class)\])$/, 'flags')));
      kinds.delete('flags');
      for (const kind of kinds) expect(kind).to.match(/^(count|filter-bar) /);
      expect(changes.filter((change) => change === 'item[hidden]').length).to.be.above(0);
    });
  });
});
