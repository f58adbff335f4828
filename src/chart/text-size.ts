// Chart text is measured by estimate, not by the DOM: layout stays a pure function and
// costs nothing per chart. Widths are in ems of a typical sans-serif; a little generous.
const NARROW = new Set([...'ijlI.,:;\'!|()[]{} \u00a0\u202f']);
const WIDE = new Set([...'mwMW%@']);

/** The estimated width in px of one line of text at a font size in px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.3;
    else if (WIDE.has(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.68;
    else ems += 0.57;
  }
  return round(ems * fontSize);
}

/** Rounds a coordinate to a tenth of a pixel: exact in tests, short in the DOM. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Breaks a label into lines no wider than `maxWidth` at word boundaries. A single word
 * wider than that keeps its own line (it is never cut).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}
