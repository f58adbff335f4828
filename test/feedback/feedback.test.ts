import { expect, html } from '@open-wc/testing';
import '../../src/elements/feedback/define.js';
import '../../src/elements/strategy/define.js';
import { defineElement } from '../../src/core/define.js';
import type { VagvalErrorDetail } from '../../src/core/events.js';
import { VagvalFeedback } from '../../src/elements/feedback/feedback.js';
import type { VagvalStrategy } from '../../src/elements/strategy/strategy.js';
import { nextEvent, stateIs, strategyUrl } from '../helpers/setup.js';
import { eventually, hrefOf, mount, part, shownText, textOf, thisPage } from './helpers.js';

const DATA = '/data/vagval-2020.json';
const DATA_EN = '/data/vagval-2020-en.json';

/** Collects the vagval-error events an element fires. */
function errorsOf(el: EventTarget): VagvalErrorDetail[] {
  const errors: VagvalErrorDetail[] = [];
  el.addEventListener('vagval-error', (event) => errors.push((event as CustomEvent<VagvalErrorDetail>).detail));
  return errors;
}

async function inProvider(src: string, feedback = html`<vagval-feedback></vagval-feedback>`, lang = 'sv') {
  const wrapper = await mount<HTMLElement>(html`<div lang=${lang}><vagval-strategy src=${src}>${feedback}</vagval-strategy></div>`);
  const provider = wrapper.querySelector<VagvalStrategy>('vagval-strategy')!;
  await stateIs(provider, 'ready');
  const el = wrapper.querySelector<VagvalFeedback>('vagval-feedback')!;
  await el.updateComplete;
  return el;
}

