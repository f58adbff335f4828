import type { GoalStatus } from '../data/index.js';
import type { Catalogue, UiLang } from '../i18n/lang.js';
import type { PeriodKind } from './chart-data.js';

/**
 * The words of the charts' generated texts: status, summary, distance to target,
 * table and CSV headings. Values and periods arrive formatted (shown or spoken form),
 * so one message serves both.
 */
export interface ChartTexts {
  /** The status as a label next to its shape. */
  status: Record<GoalStatus, string>;
  /** "Bedömning: på väg." */
  assessment: (status: GoalStatus) => string;
  rose: (from: string, fromPeriod: string, to: string, toPeriod: string, kind: PeriodKind) => string;
  fell: (from: string, fromPeriod: string, to: string, toPeriod: string, kind: PeriodKind) => string;
  unchanged: (value: string, fromPeriod: string, toPeriod: string, kind: PeriodKind) => string;
  single: (value: string, period: string, kind: PeriodKind) => string;
  noValues: string;
  /** "Målet är 80 % år 2030." */
  targetSentence: (value: string, period: string | undefined, kind: PeriodKind) => string;
  noTarget: string;
  /** A target in short: "80 % år 2030". */
  targetShort: (value: string, period: string | undefined, kind: PeriodKind) => string;
  /** "Jämförelse: Riket 73,4 % år 2024." from a list of comparison items. */
  comparisons: (items: string[]) => string;
  comparisonItem: (label: string, value: string, period: string, kind: PeriodKind) => string;
  /** "9,2 procentenheter kvar till målet 80 % år 2030". */
  remaining: (difference: string, target: string, period: string | undefined, kind: PeriodKind) => string;
  /** "Målet 80 % år 2030 är nått". */
  reached: (target: string, period: string | undefined, kind: PeriodKind) => string;
  percentagePoints: (number: string) => string;
  /** The heading of the period column. */
  periodHeader: (kind: PeriodKind) => string;
  valueHeader: string;
  targetHeader: string;
  baselineHeader: string;
  /** The target's label in the graphics: "Mål 80 %". */
  targetLabel: (value: string) => string;
  /** The baseline's label in the graphics: "Utgångsläge 58 %". */
  baselineLabel: (value: string) => string;
  /** "Källa: Kolada". */
  sourceLine: (source: string) => string;
  /** "hämtat 27 november 2026": when the figures were fetched from Kolada. */
  retrieved: (date: string) => string;
  /** What is announced for one point while moving through the chart. */
  point: (period: string, value: string, position: number, count: number) => string;
  comparisonAt: (label: string, value: string) => string;
  targetAt: (value: string) => string;
}

const AND: Record<UiLang, string> = { sv: 'och', en: 'and' };

/**
 * "A, B och C" / "A, B and C", as Intl.ListFormat joins a conjunction in sv-SE and en-GB.
 * Written out: a page's first ListFormat costs milliseconds, and these two never change.
 */
function list(lang: UiLang, items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;
}

const svAt = (period: string, kind: PeriodKind) => (kind === 'year' ? `år ${period}` : kind === 'month' ? `i ${period}` : `den ${period}`);
/** After "till" (by): "till år 2030", "till juni 2026", "till den 14 mars 2026". */
const svBy = (period: string, kind: PeriodKind) => (kind === 'month' ? period : svAt(period, kind));

/**
 * A value written as a bare number, without a unit after it ("68"). In Swedish a period
 * right after it reads as part of it: "68 år 2026" as an age, "68 januari 2023" as a date.
 * The Swedish sentences then keep numbers and periods apart; English has "in" and "by".
 */
const isBare = (value: string) => /\d$/.test(value);
/** A target in short: "80 % år 2030", "350 till år 2027". */
const svTarget = (value: string, period: string | undefined, kind: PeriodKind) =>
  !period ? value : isBare(value) ? `${value} till ${svBy(period, kind)}` : `${value} ${svAt(period, kind)}`;
/** A target after "målet": "målet 80 % år 2030", "målet på 350 till år 2027". */
const svTargetOf = (value: string, period: string | undefined, kind: PeriodKind) =>
  period && isBare(value) ? `på ${svTarget(value, period, kind)}` : svTarget(value, period, kind);
const enAt = (period: string, kind: PeriodKind) => (kind === 'day' ? `on ${period}` : `in ${period}`);

