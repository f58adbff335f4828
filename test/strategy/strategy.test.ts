import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/strategy/define.js';
import { ContextEvent } from '@lit/context';
import { defineElement } from '../../src/core/define.js';
import { koladaBaseContext } from '../../src/core/kolada-base.js';
import { VagvalStrategy } from '../../src/elements/strategy/strategy.js';
import type { VagvalErrorDetail, VagvalLoadDetail } from '../../src/core/events.js';
import '../helpers/probe-element.js';
import type { VagvalTestProbe } from '../helpers/probe-element.js';
import { nextEvent, serverHits, stateIs, strategyUrl } from '../helpers/setup.js';

const inline = (data: unknown) => JSON.stringify(data);
const valid = { version: 1, title: 'Inline strategi', lang: 'sv', areas: [{ id: 'klimat', title: 'Klimat' }] };

function errorText(el: HTMLElement): string {
  return el.shadowRoot?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<vagval-strategy>', () => {
  it('reads one inline JSON child, provides it and fires vagval-load', async () => {
    const container = document.createElement('div');
    const loaded = nextEvent<VagvalLoadDetail>(container, 'vagval-load');
    container.innerHTML = `<vagval-strategy><script type="application/json">${inline(valid)}</script><vagval-test-probe></vagval-test-probe></vagval-strategy>`;
    document.body.append(container);
    const event = await loaded;
    const provider = container.querySelector('vagval-strategy')!;
    const probe = container.querySelector<VagvalTestProbe>('vagval-test-probe')!;
    expect(event.detail.strategy.title).to.equal('Inline strategi');
    expect(event.bubbles && event.composed).to.equal(true);
    await stateIs(provider, 'ready');
    await probe.updateComplete;
    expect(probe.shown).to.equal('Inline strategi');
    await expect(provider).to.be.accessible();
    container.remove();
  });

  it('loads the inline JSON again when its text changes, and only then', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<vagval-strategy><script type="application/json">${inline(valid)}</script></vagval-strategy>`;
    const provider = container.firstElementChild as VagvalStrategy;
    const loads: string[] = [];
    provider.addEventListener('vagval-load', (event) => loads.push(event.detail.strategy.title));
    document.body.append(container);
    await stateIs(provider, 'ready');
    const script = provider.querySelector('script')!;
    // The same text again, and an update of the element's own: nothing new to load.
    script.textContent = inline(valid);
    provider.requestUpdate();
    await provider.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).to.deep.equal(['Inline strategi']);
    script.textContent = inline({ ...valid, title: 'Ny strategi' });
    await waitUntil(() => loads.length === 2, 'the edited text was not loaded');
    expect(loads).to.deep.equal(['Inline strategi', 'Ny strategi']);
    container.remove();
  });

  it('loads src, reflects loading then ready, and updates the widgets inside', async () => {
    const el = await fixture<VagvalStrategy>(html`<vagval-strategy src=${strategyUrl({ delay: 150 })}><vagval-test-probe></vagval-test-probe></vagval-strategy>`);
    const probe = el.querySelector<VagvalTestProbe>('vagval-test-probe')!;
    expect(el.getAttribute('state')).to.equal('loading');
    await probe.updateComplete;
    expect(probe.shown).to.equal('loading');
    await stateIs(el, 'ready');
    await probe.updateComplete;
    expect(probe.shown).to.equal('Strategi A');
  });

  it('shows a readable error and fires vagval-error on a 404', async () => {
    const el = document.createElement('vagval-strategy') as VagvalStrategy;
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    el.src = '/test/fixtures/does-not-exist.json';
    document.body.append(el);
    const event = await failed;
    expect(event.detail.message).to.match(/404/);
    expect(event.detail.issues).to.have.length(1);
    await stateIs(el, 'error');
    await el.updateComplete;
    expect(errorText(el)).to.contain('Uppgifterna kunde inte visas.');
    expect(errorText(el)).to.contain('404');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('lists each issue of invalid data with its path, and still passes axe', async () => {
    const el = document.createElement('vagval-strategy') as VagvalStrategy;
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    el.src = strategyUrl({ file: 'provider-invalid.json' });
    document.body.append(el);
    const { detail } = await failed;
    const paths = detail.issues.map((issue) => issue.path);
    expect(paths).to.include('title');
    expect(paths).to.include('areas[0].color');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part="error-details"] li')].map((li) => li.textContent);
    expect(items.some((text) => text?.startsWith('areas[0].color:'))).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports invalid inline JSON text, never throwing into the page', async () => {
    const container = document.createElement('div');
    const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
    container.innerHTML = `<vagval-strategy><script type="application/json">{ "version": 1, </script></vagval-strategy>`;
    document.body.append(container);
    const { detail } = await failed;
    expect(detail.issues[0]!.path).to.equal('');
    await stateIs(container.firstElementChild!, 'error');
    container.remove();
  });

  it('says what to do when it has no data at all', async () => {
    const el = document.createElement('vagval-strategy');
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.message).to.contain('src attribute');
    el.remove();
  });

  it('does not report a missing source when the inline JSON is appended in the same task', async () => {
    const el = document.createElement('vagval-strategy');
    let errors = 0;
    el.addEventListener('vagval-error', () => errors++);
    document.body.append(el);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline(valid);
    el.append(script);
    await stateIs(el, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).to.equal(0);
    el.remove();
  });

  it('shows only the newest data when src changes while loading', async () => {
    const el = await fixture<VagvalStrategy>(html`<vagval-strategy src=${strategyUrl({ delay: 400, file: 'provider-a.json' })}><vagval-test-probe></vagval-test-probe></vagval-strategy>`);
    const loads: string[] = [];
    el.addEventListener('vagval-load', (event) => loads.push(event.detail.strategy.title));
    el.src = strategyUrl({ delay: 50, file: 'provider-b.json' });
    await stateIs(el, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const probe = el.querySelector<VagvalTestProbe>('vagval-test-probe')!;
    await probe.updateComplete;
    expect(loads).to.deep.equal(['Strategi B']);
    expect(probe.shown).to.equal('Strategi B');
  });

  it('aborts the request when removed while loading, without errors', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = document.createElement('vagval-strategy') as VagvalStrategy;
      let events = 0;
      el.addEventListener('vagval-error', () => events++);
      el.addEventListener('vagval-load', () => events++);
      el.src = strategyUrl({ delay: 300 });
      document.body.append(el);
      await waitUntil(() => signals.length === 1);
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(events).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('makes one request for several providers with the same src', async () => {
    const id = `shared-${Date.now()}`;
    const src = strategyUrl({ id, delay: 100 });
    const container = await fixture(html`<div>
      <vagval-strategy src=${src}></vagval-strategy><vagval-strategy src=${src}></vagval-strategy><vagval-strategy src=${src}></vagval-strategy>
    </div>`);
    const providers = [...container.querySelectorAll('vagval-strategy')];
    await Promise.all(providers.map((provider) => stateIs(provider, 'ready')));
    expect(await serverHits(id)).to.equal(1);
  });

  it('keeps the shared request alive while one of its providers remains', async () => {
    const id = `keep-${Date.now()}`;
    const src = strategyUrl({ id, delay: 150 });
    const container = await fixture(html`<div><vagval-strategy src=${src}></vagval-strategy><vagval-strategy src=${src}></vagval-strategy></div>`);
    const [first, second] = [...container.querySelectorAll('vagval-strategy')];
    first!.remove();
    await stateIs(second!, 'ready');
    expect(await serverHits(id)).to.equal(1);
  });

  it('gives up on a hanging src after its timeout, with a message', async () => {
    const el = document.createElement('vagval-strategy') as VagvalStrategy;
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    el.timeout = 200;
    el.src = `/__test__/hang?id=hang-${Date.now()}`;
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.message).to.match(/no answer within/);
    await stateIs(el, 'error');
    el.remove();
  });

  it('reaches widgets that were upgraded before their provider was defined', async () => {
    const container = await fixture(html`<div><vagval-late-strategy><script type="application/json">${inline(valid)}</script><vagval-test-probe></vagval-test-probe></vagval-late-strategy></div>`);
    const probe = container.querySelector<VagvalTestProbe>('vagval-test-probe')!;
    await probe.updateComplete;
    expect(probe.shown).to.equal('idle');
    defineElement('vagval-late-strategy', class extends VagvalStrategy {});
    await waitUntil(() => probe.shown === 'Inline strategi', 'the late provider never reached the widget');
  });

  it("prefers a widget's own src over the provider around it", async () => {
    const el = await fixture(html`<vagval-strategy><script type="application/json">${inline(valid)}</script><vagval-test-probe src=${strategyUrl({ file: 'provider-b.json' })}></vagval-test-probe></vagval-strategy>`);
    const probe = el.querySelector<VagvalTestProbe>('vagval-test-probe')!;
    await waitUntil(() => probe.shown === 'Strategi B');
  });

  it('lets a widget outside any provider load inline JSON itself and report its errors', async () => {
    const container = document.createElement('div');
    const failed = nextEvent<VagvalErrorDetail>(container, 'vagval-error');
    container.innerHTML = `<vagval-test-probe><script type="application/json">{"version": 2}</script></vagval-test-probe>`;
    document.body.append(container);
    const { detail } = await failed;
    expect(detail.issues.length).to.be.greaterThan(0);
    container.remove();
  });

  it('speaks English under lang="en", also when the language changes later', async () => {
    const container = await fixture(html`<div lang="en"><vagval-strategy src="/test/fixtures/none.json"></vagval-strategy></div>`);
    const el = container.querySelector<VagvalStrategy>('vagval-strategy')!;
    await stateIs(el, 'error');
    await el.updateComplete;
    expect(errorText(el)).to.contain('The information could not be shown.');
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.contain('Details for the web editor (1 issue)');
    await expect(el).to.be.accessible();
    container.setAttribute('lang', 'sv-SE');
    await waitUntil(() => errorText(el).includes('Uppgifterna kunde inte visas.'));
  });

  it('does not throw when defined twice', () => {
    expect(() => defineElement('vagval-strategy', class extends VagvalStrategy {})).not.to.throw();
  });

  it('provides its kolada-base to the widgets inside it, Kolada itself by default', async () => {
    const values: string[] = [];
    const el = await fixture<VagvalStrategy>(html`<vagval-strategy kolada-base="/proxy/kolada/v3"><span></span></vagval-strategy>`);
    const span = el.querySelector('span')!;
    span.dispatchEvent(new ContextEvent(koladaBaseContext, span, (value) => values.push(value), true));
    el.koladaBase = '/other/v3';
    await el.updateComplete;
    expect(values).to.deep.equal(['/proxy/kolada/v3', '/other/v3']);
    expect(document.createElement('vagval-strategy')).to.have.property('koladaBase', 'https://api.kolada.se/v3');
  });
});
