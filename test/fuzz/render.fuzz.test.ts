// Seeded, reproducible fuzzing through rendering: mutated strategy documents given inline to a
// provider with every widget inside it. Nothing may escape into the page; every failure shows an
// error view with a message and fires vagval-error with a path for each issue.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../helpers/setup.js';
import '../../src/elements/strategy/define.js';
import '../../src/elements/area-card/define.js';
import '../../src/elements/area-grid/define.js';
import '../../src/elements/feedback/define.js';
import '../../src/elements/goal-chart/define.js';
import '../../src/elements/goal-overview/define.js';
import '../../src/elements/initiative-list/define.js';
import { parseStrategy } from '../../src/data/index.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import { pageProblems, watchPage } from '../embed/page-problems.js';
import { deepElements, widgetsIn } from '../embed/page.js';
import { mutate, mutateKeepingTypes, random } from './mutate.js';

// 29 s on this 2-core machine under a load of 17 (1,500 runs took 47 s); the seed makes a failure
// reproducible by its run number.
const RUNS = 1000;
const SEED = 20261127;
const PATH = /^$|^[A-Za-z_$][\w$-]*(\[\d+\]|\.[A-Za-z_$][\w$-]*)*$/;

/** The sample data without Kolada sources: fetching figures is tested elsewhere, and would make runs overlap. */
function withoutKolada(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutKolada);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'kolada').map(([key, value]) => [key, withoutKolada(value)]));
}

/** The sample data as the page gets it: inline JSON resolves its images against the page, so they point into data/. */
async function sampleData(): Promise<unknown> {
  const text = await (await fetch('/data/vagval-2020.json')).text();
  return withoutKolada(JSON.parse(text.replaceAll('"images/', '"/data/images/')));
}

/** A provider holding `text` as its inline JSON, with every widget inside it. Built with DOM calls: data never becomes HTML. */
function page(text: string): HTMLElement {
  const container = document.createElement('div');
  const provider = document.createElement('vagval-strategy');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  provider.append(script);
  const widgets: [string, Record<string, string>][] = [
    ['vagval-area-grid', {}],
    ['vagval-area-card', { area: 'hallbar-valfard' }],
    ['vagval-initiative-list', { filters: '' }],
    ['vagval-goal-chart', { goal: 'gymnasieexamen' }],
    ['vagval-goal-overview', {}],
    ['vagval-feedback', {}],
  ];
  for (const [tag, attributes] of widgets) {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    provider.append(widget);
  }
  container.append(provider);
  return container;
}

/** Waits until every element, nested ones included, has finished rendering. */
async function settle(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await Promise.all((widgetsIn(root) as LitElement[]).map((widget) => widget.updateComplete));
  }
}

const shadowOf = (element: Element) => element.shadowRoot!;

describe('rendering under fuzzing', function () {
  // Each run renders every widget; the whole loop takes longer than one test normally may.
  this.timeout(120_000);

  it(`keeps every widget standing on ${RUNS} mutated documents, and every failure is shown and reported`, async () => {
    watchPage();
    const sample = await sampleData();
    const rand = random(SEED);
    const logged: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    let failures = 0;
    try {
      for (let run = 0; run < RUNS; run++) {
        // Half the runs break documents, half keep the types so most reach the widgets' rendering.
        const document_ = run % 2 ? mutateKeepingTypes(sample, rand) : mutate(sample, rand);
        const json = JSON.stringify(document_) ?? 'null';
        // Some runs are cut short, as an upload that broke off would be.
        const text = run % 14 === 0 ? json.slice(0, Math.floor(rand() * json.length)) : json;
        const expected = parseStrategy(text);
        // Where each report came from: composedPath() is only known while the event is dispatched.
        const events: { source: Element; event: CustomEvent<VagvalErrorDetail> }[] = [];
        const root = page(text);
        root.addEventListener('vagval-error', (event) => events.push({ source: event.composedPath()[0] as Element, event }));
        document.body.append(root);
        await settle(root);

        const where = `run ${run}`;
        const provider = root.querySelector('vagval-strategy')!;
        expect(provider.getAttribute('state'), where).to.equal(expected.ok ? 'ready' : 'error');
        if (!expected.ok) {
          failures++;
          const report = events.find(({ source }) => source === provider);
          expect(report, `${where}: the provider reported it`).to.not.equal(undefined);
          expect(report!.event.detail.issues, where).to.deep.equal(expected.issues);
        }
        for (const { source, event } of events) {
          const at = `${where}, <${source.localName}>`;
          expect(event.bubbles && event.composed, at).to.equal(true);
          expect(event.detail.message, at).to.be.a('string').and.not.equal('');
          expect(event.detail.issues, at).to.not.be.empty;
          for (const issue of event.detail.issues) {
            expect(issue.path, at).to.match(PATH);
            expect(issue.message, `${at}: ${issue.path}`).to.be.a('string').and.not.equal('');
          }
          const message = shadowOf(source).querySelector('[part="error"] .error-message');
          expect(message?.textContent?.trim(), `${at} shows its error`).to.be.a('string').and.not.equal('');
        }
        // Text from the data is text: the mutations' `<img … onerror=…>` never becomes an element.
        if (text.includes('onerror')) expect(deepElements(root).filter((element) => element.hasAttribute('onerror')), where).to.deep.equal([]);
        // The one console report per failure (see core/error-reporting.ts), nothing else.
        const reports = logged.splice(0);
        expect(reports.length, `${where}: console.error calls`).to.equal(events.length);
        for (const report of reports) expect(report, where).to.match(/^<vagval-[a-z-]+>: /);
        expect(pageProblems.splice(0), `${where}: errors thrown into the page`).to.deep.equal([]);
        root.remove();
      }
    } finally {
      console.error = originalError;
    }
    // Both paths must be well trodden: documents that fail, and documents the widgets render.
    expect(failures).to.be.greaterThan(RUNS / 3);
    expect(RUNS - failures).to.be.greaterThan(RUNS / 6);
  });
});
