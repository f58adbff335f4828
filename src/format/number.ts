import { intlLocale, type UiLang } from '../i18n/lang.js';

export interface NumberFormatOptions {
  /** Fraction digits, shown exactly (a goal's `decimals`). */
  decimals?: number;
  /** The goal's unit: `%` is attached the locale's way, anything else follows after a space. */
  unit?: string;
}

/** A grouping formatter, and its group separator (absent when the locale has none). */
interface Formatter {
  format: Intl.NumberFormat;
  separator?: string;
}

// Building an Intl.NumberFormat costs far more than formatting with one, so there is one
// per language, decimals and style; the speech form comes from the grouped one.
const cache = new Map<string, Formatter>();

function formatter(lang: UiLang, decimals: number | undefined, percent: boolean): Formatter {
  const key = `${lang}|${decimals}|${percent}`;
  let entry = cache.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(intlLocale(lang), {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 2,
      ...(percent ? { style: 'percent' } : {}),
    });
    const separator = format.formatToParts(1e9).find((part) => part.type === 'group')?.value;
    entry = separator === undefined ? { format } : { format, separator };
    cache.set(key, entry);
  }
  return entry;
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** A value as it is shown on screen: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
export function formatValue(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  if (options.unit === '%') return formatter(lang, options.decimals, true).format.format(value / 100);
  return withUnit(formatter(lang, options.decimals, false).format.format(value), options.unit);
}

/** A number without digit grouping: the grouped form with its group separators taken out. */
function ungrouped(value: number, lang: UiLang, decimals: number | undefined): string {
  const { format, separator } = formatter(lang, decimals, false);
  const text = format.format(value);
  return separator === undefined ? text : text.replaceAll(separator, '');
}

/**
 * A value for speech: no digit grouping, since screen readers read the Swedish
 * "11 700" as two numbers, and the unit written out where a symbol would be skipped.
 */
export function formatValueForSpeech(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const number = ungrouped(value, lang, options.decimals);
  if (options.unit === '%') return `${number} ${lang === 'sv' ? 'procent' : 'percent'}`;
  return withUnit(number, options.unit);
}

/** A plain count, grouped the locale's way ("2 000" / "2,000"). */
export function formatCount(count: number, lang: UiLang): string {
  return formatter(lang, 0, false).format.format(count);
}
