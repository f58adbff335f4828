import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { PeriodSchema, PeriodUnion } from '../../src/data/period-schema.js';
import { random } from '../fuzz/mutate.js';
import { changed, issuesOf } from './helpers.js';

// The validator runs periods through one-step schemas; the union of pipes is what the
// JSON Schema shows. They must agree on every input.

const messages = (schema: v.GenericSchema, input: unknown) =>
  v.safeParse(schema, input, { abortPipeEarly: true }).issues?.map((issue) => issue.message) ?? [];

function periodInputs(): unknown[] {
  const inputs: unknown[] = [
    2023, 2023.5, 999, 1000, 9999, 10000, -2023, 0, -0, NaN, Infinity, -Infinity, 1e308,
    '2023', '2023-06', '2024-02-29', '2023-02-29', '1900-02-29', '2023-04-31', '2023-00', '2023-13', '0999', '',
    ' 2023', '2023-06-30T12:00', null, undefined, true, {}, [], [2023],
  ];
  const rand = random(11);
  for (let i = 0; i < 3000; i++) {
    const length = [4, 7, 10][i % 3]!;
    let text = '';
    while (text.length < length) text += text.length === 4 || text.length === 7 ? '-' : String(Math.floor(rand() * 10));
    inputs.push(text, Math.floor(rand() * 12000) / (i % 2 ? 1 : 4));
  }
  return inputs;
}

describe('period schemas', () => {
  it('the one-step period schema gives what the union of pipes gives', () => {
    for (const input of periodInputs()) {
      expect(messages(PeriodSchema, input), String(input)).to.deep.equal(messages(PeriodUnion, input));
      expect(Object.is(v.safeParse(PeriodSchema, input).output, v.safeParse(PeriodUnion, input).output), String(input)).to.equal(true);
    }
  });

  it('a point of a series says what a target says about the same wrong period', () => {
    // Points take a shorter way through the validator than other periods.
    const wrong = periodInputs().filter((period) => period !== undefined && messages(PeriodUnion, period).length);
    expect(wrong.length).to.be.greaterThan(1000);
    for (const period of wrong) {
      const [inPoint, ...more] = issuesOf(changed('areas[0].goals[0].series[0].period', period));
      expect(more, String(period)).to.have.length(0);
      expect(inPoint!.message, String(period)).to.equal(issuesOf(changed('areas[0].goals[0].target.period', period))[0]!.message);
    }
  });
});
