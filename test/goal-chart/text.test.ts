import { expect } from '@open-wc/testing';
import { normalizeGoal } from '../../src/chart/chart-data.js';
import { formatDate } from '../../src/format/date.js';
import { usableSeriesColor } from '../../src/chart/color.js';
import { csvFileName, toCsv } from '../../src/chart/csv.js';
import { memoizeLast } from '../../src/chart/memo.js';
import { chartTexts } from '../../src/chart/messages.js';
import { nextIndex } from '../../src/chart/navigation.js';
import { pointAnnouncement, pointLabelLines } from '../../src/chart/point-text.js';
import { compose, spoken } from '../../src/chart/spoken.js';
import { sortByStatus } from '../../src/chart/status-order.js';
import { distanceText, summaryText, targetText, trendText } from '../../src/chart/summary.js';
import { dataTable } from '../../src/chart/table.js';
import { differenceText, periodText, valueText, valueTexts } from '../../src/chart/value-text.js';
import type { Goal, GoalStatus } from '../../src/data/index.js';
import '../helpers/setup.js';

const NB = '\u00a0';
const goal = (extra: Partial<Goal>): Goal => ({ id: 'g', title: 'Mål', ...extra });

// The example from the issue: a share in per cent, rising, with a national comparison.
const examen = normalizeGoal(
  goal({
    unit: '%',
    decimals: 1,
    series: [
      { period: 2015, value: 58 },
      { period: 2020, value: 65.5 },
      { period: 2024, value: 70.8 },
    ],
    target: { value: 80, period: 2030 },
    comparisons: [{ label: 'Riket', series: [{ period: 2024, value: 73.4 }] }],
    status: 'on-track',
  }),
);

// Money per inhabitant, falling towards its target: values with digit groups.
const bistand = normalizeGoal(
  goal({
    unit: 'kr',
    direction: 'decrease',
    series: [
      { period: 2015, value: 11700 },
      { period: 2024, value: 2640 },
    ],
    target: { value: 2200, period: 2028 },
    status: 'on-track',
  }),
);

describe('text: values and periods', () => {
  it('shows values the Swedish way and speaks them without digit groups', () => {
    expect(valueText(11700, 'sv', { unit: 'kr' })).to.deep.equal({ text: `11${NB}700 kr`, speech: '11700 kr' });
    expect(valueText(70.8, 'sv', { unit: '%', decimals: 1 })).to.deep.equal({ text: `70,8${NB}%`, speech: '70,8 procent' });
    expect(valueText(70.8, 'en', { unit: '%', decimals: 1 })).to.deep.equal({ text: '70.8%', speech: '70.8 percent' });
  });

  it('measures differences of percentages in percentage points', () => {
    expect(differenceText(9.2, 'sv', { unit: '%', decimals: 1 }).text).to.equal('9,2 procentenheter');
    expect(differenceText(1, 'sv', { unit: '%', decimals: 0 }).text).to.equal('1 procentenhet');
    expect(differenceText(9.2, 'en', { unit: '%', decimals: 1 }).text).to.equal('9.2 percentage points');
    expect(differenceText(1440, 'sv', { unit: 'kr' })).to.deep.equal({ text: `1${NB}440 kr`, speech: '1440 kr' });
  });

  it('formats many values with one unit and decimals as valueText does each', () => {
    const kronor = valueTexts('sv', { unit: 'kr', decimals: 1 });
    expect(kronor(11700)).to.deep.equal({ text: `11${NB}700,0 kr`, speech: '11700,0 kr' });
    expect(kronor(-2.25)).to.deep.equal(valueText(-2.25, 'sv', { unit: 'kr', decimals: 1 }));
    const percent = valueTexts('en', { unit: '%' });
    expect(percent(70.85)).to.deep.equal({ text: '70.85%', speech: '70.85 percent' });
    expect(percent(Number.NaN)).to.deep.equal({ text: '–', speech: '–' });
  });

  it('writes months and days exactly as formatDate does', () => {
    for (const lang of ['sv', 'en'] as const) {
      for (const period of ['2024-01', '2024-12', '2024-02-29', '1999-07-04']) expect(periodText(period, lang)).to.equal(formatDate(period, lang));
    }
  });

  it('writes periods as years, months and days, never digit-grouped', () => {
    expect(periodText(2024, 'sv')).to.equal('2024');
    expect(periodText('2024', 'sv')).to.equal('2024');
    expect(periodText('2024-06', 'sv')).to.equal('juni 2024');
    expect(periodText('2024-06-30', 'en')).to.equal('30 June 2024');
  });

  it('composes sentences from parts in both forms', () => {
    expect(compose((a: string, b: string) => `${a} och ${b}`, spoken('1 000', '1000'), 'två')).to.deep.equal({ text: '1 000 och två', speech: '1000 och två' });
  });
});

