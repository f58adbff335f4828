import type { UiLang } from '../i18n/lang.js';
import { valueTickFormat, timeTickLabel, timeTickLabels } from './axis-labels.js';
import { bandScale, type BandScale } from './band-scale.js';
import { latestPoint, type ChartData, type ChartPoint } from './chart-data.js';
import { LABEL_GAP, stackLabels, wrappedLines, type ChartLabel } from './label-placement.js';
import { linePieces, type LinePiece } from './line-path.js';
import { linearScale, niceDomain } from './linear-scale.js';
import { chartTexts } from './messages.js';
import { fontSizeOf, round, textWidth, type TextStyle } from './text-size.js';
import { decimalsOf, monthTicks, valueTicks, yearTicks } from './ticks.js';
import { targetValueText, valueText } from './value-text.js';

export type CartesianType = 'line' | 'bar';

export interface LayoutOptions {
  /** Size of the drawing in px. */
  width: number;
  height: number;
  /** Font size of the chart's text in px. */
  fontSize: number;
  /** Letter and word spacing of the chart's text in px, when the page sets any. */
  letterSpacing?: number;
  wordSpacing?: number;
  lang: UiLang;
}

export interface Point {
  x: number;
  y: number;
}

export interface Tick {
  /** Position along the axis in px. */
  at: number;
  label: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ComparisonLayout {
  line: LinePiece[];
  /** SVG dash pattern: each comparison has its own, so no colour is needed to tell them apart. */
  dash: string;
  /**
   * The comparison's point at the period of the goal's point `index`, if it has one. Worked
   * out when asked: only a highlighted point needs it, and a big chart has thousands.
   */
  at(index: number): Point | undefined;
}

export interface CartesianLayout {
  type: CartesianType;
  width: number;
  height: number;
  /** The plot area's edges in px. */
  frame: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  /** The unit written above the value axis (not for `%`, which each tick carries). */
  unit?: { x: number; y: number; text: string };
  /** The goal's line (`line` type), in pieces when long. */
  line: LinePiece[];
  /** The goal's columns (`bar` type). */
  bars: Rect[];
  /** The goal's points: the centre of each point or column top, in data order. */
  points: Point[];
  comparisons: ComparisonLayout[];
  target?: { x1: number; x2: number; y: number; marker: boolean };
  labels: ChartLabel[];
  lineHeight: number;
}

/** Dash patterns for comparison lines, in order. */
export const COMPARISON_DASHES = ['6 4', '2 3', '10 3 2 3', '1 5'];

const LINE_HEIGHT = 1.25;

/** A bar chart with fewer values draws its columns as narrow as this many would be. */
const FEWEST_BANDS = 4;

/** The target line's thickness labels keep clear of: its stroke (1.5 px), rounded up. */
const TARGET_LINE_THICKNESS = 2;

/** How firmly a label keeps its place when labels must make room for each other. */
const LABEL_WEIGHT: Record<ChartLabel['kind'], number> = { latest: 100, value: 100, target: 100, baseline: 10, comparison: 1 };

/** The goal's and each comparison's points: each series sorted by time, each period once. */
function seriesOf(data: ChartData): readonly ChartPoint[][] {
  return [data.points, ...data.comparisons.map((comparison) => comparison.points)];
}

function valueDomain(data: ChartData, includeZero: boolean): [number, number] {
  const extra = includeZero ? [0] : [];
  if (data.target) extra.push(data.target.value);
  let low = Math.min(...extra);
  let high = Math.max(...extra);
  // One pass, no copies, an indexed loop: a big chart has thousands of points in each
  // series, and its one layout runs before the engine has optimised anything.
  for (const points of seriesOf(data)) {
    for (let index = 0; index < points.length; index++) {
      const value = points[index]!.value;
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low = includeZero && low >= 0 ? Math.min(0, low - pad) : low - pad;
    high += pad;
  } else if (!includeZero) {
    // Room below the lowest value, or a point (or the target's line) lies on the time axis
    // and is hidden by it. Not below zero for values that are not negative.
    low = low >= 0 ? Math.max(0, low - (high - low) * 0.05) : low - (high - low) * 0.05;
  }
  return [low, high];
}

function timeDomain(data: ChartData): [number, number] {
  let low = data.target?.x ?? Infinity;
  let high = data.target?.x ?? -Infinity;
  // Sorted by time: a series' first and last points are its ends.
  for (const points of seriesOf(data)) {
    if (!points.length) continue;
    low = Math.min(low, points[0]!.x);
    high = Math.max(high, points[points.length - 1]!.x);
  }
  if (low !== high) return [low, high];
  const pad = data.periodKind === 'year' ? 1 : 1 / 12;
  return [low - pad, high + pad];
}

/**
 * Where on the time axis a period goes, in px: `x` is the period as a fractional year,
 * `index` the goal's point at that period (−1 if none). A bar chart has a place only
 * at a column's period.
 */
type Place = (x: number, index: number) => number | undefined;

/** The index of the point at period `x`, or −1: the points are sorted by `x`, each `x` once. */
function indexOfX(points: readonly ChartPoint[], x: number): number {
  let low = 0;
  let high = points.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = points[middle]!.x;
    if (at === x) return middle;
    if (at < x) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * A comparison's line and its last drawn point. Both series are sorted by time, each period
 * once, so one walk through both finds the goal's point (if any) at each of the comparison's periods.
 */
function placeComparison(series: readonly ChartPoint[], goal: readonly ChartPoint[], place: Place, y: (value: number) => number) {
  const points: Point[] = [];
  let index = 0;
  for (let at = 0; at < series.length; at++) {
    const point = series[at]!;
    while (index < goal.length && goal[index]!.x < point.x) index++;
    const x = place(point.x, index < goal.length && goal[index]!.x === point.x ? index : -1);
    if (x !== undefined) points.push({ x: round(x), y: round(y(point.value)) });
  }
  return { line: linePieces(points, { dashed: true }), last: points[points.length - 1] };
}

/** The comparison's point at the period of the goal's point `index`, placed as its line's points are. */
function comparisonPointAt(series: readonly ChartPoint[], goal: readonly ChartPoint[], place: Place, y: (value: number) => number) {
  return (index: number): Point | undefined => {
    const point = goal[index];
    const at = point === undefined ? -1 : indexOfX(series, point.x);
    const x = at < 0 ? undefined : place(point!.x, index);
    return x === undefined ? undefined : { x: round(x), y: round(y(series[at]!.value)) };
  };
}

/**
 * The latest column's value: centred over it (inside the chart), above it, or below it when
 * the value is negative. A label wider than its column (many columns in a narrow chart) also
 * spans its neighbours, so it keeps clear of every column it spans, not only its own. A target
 * line (`targetY`) that would cross it sends it further out, never into the columns.
 */
function latestBarLabel(
  lines: string[],
  labelWidth: number,
  bars: readonly Rect[],
  chart: { below: boolean; width: number; height: number; lineHeight: number; targetY: number | undefined },
): ChartLabel {
  const { below, width, height, lineHeight, targetY } = chart;
  const last = bars[bars.length - 1]!;
  const half = labelWidth / 2;
  const x = Math.max(half, Math.min(last.x + last.width / 2, width - 1 - half));
  const spanned = bars.filter((bar) => bar.x < x + half && x - half < bar.x + bar.width);
  const clearance = lineHeight * 0.1;
  const labelHeight = lines.length * lineHeight;
  let top = below ? Math.max(...spanned.map((bar) => bar.y + bar.height)) + clearance : Math.min(...spanned.map((bar) => bar.y)) - clearance - labelHeight;
  const lineClearance = TARGET_LINE_THICKNESS / 2 + LABEL_GAP;
  if (targetY !== undefined && top < targetY + lineClearance && targetY - lineClearance < top + labelHeight) {
    top = below ? targetY + lineClearance : targetY - lineClearance - labelHeight;
  }
  // Kept inside the chart even when the columns leave no room.
  top = Math.max(0, Math.min(top, height - labelHeight));
  // A label's `y` is the middle of its first line.
  return { x: round(x), y: round(top + lineHeight / 2), lines, anchor: 'middle', kind: 'latest' };
}

/**
 * The labels stacked in the order of what they name: the latest value stays by its point and
 * the target's label by its line, the others make room. The target's label goes to the other
 * side of its line (`otherTargetSide`, if given) when the labels move less that way.
 */
function placeLabels(
  labels: ChartLabel[],
  otherTargetSide: number | undefined,
  options: Parameters<typeof stackLabels>[1] & { weight: (label: ChartLabel) => number },
): ChartLabel[] {
  const { weight } = options;
  const moved = (placed: readonly ChartLabel[], wanted: readonly ChartLabel[]) => placed.reduce((sum, label, index) => sum + weight(label) * (label.y - wanted[index]!.y) ** 2, 0);
  const placed = stackLabels(labels, options);
  if (otherTargetSide === undefined) return placed;
  const other = labels.map((label) => (label.kind === 'target' ? { ...label, y: otherTargetSide } : label));
  const otherPlaced = stackLabels(other, options);
  // Worth it only if that saves more than moving the target's label half a line would cost.
  const target = labels.find((label) => label.kind === 'target')!;
  return moved(otherPlaced, other) + weight(target) * (options.lineHeight / 2) ** 2 < moved(placed, labels) ? otherPlaced : placed;
}

/** An empty layout: nothing to draw. */
function emptyLayout(type: CartesianType, options: LayoutOptions): CartesianLayout {
  const { width, height } = options;
  return {
    type,
    width,
    height,
    frame: { left: 0, top: 0, right: width, bottom: height },
    xTicks: [],
    yTicks: [],
    line: [],
    bars: [],
    points: [],
    comparisons: [],
    labels: [],
    lineHeight: options.fontSize * LINE_HEIGHT,
  };
}

/**
 * Positions of everything in a line or bar chart of one goal: value and time axes with
 * locale-formatted ticks, the goal's line or columns, comparison lines with their own
 * dash patterns and direct labels at their ends, the latest value labelled, and the
 * target as a labelled reference line (ending at the target's period on a line chart).
 * A chart without any of the goal's own points is empty.
 */
export function cartesianLayout(data: ChartData, type: CartesianType, options: LayoutOptions): CartesianLayout {
  const { width, height, fontSize, lang } = options;
  const latest = latestPoint(data);
  if (!latest || width <= 0 || height <= 0) return emptyLayout(type, options);
  const messages = chartTexts[lang];
  const lineHeight = fontSize * LINE_HEIGHT;
  const gap = round(fontSize * 0.5);
  const text: TextStyle = { fontSize, letterSpacing: options.letterSpacing ?? 0, wordSpacing: options.wordSpacing ?? 0 };

  // Value axis.
  const unitText = data.unit && data.unit !== '%' ? data.unit : undefined;
  const top = round(unitText ? lineHeight * 1.75 : lineHeight * 0.75);
  const bottom = round(height - lineHeight - fontSize * 0.5);
  const tickCount = Math.max(2, Math.floor((bottom - top) / (lineHeight * 2.2)));
  const yDomain = niceDomain(valueDomain(data, type === 'bar'), tickCount);
  const y = linearScale(yDomain, [bottom, top]);
  const values = valueTicks(yDomain, tickCount);
  const step = values.length > 1 ? values[1]! - values[0]! : 1;
  const formatTick = valueTickFormat(lang, {
    decimals: decimalsOf(step),
    maxAbs: Math.max(...values.map(Math.abs)),
    ...(data.unit ? { unit: data.unit } : {}),
  });
  const yLabels = values.map((value) => ({ value, label: formatTick(value) }));
  const left = round(Math.max(...yLabels.map((tick) => textWidth(tick.label, text))) + gap);

  // End labels: the latest value, and each comparison's name (two lines at most). A unit other
  // than % is named once, over the value axis, not after every number in the plot ("3,76", not
  // "3,76 ton per invånare"): the labels stay short enough for a narrow chart. % is in every tick.
  const labelUnits = unitText ? { decimals: data.decimals } : data;
  const maxLabelWidth = Math.max(fontSize * 4, width * 0.3);
  const endLabels = [
    { lines: wrappedLines(valueText(latest.value, lang, labelUnits).text, maxLabelWidth, text), last: latest, kind: 'latest' as const },
    ...data.comparisons.map((comparison) => ({
      lines: wrappedLines(comparison.label, maxLabelWidth, text, 2),
      last: comparison.points[comparison.points.length - 1]!,
      kind: 'comparison' as const,
    })),
  ];
  const labelWidth = (lines: string[]) => Math.max(...lines.map((line) => textWidth(line, text)));

  const targetLines = data.target ? wrappedLines(messages.targetLabel(targetValueText(data.target.value, lang, labelUnits).text), maxLabelWidth, text) : undefined;

  // Time axis. The right margin grows until every end label fits.
  const xPad = round(textWidth('0000', text) / 2 + 2);
  const domain = timeDomain(data);
  let right = gap;
  let place: Place = () => undefined;
  let band: BandScale | undefined;
  /** Where a period goes: on a bar chart, the centre of its column (if it has one). */
  const placeOf = (x: number) => place(x, indexOfX(data.points, x));
  for (let attempt = 0; attempt < 3; attempt++) {
    if (type === 'line') {
      // The scale itself (it ignores the index): no extra call for each of thousands of points.
      place = linearScale(domain, [left + xPad, width - right - xPad]);
    } else {
      const bands = bandScale(data.points.length, [left, width - right], { inner: 0.25, outer: 0.15, fewest: FEWEST_BANDS });
      band = bands;
      place = (_, index) => (index < 0 ? undefined : bands.centre(index));
    }
    const overflow = Math.max(
      ...endLabels.map((label) => {
        const at = placeOf(label.last.x);
        if (at === undefined || (type === 'bar' && label.kind === 'latest')) return 0;
        const start = band ? band.at(data.points.length - 1) + band.bandwidth + gap : at + gap;
        return start + labelWidth(label.lines) - (width - 1);
      }),
    );
    // On a bar chart the target's label sits right of the columns, level with its line.
    const targetOverflow = type === 'bar' && targetLines ? width - right + gap + labelWidth(targetLines) - (width - 1) : 0;
    if (Math.max(overflow, targetOverflow) <= 0.05) break;
    right = Math.min(right + Math.max(overflow, targetOverflow), width * 0.45);
  }
  right = round(right);
  const frame = { left, top, right: round(width - right), bottom };

  const xTicks = timeTicks(data, frame, { domain, xPad, text, lang, placeOf, band });

  // The goal's own series.
  const points = data.points.map((point, index) => ({ x: round(place(point.x, index)!), y: round(y(point.value)) }));
  const zero = y(Math.max(yDomain[0], Math.min(0, yDomain[1])));
  const bars = band
    ? data.points.map((point, index) => {
        const top = Math.min(y(point.value), zero);
        return { x: round(band.at(index)), y: round(top), width: round(band.bandwidth), height: round(Math.abs(y(point.value) - zero)) };
      })
    : [];

  const drawnComparisons = data.comparisons.map((comparison) => placeComparison(comparison.points, data.points, place, y));
  const comparisons = drawnComparisons.map(({ line }, index) => ({
    line,
    dash: COMPARISON_DASHES[index % COMPARISON_DASHES.length]!,
    at: comparisonPointAt(data.comparisons[index]!.points, data.points, place, y),
  }));

  // Labels at the line ends.
  const placedEnds: ChartLabel[] = [];
  endLabels.forEach((label, index) => {
    if (type === 'bar' && label.kind === 'latest') return;
    const at = label.kind === 'latest' ? points[points.length - 1] : drawnComparisons[index - 1]!.last;
    if (!at) return;
    const x = band ? band.at(data.points.length - 1) + band.bandwidth + gap : at.x + gap;
    const middle = at.y - ((label.lines.length - 1) * lineHeight) / 2;
    placedEnds.push({ x: round(x), y: round(middle), lines: label.lines, anchor: 'start', kind: label.kind });
  });
  const labels = [...placedEnds];
  if (type === 'bar') {
    const lines = endLabels[0]!.lines;
    const targetY = data.target ? round(y(data.target.value)) : undefined;
    labels.push(latestBarLabel(lines, labelWidth(lines), bars, { below: latest.value < 0, width, height, lineHeight, targetY }));
  }

  let target: CartesianLayout['target'];
  /** The other side of its line for the target's label, when that side has room too. */
  let otherTargetSide: number | undefined;
  if (data.target && targetLines) {
    const targetY = round(y(data.target.value));
    const ends = type === 'line' && data.target.x !== undefined;
    const x2 = ends ? round(placeOf(data.target.x!)!) : frame.right;
    target = { x1: frame.left, x2, y: targetY, marker: ends };
    const extraLines = (targetLines.length - 1) * lineHeight;
    if (type === 'bar') {
      labels.push({ x: round(frame.right + gap), y: round(targetY - extraLines / 2), lines: targetLines, anchor: 'start', kind: 'target' });
    } else {
      // Above the line when there is room, else below it; ending where the line ends if it fits.
      const fits = x2 - frame.left >= labelWidth(targetLines);
      const above = targetY - lineHeight * 1.1 - extraLines >= 0;
      const below = round(targetY + lineHeight * 0.6);
      if (above) otherTargetSide = below;
      labels.push({
        x: fits ? x2 : frame.left,
        y: above ? round(targetY - lineHeight * 0.6 - extraLines) : below,
        lines: targetLines,
        anchor: fits ? 'end' : 'start',
        kind: 'target',
      });
    }
  }

  return {
    type,
    width,
    height,
    frame,
    xTicks,
    yTicks: yLabels.map((tick) => ({ at: round(y(tick.value)), label: tick.label })),
    ...(unitText ? { unit: { x: 0, y: round(lineHeight * 0.5), text: unitText } } : {}),
    line: type === 'line' ? linePieces(points) : [],
    bars,
    points,
    comparisons,
    ...(target ? { target } : {}),
    labels: placeLabels(labels, otherTargetSide, {
      text,
      lineHeight,
      top: 0,
      bottom: height,
      weight: (label) => LABEL_WEIGHT[label.kind],
      // No label is struck through by the target's line.
      obstacles: target ? [{ y: target.y, left: target.x1, right: target.x2, thickness: TARGET_LINE_THICKNESS }] : [],
    }),
    lineHeight: round(lineHeight),
  };
}

function timeTicks(
  data: ChartData,
  frame: CartesianLayout['frame'],
  context: {
    domain: [number, number];
    xPad: number;
    text: TextStyle;
    lang: UiLang;
    placeOf: (x: number) => number | undefined;
    /** The columns of a bar chart: one tick per column. */
    band: BandScale | undefined;
  },
): Tick[] {
  const { domain, xPad, text, lang, placeOf, band } = context;
  const space = fontSizeOf(text) * 1.2;
  if (band) {
    const labels = timeTickLabels(data.points.map((point) => point.x), lang);
    const widest = Math.max(...Array.from(new Set(labels), (label) => textWidth(label, text)));
    const every = Math.max(1, Math.ceil((widest + space) / Math.max(1, band.step)));
    const last = data.points.length - 1;
    // Counted from the latest column, so the latest period always has its label.
    return labels.flatMap((label, index) => ((last - index) % every === 0 ? [{ at: round(band.centre(index)), label }] : []));
  }
  const span = domain[1] - domain[0];
  const available = frame.right - frame.left - 2 * xPad;
  const byMonth = data.periodKind !== 'year' && span < 2;
  const sample = byMonth ? timeTickLabel(domain[0] + 1 / 24, lang) : '0000';
  const maxCount = Math.floor(available / (textWidth(sample, text) + space)) + 1;
  const xs = byMonth ? monthTicks(domain, maxCount) : yearTicks(domain, maxCount);
  return xs.map((x) => ({ at: round(placeOf(x)!), label: timeTickLabel(x, lang) }));
}
