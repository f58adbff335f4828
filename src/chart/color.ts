const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return digits.map((pair) => parseInt(pair, 16) / 255) as [number, number, number];
}

/** WCAG relative luminance of a hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The data's colour for a chart's lines and columns, when it is a valid hex colour with
 * at least 3:1 contrast against white (WCAG 1.4.11 for graphics); otherwise `undefined`
 * and the chart keeps its default colour.
 */
export function usableSeriesColor(color: unknown): string | undefined {
  if (typeof color !== 'string' || !HEX.test(color)) return undefined;
  return contrastRatio(color, '#ffffff') >= 3 ? color : undefined;
}