describe('text: summary', () => {
  it('summarises trend, target, status and comparison in Swedish', () => {
    expect(summaryText(examen, 'sv').text).to.equal(
      `Ökade från 58,0${NB}% 2015 till 70,8${NB}% 2024. Målet är 80${NB}% år 2030. Bedömning: på väg. Jämförelse: Riket 73,4${NB}% år 2024.`,
    );
  });

  it('summarises in English', () => {
    expect(summaryText(examen, 'en').text).to.equal('Rose from 58.0% in 2015 to 70.8% in 2024. The target is 80% by 2030. Assessment: on track. Comparison: Riket 73.4% in 2024.');
  });

  it('has a spoken form without digit groups', () => {
    const summary = summaryText(bistand, 'sv');
    expect(summary.text).to.equal(`Minskade från 11${NB}700 kr 2015 till 2${NB}640 kr 2024. Målet är 2${NB}200 kr år 2028. Bedömning: på väg.`);
    expect(summary.speech).to.equal('Minskade från 11700 kr 2015 till 2640 kr 2024. Målet är 2200 kr år 2028. Bedömning: på väg.');
    expect(summary.speech).not.to.match(/\d[\s\u00a0\u202f]\d/);
  });

  it('says so when a value is unchanged, when there is one value or none, and when there is no target', () => {
    const flat = normalizeGoal(goal({ series: [{ period: 2020, value: 5 }, { period: 2024, value: 5 }] }), { asOf: 2025 });
    expect(trendText(flat, 'sv').text).to.equal('Oförändrat 5 från 2020 till 2024.');
    const one = normalizeGoal(goal({ unit: '%', series: [{ period: 2024, value: 82 }], target: { value: 90, period: 2027 } }), { asOf: 2025 });
    expect(summaryText(one, 'sv').text).to.equal(`Ett mätvärde: 82${NB}% år 2024. Målet är 90${NB}% år 2027. Bedömning: risk att målet inte nås.`);
    const none = normalizeGoal(goal({ series: [], target: { value: 70 } }));
    expect(summaryText(none, 'en').text).to.equal('No values yet. The target is 70. Assessment: no data.');
    const noTarget = normalizeGoal(goal({ series: [{ period: 2023, value: 1 }, { period: 2024, value: 2 }] }), { asOf: 2025 });
    expect(summaryText(noTarget, 'sv').text).to.equal('Ökade från 1 till 2 mellan 2023 och 2024. Inget målvärde är satt. Bedömning: på väg.');
  });

  it('names months in the trend and in the target', () => {
    const monthly = normalizeGoal(goal({ series: [{ period: '2023-01', value: 68 }, { period: '2024-12', value: 46 }], target: { value: 45, period: '2026-06' }, status: 'on-track' }));
    expect(summaryText(monthly, 'sv').text).to.equal('Minskade från 68 till 46 mellan januari 2023 och december 2024. Målet är 45 till juni 2026. Bedömning: på väg.');
    expect(summaryText(monthly, 'en').text).to.equal('Fell from 68 in January 2023 to 46 in December 2024. The target is 45 by June 2026. Assessment: on track.');
  });
});

