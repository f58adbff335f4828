import { expect } from '@open-wc/testing';
import { comparePeriods, currentYear, isValidPeriod, periodToYear } from '../../src/data/index.js';
import { PERIOD_PATTERN, isNonexistentDay } from '../../src/data/period.js';
import { random } from '../fuzz/mutate.js';

describe('periods as fractional years', () => {
  it('reads a year, as a number or a string, as the start of that year', () => {
    expect(periodToYear(2023)).to.equal(2023);
    expect(periodToYear('2023')).to.equal(2023);
  });

  it('adds (month - 1) / 12 for a month', () => {
    expect(periodToYear('2023-01')).to.equal(2023);
    expect(periodToYear('2023-07')).to.equal(2023.5);
    expect(periodToYear('2023-12')).to.equal(2023 + 11 / 12);
  });

  it('adds (day of year - 1) / days in that year for a day', () => {
    expect(periodToYear('2023-01-01')).to.equal(2023);
    expect(periodToYear('2023-07-02')).to.equal(2023 + 182 / 365);
    expect(periodToYear('2023-12-31')).to.equal(2023 + 364 / 365);
  });

  it('counts 366 days in a leap year', () => {
    // 2024: 31 + 29 + 31 + 30 + 31 + 30 days before July, so July 2nd is day 184.
    expect(periodToYear('2024-07-02')).to.equal(2024.5);
    expect(periodToYear('2024-03-01')).to.equal(2024 + 60 / 366);
    expect(periodToYear('2024-12-31')).to.equal(2024 + 365 / 366);
    expect(periodToYear('2000-02-29')).to.equal(2000 + 59 / 366);
  });

  it('returns NaN for a period that is not a real year, month or day', () => {
    for (const period of ['2024-13-45', '2023-02-29', '1900-02-29', '2023-04-31', '2023-00', '2023-6', '2023/06', '23', '', ' 2023', 2023.5, 99, NaN, Infinity]) {
      expect(periodToYear(period), String(period)).to.be.NaN;
    }
  });

  it('isNonexistentDay flags only a well-shaped day that is not in the calendar', () => {
    for (const text of ['2023-02-29', '1900-02-29', '2023-04-31', '2024-06-31']) expect(isNonexistentDay(text), text).to.equal(true);
    // Real days, and texts of another shape (the pattern reports those), are not flagged.
    for (const text of ['2024-02-29', '2000-02-29', '2023-12-31', '2023-02', '2023', '2024-13-45', '2023-02-3x', '']) {
      expect(isNonexistentDay(text), text).to.equal(false);
    }
  });

  it('reads period strings exactly as PERIOD_PATTERN and the calendar do', () => {
    // The reader works on character codes; PERIOD_PATTERN and Date are the references.
    const isRealDate = (text: string) => {
      const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    const two = (n: number) => String(n).padStart(2, '0');
    const texts = ['1000', '0999', '9999', '10000', '', '2023-6', '2023-06-1', ' 2023', '2023 ', '2023\n', '２０２３'];
    for (const year of ['1900', '2000', '2023', '2024']) {
      for (let month = 0; month <= 13; month++) {
        texts.push(`${year}-${two(month)}`);
        for (let day = 0; day <= 32; day++) texts.push(`${year}-${two(month)}-${two(day)}`);
      }
    }
    // Random texts, mostly digits with dashes where a period has them.
    const rand = random(7);
    for (let i = 0; i < 20_000; i++) {
      const length = [4, 7, 10, Math.floor(rand() * 12)][i % 4]!;
      let text = '';
      while (text.length < length) {
        const dash = text.length === 4 || text.length === 7;
        text += rand() < 0.9 ? (dash ? '-' : String(Math.floor(rand() * 10))) : '-x /'[Math.floor(rand() * 4)];
      }
      texts.push(text);
    }
    for (const text of texts) {
      const valid = PERIOD_PATTERN.test(text) && isRealDate(text);
      expect(isValidPeriod(text), text).to.equal(valid);
      expect(Number.isNaN(periodToYear(text)), text).to.equal(!valid);
      expect(isNonexistentDay(text), text).to.equal(text.length === 10 && PERIOD_PATTERN.test(text) && !isRealDate(text));
    }
  });

  it('isValidPeriod agrees with periodToYear, and rejects other types', () => {
    expect(isValidPeriod(2023)).to.equal(true);
    expect(isValidPeriod('2024-02-29')).to.equal(true);
    expect(isValidPeriod('2023-02-29')).to.equal(false);
    expect(isValidPeriod(null)).to.equal(false);
    expect(isValidPeriod({ period: 2023 })).to.equal(false);
  });

  it('currentYear gives a date (local time) as a fractional year', () => {
    expect(currentYear(new Date(2024, 6, 2, 15, 30))).to.equal(2024.5);
    expect(currentYear(new Date(2023, 0, 1))).to.equal(2023);
    const now = currentYear();
    expect(now).to.be.within(new Date().getFullYear(), new Date().getFullYear() + 1);
  });

  it('comparePeriods sorts by time across forms, invalid periods last', () => {
    const sorted = ['2023-07', 'nonsense', 2022, '2022-12-31', 2023].sort(comparePeriods);
    expect(sorted).to.deep.equal([2022, '2022-12-31', 2023, '2023-07', 'nonsense']);
    expect(comparePeriods(2023, '2023')).to.equal(0);
  });
});
