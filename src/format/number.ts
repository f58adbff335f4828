import { intlLocale, type UiLang } from '../i18n/lang.js';

export interface NumberFormatOptions {
  /** Fraction digits, shown exactly (a goal's `decimals`). */
  decimals?: number;
  /** The goal's unit: `%` is attached the locale's way, anything else follows after a space. */
  unit?: string;
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: UiLang, decimals: number | undefined, grouping: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${grouping}|${percent}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 2,
      useGrouping: grouping,
      ...(percent ? { style: 'percent' } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** A value as it is shown on screen: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
export function formatValue(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  if (options.unit === '%') return formatter(lang, options.decimals, true, true).format(value / 100);
  return withUnit(formatter(lang, options.decimals, true, false).format(value), options.unit);
}

/**
 * A value for speech: no digit grouping, since screen readers read the Swedish
 * "11 700" as two numbers, and the unit written out where a symbol would be skipped.
 */
export function formatValueForSpeech(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const number = formatter(lang, options.decimals, false, false).format(value);
  if (options.unit === '%') return `${number} ${lang === 'sv' ? 'procent' : 'percent'}`;
  return withUnit(number, options.unit);
}

/** A plain count, grouped the locale's way ("2 000" / "2,000"). */
export function formatCount(count: number, lang: UiLang): string {
  return formatter(lang, 0, true, false).format(count);
}