describe('text: counts', () => {
  // Kolada's unit for a count: "46 antal" is not Swedish, and a bare number next to a
  // period reads as part of it ("45 år 2026" as an age, "68 januari 2023" as a date).
  const bostader = normalizeGoal(
    goal({
      unit: 'antal',
      series: [
        { period: 2021, value: 1180 },
        { period: 2024, value: 260 },
      ],
      target: { value: 350, period: 2027 },
      comparisons: [{ label: 'Riket', series: [{ period: 2024, value: 300 }] }],
      status: 'off-track',
    }),
  );

  it('writes a count as the bare number, and keeps it apart from its period in Swedish', () => {
    expect(summaryText(bostader, 'sv')).to.deep.equal({
      text: `Minskade från 1${NB}180 till 260 mellan 2021 och 2024. Målet är 350 till år 2027. Bedömning: inte på väg. Jämförelse: Riket år 2024: 300.`,
      speech: 'Minskade från 1180 till 260 mellan 2021 och 2024. Målet är 350 till år 2027. Bedömning: inte på väg. Jämförelse: Riket år 2024: 300.',
    });
    expect(distanceText(bostader, 'sv')!.text).to.equal('90 kvar till målet på 350 till år 2027');
    expect(targetText(bostader, 'sv')!.text).to.equal('350 till år 2027');
    expect(valueText(260, 'sv', bostader).text).to.equal('260');
  });

  it('says "in" and "by" in English, with the count bare', () => {
    expect(summaryText(bostader, 'en').text).to.equal(
      'Fell from 1,180 in 2021 to 260 in 2024. The target is 350 by 2027. Assessment: off track. Comparison: Riket 300 in 2024.',
    );
    expect(distanceText(bostader, 'en')!.text).to.equal('90 to go to the target of 350 by 2027');
  });

  it('keeps one value, a reached target and days apart from their periods too', () => {
    const one = normalizeGoal(goal({ unit: 'st', series: [{ period: '2024-03-14', value: 12 }], target: { value: 10, period: '2026-06-30' }, direction: 'decrease', status: 'on-track' }));
    expect(summaryText(one, 'sv').text).to.equal('Ett mätvärde den 14 mars 2024: 12. Målet är 10 till den 30 juni 2026. Bedömning: på väg.');
    const reached = normalizeGoal(goal({ series: [{ period: 2024, value: 91 }], target: { value: 90, period: 2026 } }));
    expect(distanceText(reached, 'sv')!.text).to.equal('Målet på 90 till år 2026 är nått');
    expect(distanceText(normalizeGoal(goal({ series: [{ period: 2024, value: 1 }], target: { value: 9 } })), 'sv')!.text).to.equal('8 kvar till målet 9');
  });

  it('names the count in the table headings, not in its cells', () => {
    const table = dataTable(bostader, 'sv');
    expect(table.unit).to.equal('antal');
    expect(table.rows.map((row) => row.cells[0]?.text)).to.deep.equal([`1${NB}180`, '260', undefined]);
  });
});

describe('text: distance to target', () => {
  it('says how far there is to go, in percentage points for %', () => {
    expect(distanceText(examen, 'sv')!.text).to.equal(`9,2 procentenheter kvar till målet 80${NB}% år 2030`);
    expect(distanceText(examen, 'en')!.text).to.equal('9.2 percentage points to go to the target of 80% by 2030');
  });

  it('counts down for goals that should decrease, spoken without digit groups', () => {
    expect(distanceText(bistand, 'sv')).to.deep.equal({ text: `440 kr kvar till målet 2${NB}200 kr år 2028`, speech: '440 kr kvar till målet 2200 kr år 2028' });
  });

  it('says when the target is reached, and nothing without a target or values', () => {
    const reached = normalizeGoal(goal({ unit: '%', series: [{ period: 2024, value: 91 }], target: { value: 90, period: 2026 } }));
    expect(distanceText(reached, 'sv')!.text).to.equal(`Målet 90${NB}% år 2026 är nått`);
    expect(distanceText(reached, 'en')!.text).to.equal('The target of 90% by 2026 is reached');
    expect(distanceText(normalizeGoal(goal({ series: [{ period: 2024, value: 1 }] })), 'sv')).to.equal(undefined);
    expect(distanceText(normalizeGoal(goal({ series: [], target: { value: 1 } })), 'sv')).to.equal(undefined);
  });

  it('lists comparisons as the locale joins a conjunction', () => {
    const items = ['Riket', 'Länet', 'Malmö', 'Lund', 'Ystad'];
    for (const lang of ['sv', 'en'] as const) {
      const conjunction = new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' });
      const word = lang === 'sv' ? 'Jämförelse' : 'Comparison';
      for (let count = 1; count <= items.length; count++) {
        expect(chartTexts[lang].comparisons(items.slice(0, count))).to.equal(`${word}: ${conjunction.format(items.slice(0, count))}.`);
      }
    }
    expect(chartTexts.sv.comparisons(['Riket', 'Länet', 'Malmö'])).to.equal('Jämförelse: Riket, Länet och Malmö.');
    expect(chartTexts.en.comparisons(['Riket', 'Malmö'])).to.equal('Comparison: Riket and Malmö.');
  });

  it('writes a target in short', () => {
    expect(targetText(examen, 'sv')!.text).to.equal(`80${NB}% år 2030`);
    expect(targetText(examen, 'en')!.text).to.equal('80% by 2030');
  });
});

