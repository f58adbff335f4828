import type { UiLang } from '../i18n/lang.js';
import { latestPoint, type ChartData } from './chart-data.js';
import type { Rect } from './cartesian-layout.js';
import { labelBox, type ChartLabel } from './label-placement.js';
import { linearScale } from './linear-scale.js';
import { chartTexts } from './messages.js';
import { round, type TextStyle } from './text-size.js';
import { targetValueText, valueText } from './value-text.js';

export interface ProgressLayout {
  width: number;
  /** The height the drawing needs: it follows from the font size. */
  height: number;
  track: Rect;
  /** From zero (or the scale's start) to the latest value. */
  fill: Rect;
  target?: { x: number; y1: number; y2: number };
  baseline?: { x: number; y1: number; y2: number };
  labels: ChartLabel[];
  lineHeight: number;
}

/** A label centred on `x` but kept inside the drawing. */
function centred(x: number, y: number, text: string, kind: ChartLabel['kind'], width: number, style: TextStyle, lineHeight: number): ChartLabel {
  const label: ChartLabel = { x: round(x), y: round(y), lines: [text], anchor: 'middle', kind };
  const box = labelBox(label, style, lineHeight);
  if (box.left < 0) return { ...label, x: 0, anchor: 'start' };
  if (box.right > width) return { ...label, x: round(width), anchor: 'end' };
  return label;
}

/**
 * A bullet bar of the latest value against the target: a track over the scale, the
 * value as a filled bar from zero, the target (and the baseline, when given) as marks
 * across it, each labelled. `undefined` when the goal has no values.
 */
export function progressLayout(
  data: ChartData,
  options: { width: number; fontSize: number; letterSpacing?: number; wordSpacing?: number; lang: UiLang },
): ProgressLayout | undefined {
  const { width, fontSize, lang } = options;
  const text: TextStyle = { fontSize, letterSpacing: options.letterSpacing ?? 0, wordSpacing: options.wordSpacing ?? 0 };
  const latest = latestPoint(data);
  if (!latest || width <= 0) return undefined;
  const messages = chartTexts[lang];
  const lineHeight = round(fontSize * 1.25);
  const barHeight = round(fontSize * 1.1);
  const values = [0, latest.value, ...(data.target ? [data.target.value] : []), ...(data.baseline ? [data.baseline.value] : [])];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) high = low + 1;
  // A little room past the largest value, so a target at the end is not on the edge.
  const pad = (high - low) * 0.04;
  if (high > 0) high += pad;
  if (low < 0) low -= pad;
  const x = linearScale([low, high], [1, width - 1]);

  const barTop = lineHeight + 2;
  const barBottom = barTop + barHeight;
  const zero = x(0);
  const end = x(latest.value);
  const labels: ChartLabel[] = [centred(end, lineHeight / 2, valueText(latest.value, lang, data).text, 'value', width, text, lineHeight)];

  const markTop = round(barTop - 3);
  const markBottom = round(barBottom + 3);
  const below = barBottom + 3 + lineHeight / 2 + 1;
  let target: ProgressLayout['target'];
  if (data.target) {
    target = { x: round(x(data.target.value)), y1: markTop, y2: markBottom };
    labels.push(centred(target.x, below, messages.targetLabel(targetValueText(data.target.value, lang, data).text), 'target', width, text, lineHeight));
  }
  let baseline: ProgressLayout['baseline'];
  let rows = 1;
  if (data.baseline) {
    baseline = { x: round(x(data.baseline.value)), y1: markTop, y2: markBottom };
    let label = centred(baseline.x, below, messages.baselineLabel(targetValueText(data.baseline.value, lang, data).text), 'baseline', width, text, lineHeight);
    const targetLabel = labels.find((item) => item.kind === 'target');
    if (targetLabel) {
      const a = labelBox(label, text, lineHeight);
      const b = labelBox(targetLabel, text, lineHeight);
      if (a.left < b.right + 4 && b.left < a.right + 4) {
        label = { ...label, y: round(below + lineHeight) };
        rows = 2;
      }
    }
    labels.push(label);
  }

  return {
    width,
    height: round(barBottom + 3 + rows * lineHeight + 2),
    track: { x: 1, y: round(barTop), width: round(width - 2), height: barHeight },
    fill: { x: round(Math.min(zero, end)), y: round(barTop), width: round(Math.abs(end - zero)), height: barHeight },
    ...(target ? { target } : {}),
    ...(baseline ? { baseline } : {}),
    labels,
    lineHeight,
  };
}
