import { formatShortMonth } from '../format/date.js';
import { formatValue } from '../format/number.js';
import { intlLocale, type UiLang } from '../i18n/lang.js';

const compactFormats = new Map<UiLang, Intl.NumberFormat>();

/**
 * Labels for value ticks `step` apart: the locale's digits, `%` on percentages,
 * and a compact form ("1,2 mn", "3,4 md") once values reach millions.
 */
export function valueTickFormat(lang: UiLang, options: { unit?: string; decimals: number; maxAbs: number }): (value: number) => string {
  if (options.maxAbs >= 1e6) {
    let format = compactFormats.get(lang);
    if (!format) compactFormats.set(lang, (format = new Intl.NumberFormat(intlLocale(lang), { notation: 'compact', maximumFractionDigits: 1 })));
    return (value) => format.format(value);
  }
  const unit = options.unit === '%' ? '%' : undefined;
  return (value) => formatValue(value, lang, { decimals: options.decimals, ...(unit ? { unit } : {}) });
}

/** A time tick: the year ("2024") on a year tick, the short month and year ("jan. 2024") on a month tick. */
export function timeTickLabel(x: number, lang: UiLang): string {
  return monthLabel(Math.round(x * 12), lang);
}

/** `timeTickLabel` of each of `xs`, each month formatted once: a daily series has about 30 points a month. */
export function timeTickLabels(xs: readonly number[], lang: UiLang): string[] {
  const byMonth = new Map<number, string>();
  return xs.map((x) => {
    const month = Math.round(x * 12);
    let label = byMonth.get(month);
    if (label === undefined) byMonth.set(month, (label = monthLabel(month, lang)));
    return label;
  });
}

/** The label of a month counted from year 0 (2024 × 12 is January 2024). */
function monthLabel(month: number, lang: UiLang): string {
  if (month % 12 === 0) return String(month / 12);
  return formatShortMonth(Math.floor(month / 12), (month % 12) + 1, lang);
}