describe('text: table rows and CSV', () => {
  it('has one row per period of any series or of the target, in time order', () => {
    const table = dataTable(examen, 'sv', { valueHeader: 'Landskrona stad' });
    expect(table.periodHeader).to.equal('År');
    expect(table.columns).to.deep.equal([
      { label: 'Landskrona stad', fromData: true },
      { label: 'Riket', fromData: true },
      { label: 'Mål', fromData: false },
    ]);
    expect(table.rows.map((row) => row.label)).to.deep.equal(['2015', '2020', '2024', '2030']);
    expect(table.rows[2]!.cells.map((cell) => cell?.text)).to.deep.equal([`70,8${NB}%`, `73,4${NB}%`, undefined]);
    expect(table.rows[3]!.cells.map((cell) => cell?.text)).to.deep.equal([undefined, undefined, `80${NB}%`]);
  });

  it('names a unit other than % once, for the headings, and leaves it out of the cells', () => {
    const table = dataTable(bistand, 'sv');
    expect(table.unit).to.equal('kr');
    expect(table.rows[0]!.cells[0]).to.deep.equal({ value: 11700, text: `11${NB}700`, speech: '11700' });
    expect(dataTable(examen, 'sv').unit).to.equal(undefined);
  });

  it('adds the baseline; a target without period holds for every row', () => {
    const data = normalizeGoal(goal({ series: [{ period: 2020, value: 1 }, { period: 2021, value: 2 }], target: { value: 5 }, baseline: { value: 1, period: 2019 } }));
    const table = dataTable(data, 'en');
    expect(table.columns.map((column) => column.label)).to.deep.equal(['Value', 'Target', 'Baseline']);
    expect(table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell?.value)])).to.deep.equal([
      ['2019', undefined, 5, 1],
      ['2020', 1, 5, undefined],
      ['2021', 2, 5, undefined],
    ]);
  });

  it('writes CSV for Swedish Excel: BOM, semicolons, decimal comma, no digit groups, ASCII minus, the source', () => {
    const data = normalizeGoal(
      goal({
        unit: 'kr',
        decimals: 1,
        series: [
          { period: 2023, value: 11700.25 },
          { period: 2024, value: -3.5 },
        ],
        comparisons: [{ label: 'Riket; snitt', series: [{ period: 2024, value: 1 }] }],
        source: { name: 'Kolada', href: 'https://example.se/kpi/N1' },
      }),
    );
    expect(toCsv(data, 'sv', { valueHeader: 'Landskrona stad' })).to.equal(
      '\uFEFFÅr;Landskrona stad (kr);"Riket; snitt (kr)"\r\n2023;11700,3;\r\n2024;-3,5;1,0\r\n\r\nKälla: Kolada, https://example.se/kpi/N1\r\n',
    );
  });

  it('writes CSV with commas and decimal points in English, and defuses formulas in text', () => {
    const data = normalizeGoal(goal({ series: [{ period: '2024-06', value: 0.5 }], comparisons: [{ label: '=HYPERLINK("x")', series: [{ period: '2024-06', value: 2 }] }] }));
    expect(toCsv(data, 'en')).to.equal('\uFEFFMonth,Value,"\'=HYPERLINK(""x"")"\r\n2024-06,0.5,2\r\n');
  });

  it('names the file after the goal', () => {
    expect(csvFileName({ id: 'gymnasieexamen' })).to.equal('gymnasieexamen.csv');
    expect(csvFileName({ id: 'Nöjd / hemtjänst' })).to.equal('Nojd-hemtjanst.csv');
    expect(csvFileName({ id: '///' })).to.equal('data.csv');
  });
});

