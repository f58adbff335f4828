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

/** How values with the same options are shown and spoken. */
export interface ValueFormats {
  /** As shown on screen: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
  shown(value: number): string;
  /** As spoken: no digit grouping, the unit written out where a symbol would be skipped. */
  spoken(value: number): string;
}

/** Shows values with these options: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
function shownFormat(lang: UiLang, { unit, decimals }: NumberFormatOptions): (value: number) => string {
  const percent = unit === '%';
  const format = formatter(lang, decimals, true, percent);
  // A percent formatter writes the % itself.
  const suffix = percent ? undefined : unit;
  return (value) => (Number.isFinite(value) ? withUnit(format.format(percent ? value / 100 : value), suffix) : '–');
}

/** Speaks values with these options: no digit grouping, "%" written out (screen readers skip it). */
function spokenFormat(lang: UiLang, { unit, decimals }: NumberFormatOptions): (value: number) => string {
  const format = formatter(lang, decimals, false, false);
  const suffix = unit === '%' ? (lang === 'sv' ? 'procent' : 'percent') : unit;
  return (value) => (Number.isFinite(value) ? withUnit(format.format(value), suffix) : '–');
}

/**
 * Both forms of values with these options, the formatters looked up once: a long
 * series formats hundreds of values with the same options.
 */
export function valueFormats(lang: UiLang, options: NumberFormatOptions = {}): ValueFormats {
  return { shown: shownFormat(lang, options), spoken: spokenFormat(lang, options) };
}

/** A value as it is shown on screen: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
export function formatValue(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  return shownFormat(lang, options)(value);
}

/**
 * A value for speech: no digit grouping, since screen readers read the Swedish
 * "11 700" as two numbers, and the unit written out where a symbol would be skipped.
 */
export function formatValueForSpeech(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  return spokenFormat(lang, options)(value);
}

/** A plain count, grouped the locale's way ("2 000" / "2,000"). */
export function formatCount(count: number, lang: UiLang): string {
  return formatter(lang, 0, true, false).format(count);
}
