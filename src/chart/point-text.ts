import type { UiLang } from '../i18n/lang.js';
import type { ChartData } from './chart-data.js';
import { chartTexts } from './messages.js';
import { targetValueText, periodText, valueText } from './value-text.js';

/**
 * What is said when the reader moves to the goal's point at `index`: the period, the
 * value, where it is in the series, then each comparison's value and the target for
 * that period. Spoken form: no digit grouping.
 */
export function pointAnnouncement(data: ChartData, index: number, lang: UiLang): string {
  const point = data.points[index];
  if (!point) return '';
  const messages = chartTexts[lang];
  const parts = [messages.point(periodText(point.period, lang), valueText(point.value, lang, data).speech, index + 1, data.points.length)];
  for (const comparison of data.comparisons) {
    const match = comparison.points.find((other) => other.x === point.x);
    if (match) parts.push(messages.comparisonAt(comparison.label, valueText(match.value, lang, data).speech));
  }
  if (data.target && data.target.x === point.x) parts.push(messages.targetAt(targetValueText(data.target.value, lang, data).speech));
  return parts.join(' ');
}

/** The lines of the visible label at the point at `index`: the period, the value, each comparison's value. */
export function pointLabelLines(data: ChartData, index: number, lang: UiLang): string[] {
  const point = data.points[index];
  if (!point) return [];
  const lines = [periodText(point.period, lang), valueText(point.value, lang, data).text];
  for (const comparison of data.comparisons) {
    const match = comparison.points.find((other) => other.x === point.x);
    if (match) lines.push(`${comparison.label}: ${valueText(match.value, lang, data).text}`);
  }
  return lines;
}
