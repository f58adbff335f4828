import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDate, formatShortMonth } from '../../src/format/date.js';
import { formatCount, valueFormats } from '../../src/format/number.js';
import { intlLocale, type UiLang } from '../../src/i18n/lang.js';
import { random } from '../fuzz/mutate.js';

// The formatters in src/format write numbers and dates without Intl; these tests hold them to what
// Intl itself writes in this browser, on every option set the library uses.

const langs: readonly UiLang[] = ['sv', 'en'];
// A goal's decimals (0 to 10), or none: 0 to 2 fraction digits.
const decimalSets: readonly (number | undefined)[] = [undefined, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Values across magnitudes, with the ones rounding trips over: halves at each decimal, near a new group, around zero. */
function values(seed: number, count: number): number[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sign = () => (next() < 0.4 ? -1 : 1);
  const list = [0, -0, -0.001, -1e-7, 1e-7, 0.5, -0.5, 1.005, 2.675, 999.995, 9999.5, 99999.95, 999999.5, -11700.5, 1e21, -1e21, 2 ** 53, 2 ** 60, 1.5e300];
  while (list.length < count) {
    const digits = Math.floor(next() * 6) * 1000 + Math.floor(next() * 1000);
    switch (Math.floor(next() * 6)) {
      case 0: // any magnitude from 1e-7 to 1e21
        list.push(sign() * next() * 10 ** (Math.floor(next() * 29) - 7));
        break;
      case 1: // whole numbers
        list.push(sign() * Math.floor(next() * 10 ** Math.floor(next() * 16)));
        break;
      case 2: {
        // a half at some decimal: 12.5, 3.05, 7.005 …, written as decimal text so the double is its nearest
        const places = Math.floor(next() * 11);
        list.push(sign() * Number(`${digits}.${'0'.repeat(places)}5`));
        break;
      }
      case 3: {
        // just below a power of ten, where rounding carries into a new digit group: 999.995, 9999.5
        const power = Math.floor(next() * 10) + 1;
        list.push(sign() * Number(`${'9'.repeat(power)}.${'9'.repeat(Math.floor(next() * 10))}5`));
        break;
      }
      case 4: // tiny values that round to zero or to one unit in the last place
        list.push(sign() * pick([4, 5, 6, 9.5, 1]) * 10 ** -(Math.floor(next() * 11) + 1));
        break;
      default: // a few decimals, as data has them
        list.push(sign() * Math.round(next() * 10 ** Math.floor(next() * 9)) / pick([1, 10, 100, 1000, 10000]));
    }
  }
  return list;
}

function intl(lang: UiLang, decimals: number | undefined, useGrouping: boolean, percent: boolean): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale(lang), {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
    useGrouping,
    ...(percent ? { style: 'percent' } : {}),
  });
}

/** Runs `work` with the Intl constructors replaced by ones that throw, to prove it creates none. */
function withoutIntl(work: () => void): void {
  const { NumberFormat, DateTimeFormat } = Intl;
  const refuse = () => {
    throw new Error('an Intl constructor was reached');
  };
  Object.assign(Intl, { NumberFormat: refuse, DateTimeFormat: refuse });
  try {
    work();
  } finally {
    Object.assign(Intl, { NumberFormat, DateTimeFormat });
  }
}

