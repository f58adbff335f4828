import { expect } from '@open-wc/testing';
import { goalStatus, linearFit, periodToYear, seriesPoints, type Goal, type SeriesPoint } from '../../src/data/index.js';

const series = (...points: [number | string, number][]): SeriesPoint[] => points.map(([period, value]) => ({ period, value }));

function goal(extra: Partial<Goal>): Goal {
  return { id: 'g', title: 'Goal', ...extra };
}

const FAR = 2100; // an asOf after every point of these tests

describe('goalStatus', () => {
  describe('rule 1: no point', () => {
    it('is no-data without a series, with an empty one, or when every point is after asOf', () => {
      expect(goalStatus(goal({}), FAR)).to.equal('no-data');
      expect(goalStatus(goal({ series: [] }), FAR)).to.equal('no-data');
      expect(goalStatus(goal({ series: series([2021, 1], [2022, 2]) }), 2020.9)).to.equal('no-data');
    });

    it('uses today as the default asOf', () => {
      expect(goalStatus(goal({ series: series([9000, 1], [9001, 2]) }))).to.equal('no-data');
      expect(goalStatus(goal({ series: series([2000, 1], [2001, 2]) }))).to.equal('on-track');
    });
  });

  describe('rule 2: the latest point meets the target', () => {
    it('is achieved when the latest value is at or above the target (increase)', () => {
      expect(goalStatus(goal({ target: { value: 80, period: 2030 }, series: series([2019, 60], [2020, 81]) }), FAR)).to.equal('achieved');
      expect(goalStatus(goal({ target: { value: 80, period: 2030 }, series: series([2019, 60], [2020, 80]) }), FAR)).to.equal('achieved');
    });

    it('is achieved when the latest value is at or below the target (decrease)', () => {
      const target = { value: 10, period: 2030 };
      expect(goalStatus(goal({ direction: 'decrease', target, series: series([2019, 30], [2020, 9]) }), FAR)).to.equal('achieved');
      expect(goalStatus(goal({ direction: 'decrease', target, series: series([2019, 30], [2020, 10]) }), FAR)).to.equal('achieved');
    });

    it('takes the latest point by period, not by position in the list', () => {
      const target = { value: 80, period: 2030 };
      expect(goalStatus(goal({ target, series: series([2021, 85], [2019, 60], [2020, 70]) }), FAR)).to.equal('achieved');
      expect(goalStatus(goal({ target, series: series([2021, 70], [2019, 60], [2020, 85]) }), FAR)).not.to.equal('achieved');
    });

    it('applies even after the target period has passed', () => {
      expect(goalStatus(goal({ target: { value: 80, period: 2015 }, series: series([2019, 60], [2020, 90]) }), FAR)).to.equal('achieved');
    });
  });

  describe('rule 3: one point only', () => {
    it('is at-risk, with or without a target', () => {
      expect(goalStatus(goal({ target: { value: 80, period: 2030 }, series: series([2020, 60]) }), FAR)).to.equal('at-risk');
      expect(goalStatus(goal({ series: series([2020, 60]) }), FAR)).to.equal('at-risk');
    });
  });

  describe('rule 4: the deadline has passed', () => {
    it('is off-track when the target period is not after the latest point', () => {
      const rising = series([2018, 60], [2019, 70], [2020, 79]);
      expect(goalStatus(goal({ target: { value: 80, period: 2020 }, series: rising }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ target: { value: 80, period: 2019 }, series: rising }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ target: { value: 80, period: '2020-01' }, series: rising }), FAR)).to.equal('off-track');
    });
  });

  describe('rule 5: the trend', () => {
    const target = { value: 80, period: 2030 };

    it('is on-track when the line reaches the target by its period (increase)', () => {
      // Slope 5 a year: 70 in 2021, 115 in 2030.
      expect(goalStatus(goal({ target, series: series([2019, 60], [2020, 65], [2021, 70]) }), FAR)).to.equal('on-track');
    });

    it('is at-risk when the line improves but too slowly, off-track when it does not improve', () => {
      expect(goalStatus(goal({ target, series: series([2019, 60], [2020, 61], [2021, 62]) }), FAR)).to.equal('at-risk');
      expect(goalStatus(goal({ target, series: series([2019, 62], [2020, 61], [2021, 60]) }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ target, series: series([2019, 60], [2020, 60]) }), FAR)).to.equal('off-track');
    });

    it('mirrors all three for a decrease goal', () => {
      const down = { value: 10, period: 2030 };
      const status = (...points: [number, number][]) => goalStatus(goal({ direction: 'decrease', target: down, series: series(...points) }), FAR);
      expect(status([2019, 40], [2020, 35], [2021, 30])).to.equal('on-track');
      expect(status([2019, 40], [2020, 39.5], [2021, 39])).to.equal('at-risk');
      expect(status([2019, 30], [2020, 35], [2021, 40])).to.equal('off-track');
    });

    it('counts exactly reaching the target as on-track', () => {
      // Slope 10 a year: exactly 80 in 2022.
      expect(goalStatus(goal({ target: { value: 80, period: 2022 }, series: series([2020, 60], [2021, 70]) }), FAR)).to.equal('on-track');
    });

    it('without a target: on-track when the slope is in the goal direction, else off-track', () => {
      expect(goalStatus(goal({ series: series([2019, 1], [2020, 2]) }), FAR)).to.equal('on-track');
      expect(goalStatus(goal({ series: series([2019, 2], [2020, 1]) }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ series: series([2019, 2], [2020, 2]) }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ direction: 'decrease', series: series([2019, 2], [2020, 1]) }), FAR)).to.equal('on-track');
      expect(goalStatus(goal({ direction: 'decrease', series: series([2019, 1], [2020, 2]) }), FAR)).to.equal('off-track');
    });

    it('fits only the last five points', () => {
      // All six points slope downwards; the last five rise by 1 a year.
      const points = series([2015, 100], [2016, 50], [2017, 51], [2018, 52], [2019, 53], [2020, 54]);
      expect(linearFit(seriesPoints(points)).slope).to.be.below(0);
      expect(goalStatus(goal({ series: points }), FAR)).to.equal('on-track');
      // Slope 1 from 54 in 2020 reaches 60 in 2026: on track for 60, not for 61.
      expect(goalStatus(goal({ target: { value: 60, period: 2026 }, series: points }), FAR)).to.equal('on-track');
      expect(goalStatus(goal({ target: { value: 61, period: 2026 }, series: points }), FAR)).to.equal('at-risk');
    });

    it('treats a target without a period as a goal without a deadline', () => {
      expect(goalStatus(goal({ target: { value: 80 }, series: series([2019, 60], [2020, 61]) }), FAR)).to.equal('on-track');
      expect(goalStatus(goal({ target: { value: 80 }, series: series([2019, 61], [2020, 60]) }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ target: { value: 80 }, series: series([2019, 60], [2020, 81]) }), FAR)).to.equal('achieved');
    });
  });

  describe('asOf', () => {
    const target = { value: 80, period: 2030 };
    const points = series([2019, 60], [2020, 65], [2021, 90]);

    it('ignores points after asOf', () => {
      expect(goalStatus(goal({ target, series: points }), 2020.5)).to.equal('on-track');
      expect(goalStatus(goal({ target, series: points }), 2019.5)).to.equal('at-risk');
      expect(goalStatus(goal({ target, series: points }), 2022)).to.equal('achieved');
    });

    it('keeps a point whose period equals asOf', () => {
      expect(goalStatus(goal({ target, series: points }), 2021)).to.equal('achieved');
    });

    it('falls back to today for a NaN asOf', () => {
      expect(goalStatus(goal({ series: series([2000, 1], [2001, 2]) }), NaN)).to.equal('on-track');
    });
  });

  describe('month and day periods', () => {
    it('places month points at fractional years', () => {
      // 10 at 2023.0 and 20 at 2023.5: slope 20 a year, 40 at 2024.5.
      const points = series(['2023-01', 10], ['2023-07', 20]);
      expect(goalStatus(goal({ target: { value: 40, period: '2024-07' }, series: points }), FAR)).to.equal('on-track');
      expect(goalStatus(goal({ target: { value: 41, period: '2024-07' }, series: points }), FAR)).to.equal('at-risk');
    });

    it('places day points at fractional years, leap years included', () => {
      // 2024 is a leap year: 2024-07-02 is 2024.5, so the slope is 20 a year.
      const points = series(['2024-01-01', 10], ['2024-07-02', 20]);
      expect(goalStatus(goal({ target: { value: 40, period: '2025-07-02' }, series: points }), FAR)).to.equal('at-risk');
      expect(goalStatus(goal({ target: { value: 40, period: '2025-07-03' }, series: points }), FAR)).to.equal('on-track');
      expect(goalStatus(goal({ target: { value: 40, period: '2025-07-02' }, series: points }), periodToYear('2024-07-01'))).to.equal('at-risk');
    });

    it('sorts mixed period forms by time', () => {
      const points = series(['2020-07', 3], [2020, 1], ['2020-03-01', 2]);
      expect(seriesPoints(points).map((p) => p.y)).to.deep.equal([1, 2, 3]);
    });
  });

  describe("the goal's own status", () => {
    it('wins over the computed one', () => {
      expect(goalStatus(goal({ status: 'achieved' }), FAR)).to.equal('achieved');
      expect(goalStatus(goal({ status: 'off-track', target: { value: 1 }, series: series([2020, 5]) }), FAR)).to.equal('off-track');
      expect(goalStatus(goal({ status: 'no-data', series: series([2020, 5], [2021, 6]) }), FAR)).to.equal('no-data');
    });

    it('is ignored when it is not a known status', () => {
      const odd = { ...goal({ series: series([2020, 1], [2021, 2]) }), status: 'green' } as unknown as Goal;
      expect(goalStatus(odd, FAR)).to.equal('on-track');
    });
  });

  describe('odd input', () => {
    it('never throws and skips unusable points', () => {
      const odd = [
        null,
        undefined,
        {},
        { series: 'nope' },
        { series: [null, 5, 'x', { period: {} }, { period: 2020 }, { value: 3 }] },
        { series: [{ period: 2020, value: NaN }, { period: 2021, value: Infinity }, { period: '2023-02-29', value: 1 }] },
        { target: 'x', direction: 7, series: [{ period: 2020, value: 1 }, { period: 2021, value: 2 }] },
        { target: { value: NaN, period: 'x' }, series: [{ period: 2020, value: 1 }, { period: 2020, value: 1 }] },
      ];
      const results = odd.map((input) => goalStatus(input as unknown as Goal, FAR));
      expect(results).to.deep.equal(['no-data', 'no-data', 'no-data', 'no-data', 'no-data', 'no-data', 'on-track', 'off-track']);
    });
  });
});

describe('linearFit', () => {
  it('fits a least-squares line', () => {
    const fit = linearFit([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 5 },
    ]);
    expect(fit.slope).to.equal(2);
    expect(fit.intercept).to.equal(1);
    expect(fit.at(10)).to.equal(21);
    const noisy = linearFit([
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
    ]);
    expect(noisy.slope).to.be.closeTo(0.5, 1e-12);
    expect(noisy.at(2)).to.be.closeTo(2, 1e-12);
  });

  it('is flat through the mean when every x is the same, NaN without points', () => {
    const flat = linearFit([
      { x: 2020, y: 1 },
      { x: 2020, y: 3 },
    ]);
    expect(flat.slope).to.equal(0);
    expect(flat.at(2030)).to.equal(2);
    expect(linearFit([]).slope).to.be.NaN;
  });
});
