/** An sRGB colour: channels 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** An sRGB colour with alpha 0–1. */
export interface Rgba extends Rgb {
  a: number;
}

/** WCAG 2.1 AA minimum contrast for normal-size text (success criterion 1.4.3). */
export const TEXT_CONTRAST_AA = 4.5;

const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** True for `#rgb` or `#rrggbb`, the only colours the data format and the `color` attribute accept. */
export function isHexColor(text: unknown): text is string {
  return typeof text === 'string' && HEX_COLOR.test(text);
}

/** `#rgb` or `#rrggbb` as channels; `undefined` for anything else. */
export function parseHexColor(text: unknown): Rgb | undefined {
  if (!isHexColor(text)) return undefined;
  const digits = text.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const value = Number.parseInt(full, 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const CHANNEL = String.raw`(${NUMBER})(%?)`;
const SEPARATOR = String.raw`\s*[,\s]\s*`;
const ALPHA = String.raw`(?:\s*[,/]\s*${CHANNEL})?`;
const RGB_FUNCTION = new RegExp(String.raw`^rgba?\(\s*${CHANNEL}${SEPARATOR}${CHANNEL}${SEPARATOR}${CHANNEL}${ALPHA}\s*\)$`, 'i');
const SRGB_FUNCTION = new RegExp(String.raw`^color\(\s*srgb\s+${CHANNEL}\s+${CHANNEL}\s+${CHANNEL}${ALPHA}\s*\)$`, 'i');

function channel(number: string | undefined, percent: string | undefined, scale: number): number {
  const value = Number(number);
  return Math.min(scale, Math.max(0, percent ? (value / 100) * scale : value));
}

/**
 * A colour as browsers write computed styles: `rgb()`, `rgba()` (comma or space
 * syntax) or `color(srgb …)`, and hex. `undefined` for any other notation, so a
 * caller can stay on the safe side when it cannot tell.
 */
export function parseCssColor(text: string): Rgba | undefined {
  const trimmed = text.trim();
  const hex = parseHexColor(trimmed);
  if (hex) return { ...hex, a: 1 };
  const rgb = RGB_FUNCTION.exec(trimmed);
  if (rgb) {
    const [, r, rp, g, gp, b, bp, a, ap] = rgb;
    return { r: channel(r, rp, 255), g: channel(g, gp, 255), b: channel(b, bp, 255), a: a === undefined ? 1 : channel(a, ap, 1) };
  }
  const srgb = SRGB_FUNCTION.exec(trimmed);
  if (srgb) {
    // color(srgb) channels run 0–1.
    const [, r, rp, g, gp, b, bp, a, ap] = srgb;
    const unit = (value: string | undefined, percent: string | undefined) => channel(value, percent, 1) * 255;
    return { r: unit(r, rp), g: unit(g, gp), b: unit(b, bp), a: a === undefined ? 1 : channel(a, ap, 1) };
  }
  return undefined;
}

/** A translucent colour painted over an opaque one. */
export function compositeOver(top: Rgba, bottom: Rgb): Rgb {
  const mix = (over: number, under: number) => over * top.a + under * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b) };
}

// sRGB's threshold 0.04045; WCAG 2.1 prints 0.03928. No 8-bit channel value lies between the two.
function linear(channel255: number): number {
  const c = channel255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio of two colours, from 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
