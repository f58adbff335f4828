const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL when the contract allows it as a link or image source
 * (`http:`, `https:`, `mailto:`, `tel:` or relative), otherwise `undefined`.
 * Dropping, not throwing: one bad link must never blank a page.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so judge the URL without them.
  const compact = trimmed.replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return trimmed;
  return SAFE_SCHEMES.has(scheme[1]!.toLowerCase() + ':') ? trimmed : undefined;
}

/**
 * A safe URL from the data, resolved against the data file's URL (`baseUrl`), so a
 * relative `images/x.svg` in `/data/strategy.json` means `/data/images/x.svg`.
 */
export function resolveDataUrl(url: unknown, baseUrl: string | undefined): string | undefined {
  const safe = safeUrl(url);
  if (safe === undefined || baseUrl === undefined) return safe;
  try {
    return new URL(safe, baseUrl).href;
  } catch {
    return undefined;
  }
}
