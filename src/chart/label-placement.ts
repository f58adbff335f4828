import { round, textWidth, wrapText, type TextStyle } from './text-size.js';

/** A text label in the graphics. `y` is the middle of its first line; further lines follow `lineHeight` apart. */
export interface ChartLabel {
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  kind: 'latest' | 'comparison' | 'target' | 'baseline' | 'value';
}

/** A label's box: left and right edge, top and bottom. */
export function labelBox(label: ChartLabel, style: TextStyle, lineHeight: number) {
  const width = Math.max(...label.lines.map((line) => textWidth(line, style)));
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, right: left + width, ...verticalSpan(label, label.y, lineHeight), width };
}

/** The top and bottom of a label's lines when its first line is centred on `y`. */
function verticalSpan(label: ChartLabel, y: number, lineHeight: number) {
  const top = y - lineHeight / 2;
  return { top, bottom: top + label.lines.length * lineHeight };
}

/**
 * A label whose lines fit `maxWidth`, wrapped at spaces, at most `maxLines` of them:
 * the last line then ends in "…" (the full text is in the summary, table and tooltip).
 */
export function wrappedLines(text: string, maxWidth: number, style: TextStyle, maxLines = Infinity): string[] {
  if (textWidth(text, style) <= maxWidth) return [text];
  const lines = wrapText(text, maxWidth, style);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, style) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/**
 * Stacks the labels at the ends of lines so that none overlap and they keep the order of the
 * ends they name, top to bottom: a label pushed past a neighbour would name the wrong line.
 * Labels whose columns overlap are stacked together, each as near its wanted place as the
 * others allow (least squares, `weight` being how much a label resists moving); within
 * `top` and `bottom` where they fit. Returns new labels, in the same order.
 */
export function stackLabels(
  labels: readonly ChartLabel[],
  options: { text: TextStyle; lineHeight: number; top: number; bottom: number; gap?: number; weight?: (label: ChartLabel) => number },
): ChartLabel[] {
  const result = labels.slice();
  for (const group of overlappingColumns(labels, options)) {
    const places = stackedPlaces(group.map((index) => labels[index]!), options);
    group.forEach((index, at) => {
      result[index] = { ...labels[index]!, y: places[at]! };
    });
  }
  return result;
}

/** The labels' indices, grouped by columns that overlap (through any chain of labels). */
function overlappingColumns(labels: readonly ChartLabel[], options: { text: TextStyle; lineHeight: number }): number[][] {
  const spans = labels.map((label, index) => ({ index, ...labelBox(label, options.text, options.lineHeight) }));
  spans.sort((a, b) => a.left - b.left);
  const groups: number[][] = [];
  let right = -Infinity;
  for (const span of spans) {
    if (span.left < right) groups[groups.length - 1]!.push(span.index);
    else groups.push([span.index]);
    right = Math.max(right, span.right);
  }
  return groups;
}

/**
 * The `y` of each label of one column. A label's top less the heights of the labels above it
 * may only grow from one label to the next; the best such values are the weighted means of
 * runs of wanted values (pool adjacent violators).
 */
function stackedPlaces(labels: readonly ChartLabel[], options: { lineHeight: number; top: number; bottom: number; gap?: number; weight?: (label: ChartLabel) => number }): number[] {
  const { lineHeight, top, bottom } = options;
  const gap = options.gap ?? 2;
  const order = labels.map((_, index) => index).sort((a, b) => labels[a]!.y - labels[b]!.y);
  const runs: { sum: number; weight: number; count: number }[] = [];
  let above = 0;
  for (const index of order) {
    const label = labels[index]!;
    const weight = options.weight?.(label) ?? 1;
    let run = { sum: (label.y - lineHeight / 2 - above) * weight, weight, count: 1 };
    above += label.lines.length * lineHeight + gap;
    while (runs.length && runs[runs.length - 1]!.sum / runs[runs.length - 1]!.weight > run.sum / run.weight) {
      const previous = runs.pop()!;
      run = { sum: previous.sum + run.sum, weight: previous.weight + run.weight, count: previous.count + run.count };
    }
    runs.push(run);
  }
  // The whole stack within top and bottom; from the top when it is taller than that.
  const lowest = bottom - (above - gap);
  const places: number[] = [];
  let position = 0;
  let stacked = 0;
  for (const run of runs) {
    const level = Math.max(Math.min(run.sum / run.weight, lowest), top);
    for (let count = 0; count < run.count; count++) {
      const index = order[position++]!;
      places[index] = round(level + stacked + lineHeight / 2);
      stacked += labels[index]!.lines.length * lineHeight + gap;
    }
  }
  return places;
}