describe('text: points, keys and order', () => {
  it('announces a point with its position, comparisons and target, in spoken form', () => {
    expect(pointAnnouncement(examen, 2, 'sv')).to.equal('2024: 70,8 procent, 3 av 3. Riket: 73,4 procent.');
    expect(pointAnnouncement(bistand, 0, 'en')).to.equal('2015: 11700 kr, 1 of 2.');
    expect(pointAnnouncement(bistand, 9, 'en')).to.equal('');
    const atTarget = normalizeGoal(goal({ series: [{ period: 2030, value: 1 }], target: { value: 2, period: 2030 } }));
    expect(pointAnnouncement(atTarget, 0, 'sv')).to.equal('2030: 1, 1 av 1. Mål: 2.');
  });

  it('labels a point visibly', () => {
    expect(pointLabelLines(examen, 2, 'sv')).to.deep.equal(['2024', `70,8${NB}%`, `Riket: 73,4${NB}%`]);
  });

  it('moves between points with arrows, Home, End and Page keys, and ignores other keys', () => {
    expect(nextIndex('ArrowRight', 0, 3)).to.equal(1);
    expect(nextIndex('ArrowRight', 2, 3)).to.equal(2);
    expect(nextIndex('ArrowLeft', 0, 3)).to.equal(0);
    expect(nextIndex('ArrowLeft', undefined, 3)).to.equal(2);
    expect(nextIndex('Home', 2, 3)).to.equal(0);
    expect(nextIndex('End', 0, 3)).to.equal(2);
    expect(nextIndex('PageDown', 0, 30)).to.equal(3);
    expect(nextIndex('PageUp', 1, 30)).to.equal(0);
    expect(nextIndex('ArrowDown', 0, 3)).to.equal(undefined);
    expect(nextIndex('Tab', 0, 3)).to.equal(undefined);
    expect(nextIndex('ArrowRight', undefined, 0)).to.equal(undefined);
  });

  it('sorts by status, stable, best or worst first, goals without data last', () => {
    const statuses: GoalStatus[] = ['off-track', 'no-data', 'achieved', 'at-risk', 'on-track', 'achieved'];
    const items = statuses.map((status, index) => ({ status, index }));
    const best = sortByStatus(items, (item) => item.status, 'best-first');
    expect(best.map((item) => item.index)).to.deep.equal([2, 5, 4, 3, 0, 1]);
    const worst = sortByStatus(items, (item) => item.status, 'worst-first');
    expect(worst.map((item) => item.index)).to.deep.equal([0, 3, 4, 2, 5, 1]);
    const none = sortByStatus(items, (item) => item.status, 'none');
    expect(none).to.deep.equal(items);
    expect(none).not.to.equal(items);
  });
});

describe('text: helpers', () => {
  it('accepts a data colour for lines only with 3:1 contrast against white', () => {
    expect(usableSeriesColor('#00594f')).to.equal('#00594f');
    expect(usableSeriesColor('#ffcc00')).to.equal(undefined);
    expect(usableSeriesColor('#05f')).to.equal('#05f');
    expect(usableSeriesColor('red')).to.equal(undefined);
    expect(usableSeriesColor('#00594f; background: url(x)')).to.equal(undefined);
  });

  it('remembers the last result while the arguments stay the same', () => {
    let calls = 0;
    const double = memoizeLast((value: number) => {
      calls++;
      return { value: value * 2 };
    });
    const first = double(2);
    expect(double(2)).to.equal(first);
    expect(double(3).value).to.equal(6);
    expect(calls).to.equal(2);
  });
});
