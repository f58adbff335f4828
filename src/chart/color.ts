import { contrastRatio, parseHexColor } from '../format/contrast.js';

/** WCAG 2.1 AA minimum contrast for graphical objects such as chart lines (success criterion 1.4.11). */
export const GRAPHIC_CONTRAST_AA = 3;

const WHITE = { r: 255, g: 255, b: 255 };

/**
 * The data's colour for a chart's lines and columns, when it is a valid hex colour with
 * at least 3:1 contrast against white; otherwise `undefined` and the chart keeps its
 * default colour.
 */
export function usableSeriesColor(color: unknown): string | undefined {
  const rgb = parseHexColor(color);
  return rgb && contrastRatio(rgb, WHITE) >= GRAPHIC_CONTRAST_AA ? (color as string) : undefined;
}
