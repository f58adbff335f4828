import type { Point } from './cartesian-layout.js';
import { fontSizeOf, round, textWidth, wrapText, type TextStyle } from './text-size.js';

export interface TooltipLayout {
  /** The box, in the chart's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline-centred line positions inside the drawing. */
  lines: { x: number; y: number; text: string }[];
}

/**
 * A label box for the point at `at`, beside it (right if it fits, else left) and kept
 * inside `bounds`, its lines wrapped to fit. `y` of each line is the middle of that line.
 */
export function tooltipLayout(
  at: Point,
  lines: readonly string[],
  options: { text: TextStyle; lineHeight: number; bounds: { left: number; top: number; right: number; bottom: number } },
): TooltipLayout {
  const { text, lineHeight, bounds } = options;
  const padding = round(fontSizeOf(text) * 0.4);
  const offset = round(fontSizeOf(text) * 0.7);
  // A line wider than the drawing (a long comparison name in a narrow chart) wraps inside it.
  const room = bounds.right - bounds.left - 2 * padding;
  const shown = lines.flatMap((line) => (textWidth(line, text) <= room ? [line] : wrapText(line, room, text)));
  const width = round(Math.max(...shown.map((line) => textWidth(line, text))) + 2 * padding);
  const height = round(shown.length * lineHeight + 2 * padding);
  const fitsRight = at.x + offset + width <= bounds.right;
  const x = round(fitsRight ? at.x + offset : Math.max(bounds.left, at.x - offset - width));
  const y = round(Math.min(Math.max(bounds.top, at.y - height / 2), bounds.bottom - height));
  return {
    x,
    y,
    width,
    height,
    lines: shown.map((text, index) => ({ x: round(x + padding), y: round(y + padding + lineHeight * (index + 0.5)), text })),
  };
}
