import { expect } from '@open-wc/testing';
import { clearKoladaCache, KoladaClient, koladaClient, KoladaError } from '../../src/kolada/index.js';
import '../helpers/setup.js';
import { BASE, rejection, requestsFor, uniqueKpi } from './helpers.js';

describe('koladaClient: KPI metadata', () => {
  beforeEach(() => clearKoladaCache());

  it('gives the title and description of a KPI', async () => {
    expect(await koladaClient(BASE).kpi('N17461')).to.deep.equal({
      id: 'N17461',
      title: 'Gymnasieelever med examen inom 4 år, hemkommun, andel (%)',
      description: 'Testtext: andel elever som tar gymnasieexamen inom fyra år. Påhittad beskrivning för testerna.',
    });
  });

  it('leaves out a missing or empty description', async () => {
    expect(await koladaClient(BASE).kpi('N00004')).to.deep.equal({ id: 'N00004', title: 'Testnyckeltal med Koladas egna sidlänkar' });
    expect(await koladaClient(BASE).kpi('n00003')).to.deep.equal({ id: 'N00003', title: 'Testnyckeltal i flera sidor' });
  });

  it('says when Kolada does not know the KPI', async () => {
    const error = await rejection(koladaClient(BASE).kpi('N99999'));
    expect(error).to.be.instanceOf(KoladaError);
    expect(error).to.have.property('kind', 'not-found');
    expect((error as Error).message).to.equal('Kolada has no KPI "N99999".');
  });

  it('asks for the KPIs of one tick in one request, each once, and remembers them', async () => {
    const client = koladaClient(BASE);
    const a = uniqueKpi();
    const b = uniqueKpi();
    const [first, second, again] = await Promise.all([client.kpi(b), client.kpi(a), client.kpi(b)]);
    expect(first).to.deep.equal({ id: b, title: `Testnyckeltal ${b}`, description: `Påhittat nyckeltal ${b} för testerna.` });
    expect(second!.id).to.equal(a);
    expect(again).to.deep.equal(first);
    expect((await requestsFor(a)).map((request) => request.path)).to.deep.equal([`/__kolada__/v3/kpi/${a},${b}`]);

    expect(await client.kpi(a)).to.deep.equal(second);
    expect(await new KoladaClient(BASE).kpi(b)).to.deep.equal(first);
    expect(await requestsFor(a)).to.have.length(1);
    expect(await requestsFor(b)).to.have.length(1);
  });

  it('fails like series() does', async () => {
    const error = await rejection(koladaClient(BASE).kpi('9500'));
    expect(error).to.have.property('kind', 'http');
    expect(error).to.have.property('status', 500);
    const timeout = await rejection(koladaClient(BASE).kpi('9999', { timeoutMs: 100 }));
    expect(timeout).to.have.property('kind', 'timeout');
  });
});