describe('<vagval-feedback>', () => {
  let originalTitle: string;
  beforeEach(() => {
    originalTitle = document.title;
    document.title = 'Vägval 2020 – Landskrona';
  });
  afterEach(() => {
    document.title = originalTitle;
  });

  describe('standalone, from attributes', () => {
    it('shows the comment e-mail link, the service link with its hint and the last update, and passes axe', async () => {
      const el = await mount<VagvalFeedback>(html`<vagval-feedback
        comment-email="webbredaktionen@example.se"
        service-href="https://example.se/synpunkt"
        updated="2024-03-14"
        updated-by="Webbredaktionen"
      ></vagval-feedback>`);
      expect(textOf(el, 'comment-link')).to.equal('Skicka en kommentar om webbsidan till webbredaktionen');
      expect(textOf(el, 'service-hint')).to.equal(
        'Har du en kommentar om bemötande eller om någon kommunal service skickar du i stället en synpunkt.',
      );
      expect(textOf(el, 'service-link')).to.equal('Lämna en synpunkt');
      expect(hrefOf(el, 'service-link')).to.equal('https://example.se/synpunkt');
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad 14 mars 2024 av Webbredaktionen');
      expect(part(el, 'updated-line')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-14');
      expect(part(el, 'helpful-block')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("mails a subject naming the page and a body with the page's address, without query or fragment", async () => {
      expect(window.location.search, 'the test page has a query to strip').not.to.equal('');
      const el = await mount<VagvalFeedback>(html`<vagval-feedback comment-email="webbredaktionen@example.se"></vagval-feedback>`);
      const href = hrefOf(el, 'comment-link')!;
      const url = new URL(href);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('webbredaktionen@example.se');
      const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!);
      const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
      expect(subject).to.equal('Kommentar om webbsidan ”Vägval 2020 – Landskrona”');
      expect(body).to.contain(`Sida: ${thisPage()}\r\n`);
      expect(body).not.to.contain('wtr-session-id');
    });

    it('uses a plain subject when the page has no title', async () => {
      document.title = '';
      const el = await mount<VagvalFeedback>(html`<vagval-feedback comment-email="webb@example.se"></vagval-feedback>`);
      expect(decodeURIComponent(/subject=([^&]*)/.exec(hrefOf(el, 'comment-link')!)![1]!)).to.equal('Kommentar om webbsidan');
    });

    it('links to a comment form with the page as a parameter, preferred over e-mail', async () => {
      const el = await mount<VagvalFeedback>(html`<vagval-feedback
        comment-href="https://example.se/kommentar?form=3"
        comment-email="webb@example.se"
      ></vagval-feedback>`);
      const url = new URL(hrefOf(el, 'comment-link')!);
      expect(url.origin + url.pathname).to.equal('https://example.se/kommentar');
      expect(url.searchParams.get('form')).to.equal('3');
      expect(url.searchParams.get('page')).to.equal(thisPage());
      el.commentParam = 'sida';
      await el.updateComplete;
      expect(new URL(hrefOf(el, 'comment-link')!).searchParams.get('sida')).to.equal(thisPage());
    });

    it('drops javascript: links, and the hint that needs both links', async () => {
      const el = await mount<VagvalFeedback>(html`<vagval-feedback
        comment-href="javascript:alert(1)"
        service-href="https://example.se/synpunkt"
        updated-by="Webbredaktionen"
      ></vagval-feedback>`);
      expect(part(el, 'comment-link')).to.equal(null);
      expect(part(el, 'service-hint')).to.equal(null);
      expect(hrefOf(el, 'service-link')).to.equal('https://example.se/synpunkt');
      el.serviceHref = ' JaVaScRiPt:alert(1)';
      await el.updateComplete;
      expect(part(el, 'service-link')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves out an invalid date, keeps who updated it, and reports the attribute', async () => {
      const el = document.createElement('vagval-feedback') as VagvalFeedback;
      const errors = errorsOf(el);
      el.setAttribute('updated', '2024-13-45');
      el.setAttribute('updated-by', 'Webbredaktionen');
      document.body.append(el);
      await el.updateComplete;
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad av Webbredaktionen');
      expect(shownText(el)).not.to.match(/Invalid|NaN/);
      expect(el.shadowRoot!.querySelector('time')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]!.issues[0]!.path).to.equal('updated');
      el.setAttribute('updated', '2024-03');
      await el.updateComplete;
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad mars 2024 av Webbredaktionen');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03');
      expect(errors).to.have.length(1);
      el.remove();
    });

    it('reports a comment-email that is not one address, and shows no comment link', async () => {
      const el = document.createElement('vagval-feedback') as VagvalFeedback;
      const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
      el.commentEmail = 'a@example.se?bcc=b@example.se';
      el.serviceHref = 'https://example.se/synpunkt';
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['comment-email']);
      expect(part(el, 'comment-link')).to.equal(null);
      el.remove();
    });

    it('is no error and shows nothing with no data and no attributes', async () => {
      const el = document.createElement('vagval-feedback') as VagvalFeedback;
      const errors = errorsOf(el);
      document.body.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(shownText(el)).to.equal('');
      expect(errors).to.deep.equal([]);
      el.remove();
    });

    it('speaks English under lang="en", also when the language changes later', async () => {
      const wrapper = await mount<HTMLElement>(html`<div lang="en">
        <vagval-feedback comment-email="webb@example.se" service-href="/synpunkt" updated="2024-03-14" updated-by="Web team"></vagval-feedback>
      </div>`);
      const el = wrapper.querySelector<VagvalFeedback>('vagval-feedback')!;
      expect(textOf(el, 'comment-link')).to.equal('Send a comment about this web page to the web editors');
      expect(textOf(el, 'service-link')).to.equal('Give feedback on a service');
      expect(textOf(el, 'updated-line')).to.equal('Last updated 14 March 2024 by Web team');
      expect(decodeURIComponent(hrefOf(el, 'comment-link')!)).to.contain('Comment on the web page “Vägval 2020 – Landskrona”');
      await expect(el).to.be.accessible();
      wrapper.setAttribute('lang', 'sv-SE');
      await eventually(() => textOf(el, 'updated-line') === 'Senast uppdaterad 14 mars 2024 av Web team');
    });

    it("takes a municipality's own wording from text-* attributes", async () => {
      const el = await mount<VagvalFeedback>(html`<vagval-feedback
        comment-email="webb@example.se"
        service-href="/synpunkt"
        updated="2024-03-14"
        updated-by="Kommunikation"
        text-comment="Tyck till om sidan"
        text-service-hint="Gäller det vår service? Använd e-tjänsten."
        text-service="Lämna synpunkter och klagomål"
        text-updated="Sidan granskades {date} av {by}"
        text-mail-subject="Synpunkt på {title}"
        text-mail-body="Adress: {page}"
      ></vagval-feedback>`);
      expect(textOf(el, 'comment-link')).to.equal('Tyck till om sidan');
      expect(textOf(el, 'service-hint')).to.equal('Gäller det vår service? Använd e-tjänsten.');
      expect(textOf(el, 'service-link')).to.equal('Lämna synpunkter och klagomål');
      expect(textOf(el, 'updated-line')).to.equal('Sidan granskades 14 mars 2024 av Kommunikation');
      const href = decodeURIComponent(hrefOf(el, 'comment-link')!);
      expect(href).to.contain('subject=Synpunkt på Vägval 2020 – Landskrona');
      expect(href).to.contain(`body=Adress: ${thisPage()}`);
      // A wording whose values are not all known gives way to the built-in one.
      el.updatedBy = '';
      await el.updateComplete;
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad 14 mars 2024');
    });
  });

  describe('inside <vagval-strategy>', () => {
    it("shows the data's links and last update", async () => {
      const el = await inProvider(DATA);
      expect(new URL(hrefOf(el, 'comment-link')!).pathname).to.equal('webbredaktionen@example.se');
      expect(hrefOf(el, 'service-link')).to.equal('https://example.se/synpunkt');
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad 14 mars 2024 av Webbredaktionen');
      expect(part(el, 'updated-line')!.querySelector('[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("marks the data's text with the data's language when the UI speaks another", async () => {
      const el = await inProvider(DATA, undefined, 'en');
      expect(textOf(el, 'updated-line')).to.equal('Last updated 14 March 2024 by Webbredaktionen');
      expect(part(el, 'updated-line')!.querySelector('span')!.getAttribute('lang')).to.equal('sv');
      const english = await inProvider(DATA_EN, undefined, 'en');
      expect(textOf(english, 'updated-line')).to.equal('Last updated 14 March 2024 by Web editorial team');
      expect(part(english, 'updated-line')!.querySelector('[lang]')).to.equal(null);
    });

    it('lets each attribute override the data, and an empty attribute hide its part', async () => {
      const el = await inProvider(
        DATA,
        html`<vagval-feedback comment-href="/kommentar" service-href="" updated="2024-05-02" updated-by="Kommunikationsenheten"></vagval-feedback>`,
      );
      expect(new URL(hrefOf(el, 'comment-link')!).pathname).to.equal('/kommentar');
      expect(part(el, 'service-link')).to.equal(null);
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad 2 maj 2024 av Kommunikationsenheten');
      el.setAttribute('updated', '');
      await el.updateComplete;
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad av Kommunikationsenheten');
    });

    it('resolves relative links in the data against the data file', async () => {
      const data = { version: 1, title: 'T', areas: [{ id: 'a', title: 'A' }], feedback: { commentHref: 'kommentar', serviceHref: 'synpunkt' } };
      const wrapper = await mount<HTMLElement>(html`<vagval-feedback
        ><script type="application/json">
          ${JSON.stringify(data)}
        </script></vagval-feedback
      >`);
      const el = wrapper as unknown as VagvalFeedback;
      await eventually(() => part(el, 'service-link') !== null);
      expect(hrefOf(el, 'service-link')).to.equal(new URL('synpunkt', document.baseURI).href);
      expect(new URL(hrefOf(el, 'comment-link')!).searchParams.get('page')).to.equal(thisPage());
    });

    it('says it is loading, with aria-busy, while the provider loads', async () => {
      const wrapper = await mount<HTMLElement>(html`<vagval-strategy src=${`/__test__/hang?id=fb-hang-${Date.now()}`}
        ><vagval-feedback comment-email="webb@example.se"></vagval-feedback
      ></vagval-strategy>`);
      const el = wrapper.querySelector<VagvalFeedback>('vagval-feedback')!;
      await el.updateComplete;
      const loading = el.shadowRoot!.querySelector('.loading')!;
      expect(loading.textContent).to.equal('Laddar…');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('leaves the error to a provider that failed, showing only what its own attributes give', async () => {
      const wrapper = await mount<HTMLElement>(html`<div>
        <vagval-strategy src=${strategyUrl({ status: 500 })}>
          <vagval-feedback id="bare"></vagval-feedback>
          <vagval-feedback id="with-attributes" service-href="https://example.se/synpunkt"></vagval-feedback>
        </vagval-strategy>
      </div>`);
      await stateIs(wrapper.querySelector('vagval-strategy')!, 'error');
      const bare = wrapper.querySelector<VagvalFeedback>('#bare')!;
      const withAttributes = wrapper.querySelector<VagvalFeedback>('#with-attributes')!;
      await bare.updateComplete;
      await withAttributes.updateComplete;
      expect(shownText(bare)).to.equal('');
      expect(part(withAttributes, 'error')).to.equal(null);
      expect(hrefOf(withAttributes, 'service-link')).to.equal('https://example.se/synpunkt');
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('with its own src', () => {
    it('loads the data itself', async () => {
      const el = await mount<VagvalFeedback>(html`<vagval-feedback src=${DATA}></vagval-feedback>`);
      await eventually(() => part(el, 'updated-line') !== null);
      expect(textOf(el, 'updated-line')).to.equal('Senast uppdaterad 14 mars 2024 av Webbredaktionen');
    });

    it('shows the error with its issues, fires vagval-error and still shows its attributes', async () => {
      const el = document.createElement('vagval-feedback') as VagvalFeedback;
      const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
      el.src = '/data/missing-feedback.json';
      el.serviceHref = 'https://example.se/synpunkt';
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.message).to.match(/404/);
      await eventually(() => part(el, 'error') !== null);
      expect(textOf(el, 'error')).to.contain('Uppgifterna kunde inte visas.');
      expect(part(el, 'error-details')!.textContent).to.contain('404');
      expect(hrefOf(el, 'service-link')).to.equal('https://example.se/synpunkt');
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  it('does not throw when defined twice', () => {
    expect(() => defineElement('vagval-feedback', class extends VagvalFeedback {})).not.to.throw();
  });
});
