/** The heading levels a card title may take: never 1 (the page's own title), at most 6. */
export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;
export const DEFAULT_HEADING_LEVEL = 3;

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A `heading-level` attribute value as a usable level: out-of-range numbers are
 * clamped, anything that is not a whole number gives the default. `issue` says
 * what was wrong, for the web editor.
 */
export function headingLevel(value: unknown): { level: HeadingLevel; issue?: string } {
  if (value === undefined || value === null) return { level: DEFAULT_HEADING_LEVEL };
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number)) {
    return { level: DEFAULT_HEADING_LEVEL, issue: `expected a whole number from ${MIN_HEADING_LEVEL} to ${MAX_HEADING_LEVEL}, got ${JSON.stringify(String(value))}; using ${DEFAULT_HEADING_LEVEL}` };
  }
  const level = Math.min(MAX_HEADING_LEVEL, Math.max(MIN_HEADING_LEVEL, number)) as HeadingLevel;
  if (level === number) return { level };
  return { level, issue: `expected a whole number from ${MIN_HEADING_LEVEL} to ${MAX_HEADING_LEVEL}, got ${number}; using ${level}` };
}
