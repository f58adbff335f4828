import { expect } from '@open-wc/testing';
import { KoladaError, timeoutError } from '../../src/kolada/errors.js';
import { retryAfterMs } from '../../src/kolada/http.js';
import { chunks, distinctSorted, koladaId } from '../../src/kolada/ids.js';
import { KOLADA_API, nextPageUrl } from '../../src/kolada/pages.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2024-03-14T12:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('2', 5000, now)).to.equal(2000);
    expect(retryAfterMs(' 0 ', 5000, now)).to.equal(0);
    expect(retryAfterMs('Thu, 14 Mar 2024 12:00:01 GMT', 5000, now)).to.equal(1000);
  });

  it('caps long waits and never waits less than nothing', () => {
    expect(retryAfterMs('3600', 3000, now)).to.equal(3000);
    expect(retryAfterMs('Thu, 14 Mar 2024 11:00:00 GMT', 3000, now)).to.equal(0);
  });

  it('waits a second when the header is missing or unreadable', () => {
    expect(retryAfterMs(null, 3000, now)).to.equal(1000);
    expect(retryAfterMs('soon', 3000, now)).to.equal(1000);
    expect(retryAfterMs('-5', 3000, now)).to.equal(1000);
  });
});

describe('nextPageUrl', () => {
  const proxy = 'https://kommun.example.se/kolada/v3';

  it('follows links under the base, resolving relative ones', () => {
    expect(nextPageUrl(`${proxy}/data/kpi/N1/municipality/1282?page=2`, `${proxy}/data/kpi/N1/municipality/1282`, proxy)).to.equal(
      `${proxy}/data/kpi/N1/municipality/1282?page=2`,
    );
    expect(nextPageUrl('?page=3', `${proxy}/data/kpi/N1/municipality/1282?page=2`, proxy)).to.equal(`${proxy}/data/kpi/N1/municipality/1282?page=3`);
    expect(nextPageUrl('?page=2', '/kolada/v3/kpi/N1', '/kolada/v3')).to.equal('/kolada/v3/kpi/N1?page=2');
  });

  it('moves links into Kolada itself onto a proxy base, and leaves them when the base is Kolada', () => {
    const link = `${KOLADA_API}/data/kpi/N1/municipality/1282?page=2&per_page=5000`;
    expect(nextPageUrl(link, `${proxy}/data/kpi/N1/municipality/1282`, proxy)).to.equal(`${proxy}/data/kpi/N1/municipality/1282?page=2&per_page=5000`);
    expect(nextPageUrl(link, `${proxy}/data/kpi/N1/municipality/1282`, '/kolada/v3')).to.equal('/kolada/v3/data/kpi/N1/municipality/1282?page=2&per_page=5000');
    expect(nextPageUrl(link, `${KOLADA_API}/data/kpi/N1/municipality/1282`, KOLADA_API)).to.equal(link);
  });
});

describe('Kolada ids', () => {
  it('trims and upper-cases ids', () => {
    expect(koladaId(' n17461 ', 'KPI')).to.equal('N17461');
    expect(koladaId('0000', 'municipality')).to.equal('0000');
  });

  it('refuses text that would not stay one id in a URL', () => {
    for (const text of ['', 'N1,N2', 'N1/..', 'N 1', 'N1?x', 'Ä1', 'N'.repeat(21)]) {
      expect(() => koladaId(text, 'KPI'), text).to.throw(KoladaError, /is not a Kolada KPI id; they look like N17461/);
    }
    expect(() => koladaId('12 82', 'municipality')).to.throw(/is not a Kolada municipality id; they look like 1282 \(0000 is the whole country\)/);
  });

  it('splits lists into chunks of 25 and sorts distinct ids', () => {
    const ids = Array.from({ length: 51 }, (_, index) => `N${index}`);
    expect(chunks(ids).map((chunk) => chunk.length)).to.deep.equal([25, 25, 1]);
    expect(chunks([])).to.deep.equal([]);
    expect(distinctSorted(['1282', '0000', '1282'])).to.deep.equal(['0000', '1282']);
  });
});

describe('KoladaError', () => {
  it('carries its kind, status and URL', () => {
    const error = new KoladaError('http', 'Kolada answered 503.', { status: 503, url: '/v3/kpi/N1' });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('KoladaError');
    expect(error).to.include({ kind: 'http', status: 503, url: '/v3/kpi/N1', message: 'Kolada answered 503.' });
    expect(new KoladaError('invalid', 'x')).not.to.have.property('status');
  });

  it('words time-outs in seconds', () => {
    expect(timeoutError(10_000).message).to.equal('Kolada did not answer within 10 seconds.');
    expect(timeoutError(1000).message).to.equal('Kolada did not answer within 1 second.');
    expect(timeoutError(1).message).to.equal('Kolada did not answer within 1 ms.');
    expect(timeoutError(1500).message).to.equal('Kolada did not answer within 1.5 seconds.');
    expect(timeoutError(10_000).kind).to.equal('timeout');
  });
});
