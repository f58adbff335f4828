import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { SeriesSchema, StrategyDefinitions } from '../../src/data/schema.js';
import { random } from '../fuzz/mutate.js';

// The validator passes a tidy series in one loop; the list of point schemas is what the
// JSON Schema shows. They must agree on every series.

const Reference = v.array(StrategyDefinitions.SeriesPoint);

function result(schema: v.GenericSchema, input: unknown) {
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
  return {
    success: parsed.success,
    output: parsed.output,
    issues: parsed.issues?.map((issue) => ({ message: issue.message, path: issue.path?.map((item) => item.key) })) ?? [],
  };
}

const goodPeriods: unknown[] = [2023, 1000, 9999, '2023', '2023-06', '2024-02-29', '2023-12-31'];
const badPeriods: unknown[] = [2023.5, 999, 10000, NaN, Infinity, '2023-02-29', '2023-04-31', '2023-13', '0999', ' 2023', '', null, undefined, true, [2023]];
const badValues: unknown[] = [NaN, Infinity, -Infinity, '61,5', '61.5', null, undefined, [], {}];
const badPoints: unknown[] = [null, 2023, 'text', [], [2023, 61.5], { period: 2023 }, { value: 61.5 }, {}];

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)]!;

/** A series of `length` good points, with `faults` of them made wrong in one way each. */
function series(rand: () => number, length: number, faults: number): unknown[] {
  const points: unknown[] = Array.from({ length }, () => ({ period: pick(goodPeriods, rand), value: Math.round(rand() * 2000 - 1000) / 10 }));
  for (let fault = 0; fault < faults && length > 0; fault++) {
    const at = Math.floor(rand() * length);
    const point = points[at] as Record<string, unknown>;
    // Already replaced by a point that is not an object.
    if (!point || typeof point !== 'object' || Array.isArray(point)) continue;
    const kind = Math.floor(rand() * 4);
    if (kind === 0) point.period = pick(badPeriods, rand);
    else if (kind === 1) point.value = pick(badValues, rand);
    else if (kind === 2) points[at] = pick(badPoints, rand);
    else point.note = 'kept';
  }
  return points;
}

describe('series schema', () => {
  it('gives every series what the list of point schemas gives: issues, paths and output', () => {
    const rand = random(2611);
    let tidy = 0;
    let failed = 0;
    for (let run = 0; run < 2000; run++) {
      const input = series(rand, Math.floor(rand() * 12), run % 3);
      const expected = result(Reference, input);
      expect(result(SeriesSchema, input), JSON.stringify(input)).to.deep.equal(expected);
      if (expected.success) tidy++;
      else failed++;
    }
    // Both ways through the schema were taken, many times each.
    expect(tidy).to.be.greaterThan(500);
    expect(failed).to.be.greaterThan(500);
  });

  it('keeps the keys of a point it does not know, as the point schema does', () => {
    const input = [{ period: '2023-06', value: 1, note: 'kept' }];
    expect(result(SeriesSchema, input).output).to.deep.equal([{ period: '2023-06', value: 1, note: 'kept' }]);
  });
});
