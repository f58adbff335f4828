import type { UiLang } from '../i18n/lang.js';
import { latestPoint, periodKind, type ChartData, type ChartPoint } from './chart-data.js';
import { chartTexts } from './messages.js';
import { compose, joinSpoken, spoken, type Spoken } from './spoken.js';
import { differenceText, periodText, targetValueText, valueText } from './value-text.js';

/** The trend in one sentence: "Ökade från 58,2 % 2015 till 67,0 % 2024." (or the one value, or none). */
export function trendText(data: ChartData, lang: UiLang): Spoken {
  const messages = chartTexts[lang];
  const first = data.points[0];
  const last = latestPoint(data);
  if (!first || !last) return spoken(messages.noValues);
  const value = (point: ChartPoint) => valueText(point.value, lang, data);
  const period = (point: ChartPoint) => periodText(point.period, lang);
  const kind = periodKind(last.period);
  if (first === last) return compose(messages.single, value(last), period(last), kind);
  const from = value(first);
  const to = value(last);
  // Compared as shown, so "61,50" and "61,49" rounded to one decimal count as unchanged.
  if (from.text === to.text) return compose(messages.unchanged, to, period(first), period(last), kind);
  const message = last.value > first.value ? messages.rose : messages.fell;
  return compose(message, from, period(first), to, period(last), kind);
}

/** The target in short, "80 % år 2030"; `undefined` without a target. */
export function targetText(data: ChartData, lang: UiLang): Spoken | undefined {
  if (!data.target) return undefined;
  const { value, period } = data.target;
  return compose(
    chartTexts[lang].targetShort,
    targetValueText(value, lang, data),
    period === undefined ? undefined : periodText(period, lang),
    period === undefined ? 'year' : periodKind(period),
  );
}

function target(data: ChartData, lang: UiLang): Spoken {
  const messages = chartTexts[lang];
  if (!data.target) return spoken(messages.noTarget);
  const { value, period } = data.target;
  return compose(
    messages.targetSentence,
    targetValueText(value, lang, data),
    period === undefined ? undefined : periodText(period, lang),
    period === undefined ? 'year' : periodKind(period),
  );
}

function comparisons(data: ChartData, lang: UiLang): Spoken | undefined {
  const messages = chartTexts[lang];
  const items = data.comparisons.map((comparison) => {
    const last = comparison.points[comparison.points.length - 1]!;
    return compose(messages.comparisonItem, comparison.label, valueText(last.value, lang, data), periodText(last.period, lang), periodKind(last.period));
  });
  if (!items.length) return undefined;
  return spoken(messages.comparisons(items.map((item) => item.text)), messages.comparisons(items.map((item) => item.speech)));
}

/**
 * The chart in words: trend, latest value, target, status and comparisons, e.g.
 * "Ökade från 58,2 % 2015 till 67,0 % 2024. Målet är 80 % år 2030. Bedömning: på väg."
 */
export function summaryText(data: ChartData, lang: UiLang): Spoken {
  const parts = [trendText(data, lang), target(data, lang), spoken(chartTexts[lang].assessment(data.status))];
  const compared = comparisons(data, lang);
  if (compared) parts.push(compared);
  return joinSpoken(parts);
}

/**
 * How far the latest value is from the target, e.g. "9,2 procentenheter kvar till
 * målet 80 % år 2030"; `undefined` without a target or without values.
 */
export function distanceText(data: ChartData, lang: UiLang): Spoken | undefined {
  const last = latestPoint(data);
  if (!data.target || !last) return undefined;
  const messages = chartTexts[lang];
  const { value, period } = data.target;
  const targetValue = targetValueText(value, lang, data);
  const targetPeriod = period === undefined ? undefined : periodText(period, lang);
  const kind = period === undefined ? 'year' : periodKind(period);
  const meets = data.direction === 'decrease' ? last.value <= value : last.value >= value;
  if (meets) return compose(messages.reached, targetValue, targetPeriod, kind);
  return compose(messages.remaining, differenceText(Math.abs(value - last.value), lang, data), targetValue, targetPeriod, kind);
}
