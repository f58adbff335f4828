import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDate, parseIsoDate } from '../../src/format/date.js';
import { formatCount, formatValue, formatValueForSpeech, valueFormats } from '../../src/format/number.js';
import { resolveDataUrl, safeUrl } from '../../src/format/url.js';

const NBSP = /\u00a0|\u202f/g;
const plain = (text: string | undefined) => text?.replace(NBSP, ' ');

describe('formatValue', () => {
  it('writes percentages the Swedish and the English way', () => {
    expect(plain(formatValue(70.8, 'sv', { unit: '%', decimals: 1 }))).to.equal('70,8 %');
    expect(formatValue(70.8, 'en', { unit: '%', decimals: 1 })).to.equal('70.8%');
  });

  it('groups thousands and keeps other units after a space', () => {
    expect(plain(formatValue(11700, 'sv', { unit: 'kr' }))).to.equal('11 700 kr');
    expect(formatValue(11700, 'en', { unit: 'kr' })).to.equal('11,700 kr');
    expect(plain(formatValue(2.5, 'sv', { decimals: 2 }))).to.equal('2,50');
  });

  it('shows a dash for a value that is not a number', () => {
    expect(formatValue(Number.NaN, 'sv')).to.equal('–');
  });
});

describe('formatValueForSpeech', () => {
  it('never groups digits with spaces, and says the unit', () => {
    expect(formatValueForSpeech(11700, 'sv', { unit: 'kr' })).to.equal('11700 kr');
    expect(formatValueForSpeech(70.8, 'sv', { unit: '%', decimals: 1 })).to.equal('70,8 procent');
    expect(formatValueForSpeech(70.8, 'en', { unit: '%', decimals: 1 })).to.equal('70.8 percent');
  });

  it('writes a number exactly as an ungrouped formatter does, large, negative and rounded ones too', () => {
    expect(formatValueForSpeech(-1234567.891, 'sv', { decimals: 2 })).to.equal('\u22121234567,89');
    expect(formatValueForSpeech(-1234567.891, 'en', { decimals: 2 })).to.equal('-1234567.89');
    for (const lang of ['sv', 'en'] as const) {
      for (const decimals of [undefined, 0, 1, 3]) {
        const ungrouped = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { useGrouping: false, minimumFractionDigits: decimals ?? 0, maximumFractionDigits: decimals ?? 2 });
        for (const value of [0, 1.005, -2.5, 999.995, 12345.678, -98765432.1, 1e21]) {
          expect(formatValueForSpeech(value, lang, { decimals }), `${lang} ${decimals} ${value}`).to.equal(ungrouped.format(value));
        }
      }
    }
  });
});

describe('valueFormats', () => {
  it('shows and speaks many values with one set of options, as formatValue and formatValueForSpeech do', () => {
    const percent = valueFormats('sv', { unit: '%', decimals: 1 });
    expect(plain(percent.shown(70.8))).to.equal('70,8 %');
    expect(percent.spoken(70.8)).to.equal('70,8 procent');
    const kronor = valueFormats('en', { unit: 'kr' });
    expect(kronor.shown(11700)).to.equal('11,700 kr');
    expect(kronor.spoken(11700)).to.equal('11700 kr');
    expect(kronor.shown(Number.POSITIVE_INFINITY)).to.equal('–');
    expect(kronor.spoken(Number.NaN)).to.equal('–');
  });
});

describe('formatCount', () => {
  it('groups the locale way', () => {
    expect(plain(formatCount(2000, 'sv'))).to.equal('2 000');
    expect(formatCount(2000, 'en')).to.equal('2,000');
  });

  it('shows a dash for a count that is not a number, as formatValue does', () => {
    expect(formatCount(Number.NaN, 'sv')).to.equal('–');
    expect(formatCount(Number.POSITIVE_INFINITY, 'en')).to.equal('–');
  });
});

describe('formatDate', () => {
  it('writes a day and a month in words', () => {
    expect(formatDate('2024-03-14', 'sv')).to.equal('14 mars 2024');
    expect(formatDate('2024-03-14', 'en')).to.equal('14 March 2024');
    expect(formatDate('2021-03', 'sv')).to.equal('mars 2021');
  });

  it('leaves out what is not a real date instead of printing "Invalid Date"', () => {
    expect(formatDate('2024-13-45', 'sv')).to.equal(undefined);
    expect(formatDate('2023-02-29', 'sv')).to.equal(undefined);
    expect(formatDate('igår', 'sv')).to.equal(undefined);
    expect(formatDate(20240314, 'sv')).to.equal(undefined);
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('reads exactly the texts the ISO date pattern matches (around spaces), when they are real dates', () => {
    const pattern = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
    const byPattern = (text: string) => {
      const match = pattern.exec(text.trim());
      if (!match) return undefined;
      const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
      if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > days))) return undefined;
      return day === undefined ? { year, month } : { year, month, day };
    };
    const years = ['0000', '0999', '1900', '2000', '2023', '2024', '9999', '20a4', '202', '20245', '２０２４'];
    const months = ['00', '01', '02', '04', '12', '13', '1', '1a', ''];
    const days = ['', '00', '01', '28', '29', '30', '31', '32', '3', '3x'];
    let checked = 0;
    for (const year of years) {
      for (const month of months) {
        for (const day of days) {
          for (const text of [`${year}-${month}${day ? `-${day}` : ''}`, `${year}/${month}/${day}`, ` ${year}-${month}-${day}\n`, `${year}-${month}-${day}x`]) {
            expect(parseIsoDate(text), JSON.stringify(text)).to.deep.equal(byPattern(text));
            checked++;
          }
        }
      }
    }
    expect(checked).to.equal(years.length * months.length * days.length * 4);
    expect(parseIsoDate(' 2024-02-29 ')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).to.equal(undefined);
    expect(parseIsoDate('0400-02-29')).to.deep.equal({ year: 400, month: 2, day: 29 });
  });
});

describe('formatCalendarDate', () => {
  it('writes every day of a month as formatDate always has', () => {
    expect(formatCalendarDate({ year: 2024, month: 3, day: 14 }, 'sv')).to.equal('14 mars 2024');
    expect(formatCalendarDate({ year: 2024, month: 12, day: 31 }, 'en')).to.equal('31 December 2024');
    expect(formatCalendarDate({ year: 2021, month: 3 }, 'sv')).to.equal('mars 2021');
    for (const lang of ['sv', 'en'] as const) {
      const days = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
      for (let day = 0; day < 366; day++) {
        const instant = new Date(Date.UTC(2024, 0, 1 + day, 12));
        const date = { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
        expect(formatCalendarDate(date, lang)).to.equal(days.format(instant));
      }
    }
  });
});

describe('safeUrl', () => {
  it('keeps http, https, mailto, tel and relative URLs', () => {
    for (const url of ['https://example.se/a', 'http://example.se', 'mailto:a@example.se', 'tel:+4641800000', '/trygghet', 'trygghet.html', '#mal', '?q=1']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '', 42, null]) {
      expect(safeUrl(url), String(url)).to.equal(undefined);
    }
  });

  it('resolves relative data URLs against the data file', () => {
    expect(resolveDataUrl('images/a.svg', 'https://example.se/data/vagval.json')).to.equal('https://example.se/data/images/a.svg');
    expect(resolveDataUrl('javascript:alert(1)', 'https://example.se/data/vagval.json')).to.equal(undefined);
    expect(resolveDataUrl('/a', undefined)).to.equal('/a');
  });
});
