import { expect } from '@open-wc/testing';
import { cleanSeries, latestPoint, normalizeGoal, periodKind } from '../../src/chart/chart-data.js';
import { findGoal, goalsOf } from '../../src/chart/find-goal.js';
import { asOfYear, resolveGoal } from '../../src/chart/resolve-goal.js';
import { goalStatus, type Goal, type Strategy } from '../../src/data/index.js';
import { random } from '../fuzz/mutate.js';
import '../helpers/setup.js';

const goal = (extra: Partial<Goal> = {}): Goal => ({ id: 'g', title: 'Mål', ...extra });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('chart data: normalizeGoal', () => {
  it('never changes its input (frozen input works) and shares no arrays with it', () => {
    const input = deepFreeze(
      goal({
        series: [
          { period: 2022, value: 3 },
          { period: 2020, value: 1 },
        ],
        comparisons: [{ label: 'Riket', series: [{ period: 2021, value: 2 }] }],
        target: { value: 5, period: 2030 },
      }),
    );
    const data = normalizeGoal(input, { asOf: 2025 });
    expect(data.points.map((point) => point.period)).to.deep.equal([2020, 2022]);
    expect(data.points).not.to.equal(input.series);
    expect(input.series![0]!.period).to.equal(2022);
  });

  it('sorts unsorted periods, keeps the first of duplicate periods and drops unusable points', () => {
    const series = [
      { period: 2021, value: 2 },
      { period: 2019, value: 0 },
      { period: 2021, value: 99 },
      { period: '2020', value: 1 },
      { period: 'not a date', value: 5 },
      { period: 2018, value: Number.NaN },
      { period: 2017, value: '61,5' },
      null,
    ];
    const points = cleanSeries(series);
    expect(points.map((point) => [point.period, point.value])).to.deep.equal([
      [2019, 0],
      ['2020', 1],
      [2021, 2],
    ]);
    expect(points.map((point) => point.x)).to.deep.equal([2019, 2020, 2021]);
    expect(cleanSeries(undefined)).to.deep.equal([]);
    expect(cleanSeries('x')).to.deep.equal([]);
  });

  it('keeps a series written in time order as it is, and still drops a duplicate that comes after it', () => {
    const ordered = [
      { period: 2018, value: 1 },
      { period: '2019-07', value: 2 },
      { period: 2020, value: 3 },
    ];
    expect(cleanSeries(ordered).map((point) => point.value)).to.deep.equal([1, 2, 3]);
    const late = [...ordered, { period: '2019-07', value: 9 }, { period: 2017, value: 0 }, { period: 2021, value: 4 }];
    expect(cleanSeries(late).map((point) => [point.period, point.value])).to.deep.equal([
      [2017, 0],
      [2018, 1],
      ['2019-07', 2],
      [2020, 3],
      [2021, 4],
    ]);
  });

  it('reads months and days as fractional years and names the finest period kind', () => {
    const data = normalizeGoal(goal({ series: [{ period: '2023-07', value: 1 }, { period: 2022, value: 2 }] }));
    expect(data.points.map((point) => point.x)).to.deep.equal([2022, 2023.5]);
    expect(data.periodKind).to.equal('month');
    expect(periodKind('2023-07-02')).to.equal('day');
    expect(periodKind(2023)).to.equal('year');
    expect(periodKind('2023')).to.equal('year');
  });

  it('keeps comparisons that have a label and a usable point', () => {
    const data = normalizeGoal(
      goal({
        comparisons: [
          { label: 'Riket', series: [{ period: 2020, value: 1 }] },
          { label: 'Tom', series: [] },
          { label: '', series: [{ period: 2020, value: 1 }] },
        ],
      }),
    );
    expect(data.comparisons.map((comparison) => comparison.label)).to.deep.equal(['Riket']);
  });

  it('reads target and baseline with or without a period', () => {
    const data = normalizeGoal(goal({ target: { value: 80, period: '2030-06' }, baseline: { value: 60 } }));
    expect(data.target).to.deep.equal({ value: 80, period: '2030-06', x: 2030 + 5 / 12 });
    expect(data.baseline).to.deep.equal({ value: 60 });
  });

  it('uses goalStatus: the data’s own status wins, otherwise computed as of the given year', () => {
    const rising = [
      { period: 2020, value: 50 },
      { period: 2021, value: 60 },
      { period: 2022, value: 70 },
    ];
    expect(normalizeGoal(goal({ series: rising, target: { value: 80, period: 2030 } }), { asOf: 2025 }).status).to.equal('on-track');
    expect(normalizeGoal(goal({ series: rising, target: { value: 80, period: 2030 }, status: 'off-track' }), { asOf: 2025 }).status).to.equal('off-track');
    expect(normalizeGoal(goal({ series: rising, target: { value: 80, period: 2030 } }), { asOf: 2020.5 }).status).to.equal('at-risk');
    expect(normalizeGoal(goal({ series: [] })).status).to.equal('no-data');
  });

  it('computes the same status as goalStatus on 3,000 generated goals: unsorted, repeated, invalid and late points included', () => {
    const next = random(31);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const periods = [2016, 2017, 2018, 2019, 2020, 2021, '2020', '2021-01', '2021-07', '2021-07-01', '2022-02-28', '2023-12', 2024, 2026, '2030', '2021-13', 'x', 1.5, null];
    const values = [0, 1, 12.5, 40, 55, 60, 61, 70, 80, 95, -3, Number.NaN, Number.POSITIVE_INFINITY, '61'];
    const point = () => (next() < 0.05 ? pick<unknown>([null, [], 'x', { value: 1 }]) : { period: pick(periods), value: pick(values) });
    const seen = new Set<string>();
    for (let index = 0; index < 3000; index++) {
      const series = Array.from({ length: Math.floor(next() * 9) }, point);
      const input = goal({
        series: series as Goal['series'],
        direction: next() < 0.5 ? 'increase' : 'decrease',
        ...(next() < 0.8 ? { target: { value: pick([50, 60, 75, 80, 100]), ...(next() < 0.8 ? { period: pick([2018, 2022, 2025, '2030-06', 'y']) } : {}) } } : {}),
        ...(next() < 0.05 ? { status: pick(['achieved', 'unknown']) as Goal['status'] } : {}),
      } as Partial<Goal>);
      const asOf = pick([undefined, Number.NaN, 2017.5, 2021, 2021.6, 2023, 2040]);
      const status = normalizeGoal(input, { asOf }).status;
      expect(status, JSON.stringify({ input, asOf })).to.equal(goalStatus(input, asOf));
      seen.add(status);
    }
    // The sample reaches every rule.
    expect([...seen].sort()).to.deep.equal(['achieved', 'at-risk', 'no-data', 'off-track', 'on-track']);
  });

  it('takes a series that arrives later (e.g. from Kolada) instead of the goal’s own, and names its source', () => {
    const input = goal({ series: [], source: { kolada: { kpi: 'N1', municipality: '1282' } } });
    const before = normalizeGoal(input, { asOf: 2025 });
    expect(before.status).to.equal('no-data');
    expect(before.source).to.deep.equal({ name: 'Kolada', kolada: true });
    const after = normalizeGoal(input, { asOf: 2025, series: [{ period: 2023, value: 1 }, { period: 2024, value: 2 }], sourceName: 'Kolada' });
    expect(after.points).to.have.length(2);
    expect(after.status).to.equal('on-track');
    expect(input.series).to.deep.equal([]);
  });

  it('gives the latest point', () => {
    expect(latestPoint(normalizeGoal(goal({ series: [{ period: 2024, value: 2 }, { period: 2023, value: 1 }] })))?.value).to.equal(2);
    expect(latestPoint(normalizeGoal(goal()))).to.equal(undefined);
  });

  it('copes with odd input from data that has issues', () => {
    const odd = { id: 'g', title: 'Mål', decimals: 42, unit: '  ', direction: 'sideways', target: { value: 'x' }, comparisons: 'none' } as unknown as Goal;
    const data = normalizeGoal(odd);
    expect(data).to.include({ direction: 'increase', status: 'no-data' });
    expect(data.decimals).to.equal(undefined);
    expect(data.unit).to.equal(undefined);
    expect(data.target).to.equal(undefined);
  });
});

