import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/feedback/define.js';
import type { VagvalErrorDetail, VagvalFeedbackDetail } from '../../src/core/events.js';
import type { VagvalFeedback } from '../../src/elements/feedback/feedback.js';
import { QUEUE_KEY, type QueuedAnswer } from '../../src/feedback/answer-queue.js';
import { nextEvent } from '../helpers/setup.js';
import { endpointFor, recorded, UNREACHABLE_ENDPOINT } from './feedback-server.js';
import { eventually, hrefOf, mount, part, textOf, thisPage } from './helpers.js';

/** Collects the vagval-feedback events an element fires. */
function answersOf(el: EventTarget): VagvalFeedbackDetail[] {
  const answers: VagvalFeedbackDetail[] = [];
  el.addEventListener('vagval-feedback', (event) => answers.push((event as CustomEvent<VagvalFeedbackDetail>).detail));
  return answers;
}

function queued(): QueuedAnswer[] {
  return JSON.parse(sessionStorage.getItem(QUEUE_KEY) ?? '[]') as QueuedAnswer[];
}

function focused(el: VagvalFeedback): Element | null {
  return el.shadowRoot!.activeElement;
}

/** A button before the element, so the test can Tab into it the way a reader does. */
async function helpfulBlock(endpoint: string | undefined, extra = html``) {
  const wrapper = await mount<HTMLElement>(html`<div>
    <button id="before">Före</button>
    <vagval-feedback helpful endpoint=${endpoint ?? ''} comment-email="webbredaktionen@example.se">${extra}</vagval-feedback>
  </div>`);
  const el = wrapper.querySelector<VagvalFeedback>('vagval-feedback')!;
  if (endpoint === undefined) el.removeAttribute('endpoint');
  await el.updateComplete;
  return el;
}

