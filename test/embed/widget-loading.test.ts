// Every data-taking widget used on its own with `src` (outside any <vagval-strategy>) survives
// what a CMS page's network does to it: invalid data, a 404, a hanging server, `src` changed
// while loading, removal while loading, and the same file on several widgets.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../helpers/setup.js';
import '../../src/elements/area-card/define.js';
import '../../src/elements/area-grid/define.js';
import '../../src/elements/feedback/define.js';
import '../../src/elements/goal-chart/define.js';
import '../../src/elements/goal-overview/define.js';
import '../../src/elements/initiative-list/define.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import { nextEvent, serverHits } from '../helpers/setup.js';
import { deepText, pageProblems, watchPage } from './page-problems.js';

interface Widget {
  tag: string;
  attributes?: Record<string, string>;
}

const WIDGETS: Widget[] = [
  { tag: 'vagval-area-card', attributes: { area: 'klimat' } },
  { tag: 'vagval-area-grid' },
  { tag: 'vagval-initiative-list' },
  { tag: 'vagval-goal-chart', attributes: { goal: 'utslapp' } },
  { tag: 'vagval-goal-overview' },
  { tag: 'vagval-feedback' },
];

/** A document every widget shows something of; `name` is in a text of each kind, so a test can tell two apart. */
function strategyNamed(name: string) {
  return {
    version: 1,
    title: `Strategi ${name}`,
    lang: 'sv',
    updated: '2024-03-14',
    updatedBy: `Redaktion ${name}`,
    areas: [
      {
        id: 'klimat',
        title: `Klimat ${name}`,
        goals: [{ id: 'utslapp', title: `Utsläpp ${name}`, direction: 'decrease', target: { value: 1, period: 2030 }, series: [{ period: 2020, value: 5 }, { period: 2021, value: 4 }] }],
      },
    ],
    initiatives: [{ id: 'sol', title: `Solceller ${name}`, areas: ['klimat'], status: 'ongoing' }],
  };
}

// Fails validation with nothing usable left: no title, no areas.
const INVALID = { version: 1, areas: 'inga' };

let counter = 0;
/** A unique id for the test server's log; unique URLs also keep the loader's page cache out of the way. */
const uniqueId = (label: string) => `${label}-${Date.now()}-${++counter}`;

/** A test server URL answering with `document` (after `delay` ms), or with `status`. */
function served(document: unknown, options: { id?: string; delay?: number; status?: number } = {}): string {
  const params = new URLSearchParams({ id: options.id ?? uniqueId('w'), body: JSON.stringify(document) });
  if (options.delay) params.set('delay', String(options.delay));
  if (options.status) params.set('status', String(options.status));
  return `/__test__/strategy?${params}`;
}

async function aborts(id: string): Promise<number> {
  return ((await (await fetch(`/__test__/hits?id=${encodeURIComponent(id)}`)).json()) as { aborted: number }).aborted;
}

/** A widget with its own `src` and other attributes, not yet connected (so a test can listen first). */
function create(widget: Widget, attributes: Record<string, string>): LitElement {
  const element = document.createElement(widget.tag) as LitElement;
  for (const [name, value] of Object.entries({ ...widget.attributes, ...attributes })) element.setAttribute(name, value);
  return element;
}

/** A widget with its own `src`, on the page. */
function mount(widget: Widget, src: string): LitElement {
  const element = create(widget, { src });
  document.body.append(element);
  return element;
}

const errorView = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the widget's error view and checks that it carries `pattern` for the web editor. */
async function showsError(element: LitElement, pattern: RegExp): Promise<void> {
  await waitUntil(() => errorView(element), `<${element.localName}> shows no error view`);
  const view = errorView(element)!;
  expect(view.textContent).to.contain('Uppgifterna kunde inte visas.');
  expect(view.textContent).to.match(pattern);
  expect(view.getBoundingClientRect().height, 'the error view is visible').to.be.greaterThan(0);
}

