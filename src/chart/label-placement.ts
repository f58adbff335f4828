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
  const top = label.y - lineHeight / 2;
  return { left, right: left + width, top, bottom: top + label.lines.length * lineHeight, width };
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
  const placed: { label: ChartLabel; box: ReturnType<typeof labelBox> }[] = [];
  return labels.map((wanted) => {
    const height = wanted.lines.length * lineHeight;
    const boxAt = (y: number) => labelBox({ ...wanted, y }, text, lineHeight);
    const clashes = (y: number) => {
      const box = boxAt(y);
      return placed.filter((other) => box.left < other.box.right && other.box.left < box.right && box.top < other.box.bottom + gap && other.box.top < box.bottom + gap);
    };
    // Candidates: where it asked to be, and just above or below each label in its columns.
    const candidates = [wanted.y];
    for (const other of placed) {
      candidates.push(other.box.top - gap - height + lineHeight / 2, other.box.bottom + gap + lineHeight / 2);
    }
    const inside = (y: number) => y - lineHeight / 2 >= top && y - lineHeight / 2 + height <= bottom;
    const free = candidates.filter((y) => inside(y) && clashes(y).length === 0).sort((a, b) => Math.abs(a - wanted.y) - Math.abs(b - wanted.y));
    const y = round(free[0] ?? wanted.y);
    const label = { ...wanted, y };
    placed.push({ label, box: boxAt(y) });
    return label;
  });
}