async function tabToYes(el: VagvalFeedback) {
  (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  expect(focused(el)).to.equal(part(el, 'yes-button'));
}

describe('<vagval-feedback helpful>', () => {
  beforeEach(() => sessionStorage.removeItem(QUEUE_KEY));
  afterEach(() => sessionStorage.removeItem(QUEUE_KEY));

  it('asks the question in a labelled group with two buttons, and passes axe', async () => {
    const { url } = endpointFor();
    const el = await helpfulBlock(url);
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    const question = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(question.textContent).to.equal('Hjälpte informationen på sidan dig?');
    expect([...group.querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal(['Ja', 'Nej']);
    expect(part(el, 'yes-button')!.hasAttribute('aria-pressed')).to.equal(false);
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(textOf(el, 'status')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('sends "yes" by keyboard, thanks the reader in the status region and fires vagval-feedback', async () => {
    const { id, url } = endpointFor();
    const el = await helpfulBlock(url);
    const answers = answersOf(el);
    await tabToYes(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers).to.deep.equal([{ page: thisPage(), answer: 'yes' }]);
    expect(textOf(el, 'status')).to.equal('Tack för ditt svar!');
    expect(part(el, 'yes-button')!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'no-button')!.getAttribute('aria-pressed')).to.equal('false');
    expect(part(el, 'no-button')!.getAttribute('aria-disabled')).to.equal('true');
    // The focus stays where the reader was.
    expect(focused(el)).to.equal(part(el, 'yes-button'));
    await eventually(async () => (await recorded(id)).length === 1, 'the answer never reached the endpoint');
    const [request] = await recorded(id);
    expect(request!.body).to.deep.equal({ page: thisPage(), answer: 'yes' });
    expect(request!.contentType).to.match(/^application\/json/);
    await eventually(() => queued().length === 0, 'the sent answer stayed in the queue');
    await expect(el).to.be.accessible();
  });

  it('takes one answer only', async () => {
    const { id, url } = endpointFor();
    const el = await helpfulBlock(url);
    const answers = answersOf(el);
    part(el, 'yes-button')!.click();
    part(el, 'no-button')!.click();
    part(el, 'yes-button')!.click();
    await el.updateComplete;
    expect(answers).to.have.length(1);
    expect(part(el, 'comment-form')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await recorded(id)).to.have.length(1);
  });

  it('opens an optional comment after "no", keeps the answer meanwhile, and sends it with the comment', async () => {
    const { id, url } = endpointFor();
    const el = await helpfulBlock(url);
    const answers = answersOf(el);
    await tabToYes(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'no-button'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const field = part<HTMLTextAreaElement>(el, 'comment-field')!;
    await eventually(() => focused(el) === field, 'the comment field did not take the focus');
    // Nothing is sent or fired before the reader has finished, but the answer is kept.
    expect(answers).to.deep.equal([]);
    expect(await recorded(id)).to.deep.equal([]);
    expect(queued().map((entry) => entry.answer)).to.deep.equal([{ page: thisPage(), answer: 'no' }]);
    await expect(el).to.be.accessible();

    const label = el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!;
    expect(label.textContent).to.equal('Vad saknade du? (frivilligt)');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((ref) => el.shadowRoot!.getElementById(ref)!.textContent);
    expect(described[0]).to.contain('personuppgifter');
    expect(described[1]).to.equal('Högst 500 tecken, 500 kvar.');

    await sendKeys({ type: 'Kartan saknas' });
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('comment-count')!.textContent).to.equal('Högst 500 tecken, 487 kvar.');
    // The robot trap is out of the tab order: the next stop is the send button.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'send-button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(answers).to.deep.equal([{ page: thisPage(), answer: 'no', comment: 'Kartan saknas' }]);
    expect(part(el, 'comment-form')).to.equal(null);
    expect(textOf(el, 'status')).to.equal('Tack för ditt svar!');
    // Back on the answer that opened the form; the thanks is announced by the status region, not by focusing it.
    expect(focused(el)?.getAttribute('part')).to.equal('answer-button no-button');
    expect(part(el, 'status')!.hasAttribute('tabindex')).to.equal(false);
    await eventually(async () => (await recorded(id)).length === 1);
    expect((await recorded(id))[0]!.body).to.deep.equal({ page: thisPage(), answer: 'no', comment: 'Kartan saknas' });
    await eventually(() => queued().length === 0);
    await expect(el).to.be.accessible();
  });

  it('sends "no" without a comment key when the field is left empty', async () => {
    const { id, url } = endpointFor();
    const el = await helpfulBlock(url);
    part(el, 'no-button')!.click();
    await el.updateComplete;
    part(el, 'comment-field')!.focus();
    await sendKeys({ type: '   ' });
    part(el, 'send-button')!.click();
    await eventually(async () => (await recorded(id)).length === 1);
    expect((await recorded(id))[0]!.body).to.deep.equal({ page: thisPage(), answer: 'no' });
  });

  it('cuts the comment at comment-max-length and shows the limit', async () => {
    const { url } = endpointFor();
    const el = await helpfulBlock(url);
    el.commentMaxLength = 10;
    part(el, 'no-button')!.click();
    await el.updateComplete;
    const field = part<HTMLTextAreaElement>(el, 'comment-field')!;
    expect(field.maxLength).to.equal(10);
    field.focus();
    await sendKeys({ type: 'Tolv tecken!' });
    await el.updateComplete;
    expect(field.value).to.equal('Tolv tecke');
    expect(el.shadowRoot!.getElementById('comment-count')!.textContent).to.equal('Högst 10 tecken, 0 kvar.');
  });

  it('sends nothing and fires nothing when the robot trap is filled in', async () => {
    const { id, url } = endpointFor();
    const el = await helpfulBlock(url);
    const answers = answersOf(el);
    part(el, 'no-button')!.click();
    await el.updateComplete;
    const trap = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
    trap.value = 'https://spam.example';
    part(el, 'send-button')!.click();
    await el.updateComplete;
    expect(textOf(el, 'status')).to.equal('Tack för ditt svar!');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answers).to.deep.equal([]);
    expect(await recorded(id)).to.deep.equal([]);
    expect(queued()).to.deep.equal([]);
  });

  it('retries a failed POST once, then tells the reader, offers the mail link and keeps the answer for the next page view', async () => {
    const { id, url } = endpointFor({ fail: 2 });
    const el = await helpfulBlock(url);
    const answers = answersOf(el);
    part(el, 'yes-button')!.click();
    await el.updateComplete;
    expect(textOf(el, 'status')).to.equal('Tack för ditt svar!');
    await eventually(() => textOf(el, 'status').startsWith('Ditt svar kunde inte skickas just nu.'), 'the failure was never shown');
    expect(await recorded(id)).to.have.length(2);
    expect(answers).to.have.length(1);
    // The block's own comment link, right after the message, is the way to write instead: offered once.
    expect(hrefOf(el, 'comment-link')).to.match(/^mailto:webbredaktionen@example\.se\?/);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    await expect(el).to.be.accessible();
    expect(queued().map((entry) => entry.answer)).to.deep.equal([{ page: thisPage(), answer: 'yes' }]);

    // The next page view: the same tab's storage, a new view id, a new element.
    sessionStorage.setItem(QUEUE_KEY, JSON.stringify(queued().map((entry) => ({ ...entry, view: 'the-page-before' }))));
    const next = await helpfulBlock(url);
    const nextAnswers = answersOf(next);
    await eventually(async () => (await recorded(id)).length === 3, 'the kept answer was not resent');
    expect((await recorded(id))[2]!.body).to.deep.equal({ page: thisPage(), answer: 'yes' });
    await eventually(() => queued().length === 0);
    // Resending is no new answer by this reader: no event, and the question is still open.
    expect(nextAnswers).to.deep.equal([]);
    expect(textOf(next, 'status')).to.equal('');
  });

  it('keeps a "no" whose comment was never sent, for the next page view', async () => {
    const { id, url } = endpointFor();
    const el = await helpfulBlock(url);
    part(el, 'no-button')!.click();
    await el.updateComplete;
    el.remove();
    sessionStorage.setItem(QUEUE_KEY, JSON.stringify(queued().map((entry) => ({ ...entry, view: 'the-page-before' }))));
    await helpfulBlock(url);
    await eventually(async () => (await recorded(id)).length === 1);
    expect((await recorded(id))[0]!.body).to.deep.equal({ page: thisPage(), answer: 'no' });
  });

  it('tells the reader when the endpoint refuses the answer, and does not keep it', async () => {
    const { id, url } = endpointFor({ status: 400 });
    const el = await helpfulBlock(url);
    part(el, 'yes-button')!.click();
    await eventually(() => textOf(el, 'status').startsWith('Ditt svar kunde tyvärr inte skickas.'));
    expect(await recorded(id)).to.have.length(1);
    expect(queued()).to.deep.equal([]);
    expect(part(el, 'status')!.querySelector('a')).to.equal(null);
    expect(hrefOf(el, 'comment-link')).to.match(/^mailto:/);
  });

  it('tells the reader when the endpoint cannot be reached', async () => {
    const el = await helpfulBlock(UNREACHABLE_ENDPOINT);
    el.lang = 'en';
    part(el, 'yes-button')!.click();
    await eventually(() => textOf(el, 'status').startsWith('Your answer could not be sent just now.'), 'no failure shown');
    expect(textOf(el, 'status')).not.to.contain('Send a comment');
  });

  it('fires vagval-feedback without sending anything when there is no endpoint', async () => {
    const fetches: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      fetches.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = await helpfulBlock(undefined);
      const answered = nextEvent<VagvalFeedbackDetail>(el, 'vagval-feedback');
      part(el, 'yes-button')!.click();
      const { detail } = await answered;
      expect(detail).to.deep.equal({ page: thisPage(), answer: 'yes' });
      await el.updateComplete;
      expect(textOf(el, 'status')).to.equal('Tack för ditt svar!');
      expect(fetches).to.deep.equal([]);
      expect(queued()).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('fires no vagval-feedback on programmatic changes', async () => {
    const { url } = endpointFor();
    const el = await helpfulBlock(url);
    const answers = answersOf(el);
    el.helpful = false;
    await el.updateComplete;
    el.helpful = true;
    el.endpoint = endpointFor().url;
    el.setAttribute('text-question', 'Fick du svar på din fråga?');
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf(el, 'question')).to.equal('Fick du svar på din fråga?');
    expect(answers).to.deep.equal([]);
  });

  it('reports an endpoint that is not an http(s) address', async () => {
    const el = document.createElement('vagval-feedback') as VagvalFeedback;
    const failed = nextEvent<VagvalErrorDetail>(el, 'vagval-error');
    el.helpful = true;
    el.endpoint = 'javascript:alert(1)';
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['endpoint']);
    el.remove();
  });

  it("takes the question's wording from text-* attributes, and speaks English", async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="en">
      <vagval-feedback helpful text-question="Was this page useful?" text-yes="Yes, it was" text-thanks="Thanks!"></vagval-feedback>
    </div>`);
    const el = wrapper.querySelector<VagvalFeedback>('vagval-feedback')!;
    expect(textOf(el, 'question')).to.equal('Was this page useful?');
    expect(textOf(el, 'yes-button')).to.equal('Yes, it was');
    expect(textOf(el, 'no-button')).to.equal('No');
    part(el, 'no-button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label[for="comment"]')!.textContent).to.equal('What were you missing? (optional)');
    expect(el.shadowRoot!.getElementById('comment-count')!.textContent).to.equal('At most 500 characters, 500 left.');
    expect(textOf(el, 'send-button')).to.equal('Send answer');
    await expect(el).to.be.accessible();
    part(el, 'send-button')!.click();
    await el.updateComplete;
    expect(textOf(el, 'status')).to.equal('Thanks!');
  });
});
