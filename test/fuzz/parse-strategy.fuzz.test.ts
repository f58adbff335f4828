import { expect } from '@open-wc/testing';
import { parseStrategy } from '../../src/data/index.js';
import { mutate, mutateKeepingTypes, random } from './mutate.js';

const RUNS = 3000;

describe('parseStrategy under fuzzing', () => {
  it(`never throws on ${RUNS} mutated documents, and every failure names its place`, async () => {
    const sample: unknown = await (await fetch('/data/vagval-2020.json')).json();
    const rand = random(20201126);
    let failures = 0;
    for (let run = 0; run < RUNS; run++) {
      const document = mutate(sample, rand);
      const input = run % 5 === 0 ? JSON.stringify(document).slice(0, Math.floor(rand() * 4000)) : document;
      const result = parseStrategy(input);
      if (result.ok) continue;
      failures++;
      expect(result.issues.length, `run ${run}`).to.be.greaterThan(0);
      for (const issue of result.issues) {
        expect(issue.path, `run ${run}`).to.be.a('string');
        expect(issue.message, `run ${run}: ${issue.path}`).to.be.a('string').and.not.equal('');
        expect(issue.path, `run ${run}`).to.match(/^$|^[A-Za-z_$][\w$-]*(\[\d+\]|\.[A-Za-z_$][\w$-]*)*$/);
      }
    }
    // The mutations are meant to break documents: most must fail, or the fuzzer tests nothing.
    expect(failures).to.be.greaterThan(RUNS / 2);
  });

  it('gives a JSON text the same result as the value it encodes', async () => {
    // Text and values take different ways in (plainJson, plainCopy); the results must not differ.
    const sample: unknown = await (await fetch('/data/vagval-2020.json')).json();
    const rand = random(20261127);
    let compared = 0;
    for (let run = 0; run < RUNS / 3; run++) {
      const document = run % 2 ? mutate(sample, rand) : mutateKeepingTypes(sample, rand);
      const text = JSON.stringify(document);
      // Only values JSON says exactly (undefined and -0, say, it does not).
      if (text === undefined) continue;
      try {
        expect(JSON.parse(text)).to.deep.equal(document);
      } catch {
        continue;
      }
      compared++;
      expect(parseStrategy(text), `run ${run}`).to.deep.equal(parseStrategy(document));
    }
    expect(compared).to.be.greaterThan(RUNS / 6);
  });
});