describe('chart data: finding goals', () => {
  const strategy = {
    version: 1,
    title: 'S',
    areas: [
      { id: 'a', title: 'A', goals: [goal({ id: 'one' })] },
      { id: 'b', title: 'B', goals: [goal({ id: 'two' }), goal({ id: 'three' })] },
      { id: 'c', title: 'C' },
    ],
  } as Strategy;

  it('finds a goal by id with its area', () => {
    expect(findGoal(strategy, 'two')?.area.id).to.equal('b');
    expect(findGoal(strategy, 'none')).to.equal(undefined);
  });

  it('lists the goals of one area or of all; undefined for an unknown area', () => {
    expect(goalsOf(strategy, 'b')!.map((found) => found.goal.id)).to.deep.equal(['two', 'three']);
    expect(goalsOf(strategy)!.map((found) => found.goal.id)).to.deep.equal(['one', 'two', 'three']);
    expect(goalsOf(strategy, 'c')).to.deep.equal([]);
    expect(goalsOf(strategy, 'x')).to.equal(undefined);
  });

  it('explains a missing or unknown goal id for the web editor', () => {
    const missing = resolveGoal(strategy, undefined, undefined, 'vagval-goal-chart');
    expect(missing.kind).to.equal('missing');
    const unknown = resolveGoal(strategy, 'fyra', undefined, 'vagval-goal-chart');
    expect(unknown).to.deep.include({ kind: 'missing', message: '<vagval-goal-chart goal="fyra">: the data has no goal with that id.' });
    expect(unknown.kind === 'missing' && unknown.issues[0]!.message).to.equal('no goal has the id "fyra"; the goals\' ids are "one", "two", "three"');
    expect(resolveGoal(undefined, 'one', undefined, 'x').kind).to.equal('none');
    expect(resolveGoal(strategy, ' one ', '2025', 'x').kind).to.equal('goal');
  });

  it('reads as-of periods', () => {
    expect(asOfYear('2025')).to.equal(2025);
    expect(asOfYear('2025-07')).to.equal(2025.5);
    expect(asOfYear('soon')).to.equal(undefined);
    expect(asOfYear(undefined)).to.equal(undefined);
  });
});