describe('number formatting matches Intl.NumberFormat', () => {
  const sample = values(20261127, 3000);

  for (const lang of langs) {
    it(`${lang}: shown, spoken and percent values, every decimals setting, ${sample.length} values each`, () => {
      for (const decimals of decimalSets) {
        const grouped = intl(lang, decimals, true, false);
        const ungrouped = intl(lang, decimals, false, false);
        const percent = intl(lang, decimals, true, true);
        const options = decimals === undefined ? {} : { decimals };
        let plain = valueFormats(lang, options);
        let percentages = valueFormats(lang, { ...options, unit: '%' });
        withoutIntl(() => {
          plain = valueFormats(lang, options);
          percentages = valueFormats(lang, { ...options, unit: '%' });
        });
        const mismatches: string[] = [];
        for (const value of sample) {
          const ours = { shown: '', spoken: '', percent: '' };
          withoutIntl(() => {
            ours.shown = plain.shown(value);
            ours.spoken = plain.spoken(value);
            ours.percent = percentages.shown(value);
          });
          if (ours.shown !== grouped.format(value)) mismatches.push(`shown ${value}: ${ours.shown} ≠ ${grouped.format(value)}`);
          if (ours.spoken !== ungrouped.format(value)) mismatches.push(`spoken ${value}: ${ours.spoken} ≠ ${ungrouped.format(value)}`);
          if (ours.percent !== percent.format(value / 100)) mismatches.push(`percent ${value}: ${ours.percent} ≠ ${percent.format(value / 100)}`);
          const both = { plain: plain.both(value), percent: percentages.both(value) };
          if (both.plain.text !== ours.shown || both.plain.speech !== ours.spoken) mismatches.push(`both ${value}: ${JSON.stringify(both.plain)}`);
          if (both.percent.text !== ours.percent || both.percent.speech !== percentages.spoken(value)) mismatches.push(`both % ${value}: ${JSON.stringify(both.percent)}`);
        }
        expect(mismatches.slice(0, 10), `${lang}, decimals ${decimals}`).to.deep.equal([]);
      }
    });

    it(`${lang}: counts`, () => {
      const counts = intl(lang, 0, true, false);
      for (const count of [0, 1, 12, 999, 1000, 2000, 12345, 999999, 1000000, 123456789]) {
        let ours = '';
        withoutIntl(() => (ours = formatCount(count, lang)));
        expect(ours, String(count)).to.equal(counts.format(count));
      }
    });
  }

  it('writes the facts measured in Chromium: shortest-decimal rounding, the minus sign and the spaces', () => {
    expect(valueFormats('sv', {}).shown(1.005)).to.equal('1,01');
    expect(valueFormats('sv', {}).shown(2.675)).to.equal('2,68');
    expect(valueFormats('sv', {}).shown(-0)).to.equal('\u22120');
    expect(valueFormats('sv', {}).shown(-0.001)).to.equal('\u22120');
    expect(valueFormats('sv', {}).shown(-11700.5)).to.equal('\u221211\u00a0700,5');
    expect(valueFormats('sv', { unit: '%', decimals: 1 }).shown(70.8)).to.equal('70,8\u00a0%');
    expect(valueFormats('en', { unit: '%', decimals: 0 }).shown(70.8)).to.equal('71%');
    expect(valueFormats('en', {}).shown(1e21)).to.equal('1,000,000,000,000,000,000,000');
  });

  it('leaves fraction digits Intl alone understands to Intl: 1.5 decimals are 1, -1 is a RangeError', () => {
    expect(valueFormats('en', { decimals: 1.5 }).shown(2.25)).to.equal(intl('en', 1, true, false).format(2.25));
    expect(() => valueFormats('en', { decimals: -1 })).to.throw(RangeError);
  });
});

describe('date formatting matches Intl.DateTimeFormat', () => {
  /** Noon UTC of a date, for any year from 1 (Date.UTC reads 0–99 as 1900–1999). */
  const noon = (year: number, month: number, day: number) => {
    const instant = new Date(Date.UTC(2000, month - 1, day, 12));
    instant.setUTCFullYear(year);
    return instant;
  };

  for (const lang of langs) {
    it(`${lang}: every day of a leap and a non-leap year, and months across the years 1 to 9999`, () => {
      const days = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
      const months = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', year: 'numeric', month: 'long' });
      const mismatches: string[] = [];
      for (const year of [2023, 2024]) {
        for (let month = 1; month <= 12; month++) {
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          for (let day = 1; day <= last; day++) {
            const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            let ours: string | undefined;
            withoutIntl(() => (ours = formatDate(iso, lang)));
            if (ours !== days.format(noon(year, month, day))) mismatches.push(`${iso}: ${ours}`);
          }
        }
      }
      const next = random(7);
      for (let year = 1; year <= 9999; year += 1 + Math.floor(next() * 60)) {
        const month = 1 + Math.floor(next() * 12);
        const day = 1 + Math.floor(next() * 28);
        let ours = { day: '', month: '' };
        withoutIntl(() => (ours = { day: formatCalendarDate({ year, month, day }, lang), month: formatCalendarDate({ year, month }, lang) }));
        if (ours.day !== days.format(noon(year, month, day))) mismatches.push(`${year}-${month}-${day}: ${ours.day}`);
        if (ours.month !== months.format(noon(year, month, 1))) mismatches.push(`${year}-${month}: ${ours.month}`);
      }
      expect(mismatches.slice(0, 10)).to.deep.equal([]);
    });
  }

  for (const lang of langs) {
    it(`${lang}: short months (time axis ticks), every month of years across 1 to 9999`, () => {
      const short = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', year: 'numeric', month: 'short' });
      const mismatches: string[] = [];
      const next = random(12);
      for (let year = 1; year <= 9999; year += 1 + Math.floor(next() * 400)) {
        for (let month = 1; month <= 12; month++) {
          let ours = '';
          withoutIntl(() => (ours = formatShortMonth(year, month, lang)));
          if (ours !== short.format(noon(year, month, 1))) mismatches.push(`${year}-${month}: ${ours}`);
        }
      }
      expect(mismatches.slice(0, 10)).to.deep.equal([]);
    });
  }

  it('knows the leap days of the years 0 to 99, which Date.UTC reads as 1900 to 1999', () => {
    expect(formatDate('0000-02-29', 'en')).to.equal('29 February 0');
    expect(formatDate('0004-02-29', 'sv')).to.equal('29 februari 4');
    expect(formatDate('0100-02-29', 'sv')).to.equal(undefined);
  });
});
