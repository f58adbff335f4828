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

/** A horizontal line labels keep clear of (a target's line): where it runs, and how thick it is. */
export interface LabelObstacle {
  y: number;
  left: number;
  right: number;
  thickness: number;
}

/** A label or an obstacle, as stacking sees it: a box that wants its top at `top`. */
interface StackItem {
  top: number;
  height: number;
  weight: number;
  left: number;
  right: number;
}

/** The space stacked labels keep from each other and from obstacles, by default. */
export const LABEL_GAP = 2;

/** Obstacles do not move: labels go round them. */
const OBSTACLE_WEIGHT = 1e6;

/**
 * Stacks the labels at the ends of lines so that none overlap and they keep the order of the
 * ends they name, top to bottom: a label pushed past a neighbour would name the wrong line.
 * Labels whose columns overlap are stacked together, each as near its wanted place as the
 * others allow (least squares, `weight` being how much a label resists moving), clear of the
 * `obstacles`; within `top` and `bottom` where they fit. Returns new labels, in the same order.
 */
export function stackLabels(
  labels: readonly ChartLabel[],
  options: { text: TextStyle; lineHeight: number; top: number; bottom: number; gap?: number; weight?: (label: ChartLabel) => number; obstacles?: readonly LabelObstacle[] },
): ChartLabel[] {
  const { text, lineHeight } = options;
  const items: StackItem[] = labels.map((label) => {
    const box = labelBox(label, text, lineHeight);
    return { top: box.top, height: box.bottom - box.top, weight: options.weight?.(label) ?? 1, left: box.left, right: box.right };
  });
  const lines: StackItem[] = (options.obstacles ?? []).map((line) => ({ top: line.y - line.thickness / 2, height: line.thickness, weight: OBSTACLE_WEIGHT, left: line.left, right: line.right }));
  const tops: number[] = [];
  for (const group of overlappingColumns(items)) {
    const column = group.map((index) => items[index]!);
    // Each column with the lines that cross it (a line does not move, so it can be in several).
    const left = Math.min(...column.map((item) => item.left));
    const right = Math.max(...column.map((item) => item.right));
    const places = stackedTops([...column, ...lines.filter((line) => line.left < right && left < line.right)], options);
    group.forEach((index, at) => {
      tops[index] = places[at]!;
    });
  }
  // A label's `y` is the middle of its first line.
  return labels.map((label, index) => ({ ...label, y: round(tops[index]! + lineHeight / 2) }));
}

/** The items' indices, grouped by columns that overlap (through any chain of items). */
function overlappingColumns(items: readonly StackItem[]): number[][] {
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.left - items[b]!.left);
  const groups: number[][] = [];
  let right = -Infinity;
  for (const index of order) {
    const item = items[index]!;
    if (item.left < right) groups[groups.length - 1]!.push(index);
    else groups.push([index]);
    right = Math.max(right, item.right);
  }
  return groups;
}

/**
 * The top of each item of one column. An item's top less the heights of the items above it
 * may only grow from one item to the next; the best such values are the weighted means of
 * runs of wanted values (pool adjacent violators).
 */
function stackedTops(items: readonly StackItem[], options: { top: number; bottom: number; gap?: number }): number[] {
  const { top, bottom } = options;
  const gap = options.gap ?? LABEL_GAP;
  // In the order of their middles: a label's is the end it names (a line's, or the line itself).
  const middle = (item: StackItem) => item.top + item.height / 2;
  const order = items.map((_, index) => index).sort((a, b) => middle(items[a]!) - middle(items[b]!));
  const runs: { sum: number; weight: number; count: number }[] = [];
  let above = 0;
  for (const index of order) {
    const item = items[index]!;
    let run = { sum: (item.top - above) * item.weight, weight: item.weight, count: 1 };
    above += item.height + gap;
    while (runs.length && runs[runs.length - 1]!.sum / runs[runs.length - 1]!.weight > run.sum / run.weight) {
      const previous = runs.pop()!;
      run = { sum: previous.sum + run.sum, weight: previous.weight + run.weight, count: previous.count + run.count };
    }
    runs.push(run);
  }
  // The whole stack within top and bottom; from the top when it is taller than that.
  const lowest = bottom - (above - gap);
  const tops: number[] = [];
  let position = 0;
  let stacked = 0;
  for (const run of runs) {
    const level = Math.max(Math.min(run.sum / run.weight, lowest), top);
    for (let count = 0; count < run.count; count++) {
      const index = order[position++]!;
      tops[index] = level + stacked;
      stacked += items[index]!.height + gap;
    }
  }
  return tops;
}
