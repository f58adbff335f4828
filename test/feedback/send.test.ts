import { expect } from '@open-wc/testing';
import { postAnswer } from '../../src/feedback/send.js';
import '../helpers/setup.js';
import { endpointFor, recorded, UNREACHABLE_ENDPOINT } from './feedback-server.js';

const answer = { page: 'https://kommun.example.se/vagval', answer: 'no' as const, comment: 'Svårt att hitta målen' };

describe('postAnswer (against the test server)', () => {
  it('POSTs the answer as JSON, without a Referer, also as a keepalive request', async () => {
    const { id, url } = endpointFor();
    expect(await postAnswer(url, answer, { retryDelayMs: 10, keepalive: true })).to.equal('sent');
    const requests = await recorded(id);
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.contentType).to.match(/^application\/json/);
    expect(requests[0]!.referer).to.equal('');
    expect(requests[0]!.body).to.deep.equal(answer);
  });

  it('retries once after a server error', async () => {
    const { id, url } = endpointFor({ fail: 1 });
    expect(await postAnswer(url, answer, { retryDelayMs: 10 })).to.equal('sent');
    expect(await recorded(id)).to.have.length(2);
  });

  it('fails after the one retry fails too', async () => {
    const { id, url } = endpointFor({ fail: 5 });
    expect(await postAnswer(url, answer, { retryDelayMs: 10 })).to.equal('failed');
    expect(await recorded(id)).to.have.length(2);
  });

  it('does not retry what the endpoint refuses (400)', async () => {
    const { id, url } = endpointFor({ status: 400 });
    expect(await postAnswer(url, answer, { retryDelayMs: 10 })).to.equal('rejected');
    expect(await recorded(id)).to.have.length(1);
  });

  it('fails on a network error and on a time-out, never throwing', async () => {
    expect(await postAnswer(UNREACHABLE_ENDPOINT, answer, { retryDelayMs: 10 })).to.equal('failed');
    const { url } = endpointFor({ delay: 500 });
    expect(await postAnswer(url, answer, { retryDelayMs: 10, timeoutMs: 100 })).to.equal('failed');
  });
});