function expectIssuesWithPaths(detail: VagvalErrorDetail): void {
  expect(detail.message).to.be.a('string').and.not.equal('');
  expect(detail.issues).to.not.be.empty;
  for (const issue of detail.issues) {
    expect(issue.path).to.be.a('string');
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

describe('every widget with its own src', () => {
  before(() => watchPage());
  afterEach(() => {
    for (const element of document.body.querySelectorAll(WIDGETS.map((widget) => widget.tag).join(','))) element.remove();
    expect(pageProblems.splice(0), 'errors thrown into the page').to.deep.equal([]);
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      it('shows its data', async () => {
        const element = mount(widget, served(strategyNamed('Alfa')));
        await waitUntil(() => deepText(element).includes('Alfa'), `<${widget.tag}> never showed its data`);
      });

      it('reports data that fails validation, with a message and each issue with its path', async () => {
        const element = create(widget, { src: served(INVALID) });
        const failed = nextEvent<VagvalErrorDetail>(element, 'vagval-error');
        document.body.append(element);
        const { detail } = await failed;
        expectIssuesWithPaths(detail);
        expect(detail.issues.map((issue) => issue.path)).to.include.members(['title', 'areas']);
        await showsError(element, /title/);
        await expect(element).to.be.accessible();
      });

      it('reports a 404 with a message', async () => {
        const element = create(widget, { src: served(null, { status: 404 }) });
        const failed = nextEvent<VagvalErrorDetail>(element, 'vagval-error');
        document.body.append(element);
        const { detail } = await failed;
        expectIssuesWithPaths(detail);
        expect(detail.message).to.match(/404/);
        await showsError(element, /404/);
        await expect(element).to.be.accessible();
      });

      it('gives up on a hanging src after its timeout, with a message, and cancels the request', async () => {
        const id = uniqueId('hang');
        const element = create(widget, { timeout: '300', src: `/__test__/hang?id=${id}` });
        const failed = nextEvent<VagvalErrorDetail>(element, 'vagval-error');
        document.body.append(element);
        const { detail } = await failed;
        expectIssuesWithPaths(detail);
        expect(detail.message).to.match(/no answer within 0\.3 seconds/);
        await showsError(element, /no answer within/);
        await waitUntil(async () => (await aborts(id)) === 1, 'the hanging request was not cancelled');
      });

      it('never shows the data of an older src that answers after the newer one', async () => {
        const element = mount(widget, served(strategyNamed('Alfa'), { delay: 700 }));
        await element.updateComplete;
        element.setAttribute('src', served(strategyNamed('Beta'), { delay: 50 }));
        const shown: string[] = [];
        let watching = true;
        // Sampled before every frame: what is painted is what a reader sees.
        const sample = () => {
          shown.push(deepText(element));
          if (watching) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
        await waitUntil(() => deepText(element).includes('Beta'), `<${widget.tag}> never showed the newer data`);
        // Past the moment the older file answers (or would have: its request is cancelled).
        await sleep(900);
        watching = false;
        shown.push(deepText(element));
        expect(shown.filter((text) => text.includes('Alfa'))).to.deep.equal([]);
        expect(deepText(element)).to.contain('Beta');
      });

      it('cancels its request when removed while loading, without errors', async () => {
        const id = uniqueId('removed');
        const element = mount(widget, `/__test__/hang?id=${id}`);
        let events = 0;
        element.addEventListener('vagval-error', () => events++);
        await waitUntil(async () => (await serverHits(id)) === 1, 'the request never reached the server');
        element.remove();
        await waitUntil(async () => (await aborts(id)) === 1, 'the request was not cancelled');
        await sleep(100);
        expect(events).to.equal(0);
      });

      it('makes one request when three widgets use the same src', async () => {
        const id = uniqueId('shared');
        const src = served(strategyNamed('Delad'), { id, delay: 150 });
        const elements = [mount(widget, src), mount(widget, src), mount(widget, src)];
        await waitUntil(() => elements.every((element) => deepText(element).includes('Delad')), 'not every widget showed the data');
        expect(await serverHits(id)).to.equal(1);
      });
    });
  }
});
