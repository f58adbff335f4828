// Municipality names from the stand-in API (test/server/kolada.js, test/fixtures/kolada/municipality.json).
import { expect } from '@open-wc/testing';
import { clearKoladaCache, KoladaClient, koladaClient, KoladaError } from '../../src/kolada/index.js';
import { municipalitiesFromValues } from '../../src/kolada/rows.js';
import '../helpers/setup.js';
import { BASE, rejection, requestsFor, uniqueKpi } from './helpers.js';

describe('koladaClient: municipality names', () => {
  beforeEach(() => clearKoladaCache());

  it('gives the name and type of a municipality, and of the whole country', async () => {
    expect(await koladaClient(BASE).municipality('1282')).to.deep.equal({ id: '1282', title: 'Landskrona', type: 'K' });
    expect(await koladaClient(BASE).municipality(' 0000 ')).to.deep.equal({ id: '0000', title: 'Riket', type: 'L' });
  });

  it('says when Kolada does not know the municipality, or the text cannot be a code', async () => {
    const unknown = uniqueKpi();
    const error = await rejection(koladaClient(BASE).municipality(unknown));
    expect(error).to.be.instanceOf(KoladaError);
    expect(error).to.have.property('kind', 'not-found');
    expect((error as Error).message).to.equal(`Kolada has no municipality "${unknown}".`);
    expect(await rejection(koladaClient(BASE).municipality('12/82'))).to.have.property('kind', 'not-found');
  });

  it('asks for the names of one tick in one request, each once, and remembers them', async () => {
    // An unknown code, unique to this test, makes the request's URL unique too.
    const marker = uniqueKpi();
    const client = koladaClient(BASE);
    const [malmo, landskrona, again, missing] = await Promise.allSettled([
      client.municipality('1280'),
      client.municipality('1282'),
      client.municipality('1280'),
      client.municipality(marker),
    ]);
    expect(malmo).to.deep.equal({ status: 'fulfilled', value: { id: '1280', title: 'Malmö', type: 'K' } });
    expect(landskrona).to.have.nested.property('value.title', 'Landskrona');
    expect(again).to.deep.equal(malmo);
    expect(missing).to.have.property('status', 'rejected');
    expect((await requestsFor(marker)).map((request) => request.path)).to.deep.equal([`/__kolada__/v3/municipality/1280,1282,${marker}`]);

    // From memory, then from sessionStorage in a new client: no new request.
    expect(await client.municipality('1282')).to.deep.equal({ id: '1282', title: 'Landskrona', type: 'K' });
    expect(await new KoladaClient(BASE).municipality('1280')).to.deep.equal({ id: '1280', title: 'Malmö', type: 'K' });
    expect(await requestsFor('/municipality/1280')).to.have.length(1);
  });

  it('fails like series() does', async () => {
    expect(await rejection(koladaClient(BASE).municipality('9500'))).to.have.property('status', 500);
    expect(await rejection(koladaClient(BASE).municipality('9998'))).to.have.property('kind', 'invalid');
    expect(await rejection(koladaClient(BASE).municipality('9999', { timeoutMs: 100 }))).to.have.property('kind', 'timeout');
  });
});

describe('municipalitiesFromValues', () => {
  it('reads Kolada\'s entries and skips those without an id or a name', () => {
    const found = municipalitiesFromValues([
      { id: '1282', title: ' Landskrona ', type: 'K' },
      { id: '1280', title: 'Malmö' },
      { id: '1281', title: '  ' },
      { title: 'Lund' },
      null,
    ]);
    expect([...found.values()]).to.deep.equal([
      { id: '1282', title: 'Landskrona', type: 'K' },
      { id: '1280', title: 'Malmö' },
    ]);
  });
});
