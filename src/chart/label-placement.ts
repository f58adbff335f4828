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
 * Moves labels apart vertically where their boxes would overlap. Labels are placed in
 * the order given; each goes to the free position nearest the one it asked for, within
 * `top` and `bottom` where possible, so earlier labels (the most important) stay where
 * they are. Returns new labels, in the same order; the input is not changed.
 */
export function spreadLabels(labels: readonly ChartLabel[], options: { text: TextStyle; lineHeight: number; top: number; bottom: number; gap?: number }): ChartLabel[] {
  const { text, lineHeight, top, bottom } = options;
  const gap = options.gap ?? 2;
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  return labels.map((wanted) => {
    const height = wanted.lines.length * lineHeight;
    // Measured once: from one candidate place to the next only the label's height on the chart changes.
    const { left, right } = labelBox(wanted, text, lineHeight);
    const boxAt = (y: number) => ({ left, right, ...verticalSpan(wanted, y, lineHeight) });
    const clashes = (y: number) => {
      const box = boxAt(y);
      return placed.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom + gap && other.top < box.bottom + gap);
    };
    // Candidates: where it asked to be, and just above or below each label in its columns.
    const candidates = [wanted.y];
    for (const other of placed) {
      candidates.push(other.top - gap - height + lineHeight / 2, other.bottom + gap + lineHeight / 2);
    }
    const inside = (y: number) => y - lineHeight / 2 >= top && y - lineHeight / 2 + height <= bottom;
    const free = candidates.filter((y) => inside(y) && !clashes(y)).sort((a, b) => Math.abs(a - wanted.y) - Math.abs(b - wanted.y));
    const y = round(free[0] ?? wanted.y);
    placed.push(boxAt(y));
    return { ...wanted, y };
  });
}
