// Chart text is measured by estimate, not by the DOM: layout stays a pure function and
// costs nothing per chart. Widths are in ems of a typical sans-serif; a little generous.
const NARROW = new Set([...'ijlI.,:;\'!|()[]{} \u00a0\u202f']);
const WIDE = new Set([...'mwMW%@']);

/**
 * How the chart's text is set: its font size in px, or that with the letter and word
 * spacing (px) it inherits from the page (WCAG 1.4.12: readers may widen both).
 */
export type TextStyle = number | { fontSize: number; letterSpacing?: number; wordSpacing?: number };

/** The font size of a text style, in px. */
export function fontSizeOf(style: TextStyle): number {
  return typeof style === 'number' ? style : style.fontSize;
}

/** The estimated width in px of one line of text. */
export function textWidth(text: string, style: TextStyle): number {
  const { fontSize, letterSpacing = 0, wordSpacing = 0 } = typeof style === 'number' ? { fontSize: style } : style;
  let ems = 0;
  let chars = 0;
  let spaces = 0;
  for (const char of text) {
    chars++;
    if (char === ' ' || char === '\u00a0') spaces++;
    if (NARROW.has(char)) ems += 0.3;
    else if (WIDE.has(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.68;
    else ems += 0.57;
  }
  return round(ems * fontSize + chars * letterSpacing + spaces * wordSpacing);
}

/** Rounds a coordinate to a tenth of a pixel: exact in tests, short in the DOM. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Breaks a label into lines no wider than `maxWidth` at spaces (never at the no-break
 * spaces inside "2 200" or "80 %"). A single word wider than that keeps its own line.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, style) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}