export const chartTexts: Catalogue<ChartTexts> = {
  sv: {
    status: {
      achieved: 'Målet är nått',
      'on-track': 'På väg',
      'at-risk': 'Risk att inte nås',
      'off-track': 'Inte på väg',
      'no-data': 'Mätvärden saknas',
    },
    assessment: (status) =>
      `Bedömning: ${{ achieved: 'målet är nått', 'on-track': 'på väg', 'at-risk': 'risk att målet inte nås', 'off-track': 'inte på väg', 'no-data': 'mätvärden saknas' }[status]}.`,
    rose: (from, fromPeriod, to, toPeriod) =>
      isBare(to) ? `Ökade från ${from} till ${to} mellan ${fromPeriod} och ${toPeriod}.` : `Ökade från ${from} ${fromPeriod} till ${to} ${toPeriod}.`,
    fell: (from, fromPeriod, to, toPeriod) =>
      isBare(to) ? `Minskade från ${from} till ${to} mellan ${fromPeriod} och ${toPeriod}.` : `Minskade från ${from} ${fromPeriod} till ${to} ${toPeriod}.`,
    unchanged: (value, fromPeriod, toPeriod) => `Oförändrat ${value} från ${fromPeriod} till ${toPeriod}.`,
    single: (value, period, kind) => (isBare(value) ? `Ett mätvärde ${svAt(period, kind)}: ${value}.` : `Ett mätvärde: ${value} ${svAt(period, kind)}.`),
    noValues: 'Inga mätvärden ännu.',
    targetSentence: (value, period, kind) => `Målet är ${svTarget(value, period, kind)}.`,
    noTarget: 'Inget målvärde är satt.',
    targetShort: svTarget,
    comparisons: (items) => `Jämförelse: ${list('sv', items)}.`,
    comparisonItem: (label, value, period, kind) => (isBare(value) ? `${label} ${svAt(period, kind)}: ${value}` : `${label} ${value} ${svAt(period, kind)}`),
    remaining: (difference, target, period, kind) => `${difference} kvar till målet ${svTargetOf(target, period, kind)}`,
    reached: (target, period, kind) => `Målet ${svTargetOf(target, period, kind)} är nått`,
    percentagePoints: (number) => `${number} ${number === '1' ? 'procentenhet' : 'procentenheter'}`,
    periodHeader: (kind) => ({ year: 'År', month: 'Månad', day: 'Datum' })[kind],
    valueHeader: 'Värde',
    targetHeader: 'Mål',
    baselineHeader: 'Utgångsläge',
    targetLabel: (value) => `Mål ${value}`,
    baselineLabel: (value) => `Utgångsläge ${value}`,
    sourceLine: (source) => `Källa: ${source}`,
    retrieved: (date) => `hämtat ${date}`,
    point: (period, value, position, count) => `${period}: ${value}, ${position} av ${count}.`,
    comparisonAt: (label, value) => `${label}: ${value}.`,
    targetAt: (value) => `Mål: ${value}.`,
  },
  en: {
    status: {
      achieved: 'Achieved',
      'on-track': 'On track',
      'at-risk': 'At risk',
      'off-track': 'Off track',
      'no-data': 'No data',
    },
    assessment: (status) =>
      `Assessment: ${{ achieved: 'achieved', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'no-data': 'no data' }[status]}.`,
    rose: (from, fromPeriod, to, toPeriod, kind) => `Rose from ${from} ${enAt(fromPeriod, kind)} to ${to} ${enAt(toPeriod, kind)}.`,
    fell: (from, fromPeriod, to, toPeriod, kind) => `Fell from ${from} ${enAt(fromPeriod, kind)} to ${to} ${enAt(toPeriod, kind)}.`,
    unchanged: (value, fromPeriod, toPeriod) => `Unchanged at ${value} from ${fromPeriod} to ${toPeriod}.`,
    single: (value, period, kind) => `One value so far: ${value} ${enAt(period, kind)}.`,
    noValues: 'No values yet.',
    targetSentence: (value, period) => (period ? `The target is ${value} by ${period}.` : `The target is ${value}.`),
    noTarget: 'No target value is set.',
    targetShort: (value, period) => (period ? `${value} by ${period}` : value),
    comparisons: (items) => `Comparison: ${list('en', items)}.`,
    comparisonItem: (label, value, period, kind) => `${label} ${value} ${enAt(period, kind)}`,
    remaining: (difference, target, period) => `${difference} to go to the target of ${target}${period ? ` by ${period}` : ''}`,
    reached: (target, period) => `The target of ${target}${period ? ` by ${period}` : ''} is reached`,
    percentagePoints: (number) => `${number} ${number === '1' ? 'percentage point' : 'percentage points'}`,
    periodHeader: (kind) => ({ year: 'Year', month: 'Month', day: 'Date' })[kind],
    valueHeader: 'Value',
    targetHeader: 'Target',
    baselineHeader: 'Baseline',
    targetLabel: (value) => `Target ${value}`,
    baselineLabel: (value) => `Baseline ${value}`,
    sourceLine: (source) => `Source: ${source}`,
    retrieved: (date) => `retrieved ${date}`,
    point: (period, value, position, count) => `${period}: ${value}, ${position} of ${count}.`,
    comparisonAt: (label, value) => `${label}: ${value}.`,
    targetAt: (value) => `Target: ${value}.`,
  },
};
