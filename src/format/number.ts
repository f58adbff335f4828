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

/**
 * Both forms of values with these options, the formatters looked up once: a long
 * series formats hundreds of values with the same options.
 */
export function valueFormats(lang: UiLang, options: NumberFormatOptions = {}): ValueFormats {
  const { unit, decimals } = options;
  const percent = unit === '%';
  const grouped = formatter(lang, decimals, true, percent);
  const plain = formatter(lang, decimals, false, false);
  // A percent formatter writes the % itself. Screen readers read the Swedish "11 700" as two numbers, and skip a "%".
  const shownUnit = percent ? undefined : unit;
  const spokenUnit = percent ? (lang === 'sv' ? 'procent' : 'percent') : unit;
  return {
    shown: (value) => (Number.isFinite(value) ? withUnit(grouped.format(percent ? value / 100 : value), shownUnit) : '–'),
    spoken: (value) => (Number.isFinite(value) ? withUnit(plain.format(value), spokenUnit) : '–'),
  };
}

/** A value as it is shown on screen: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
export function formatValue(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  return valueFormats(lang, options).shown(value);
}

/**
 * A value for speech: no digit grouping, since screen readers read the Swedish
 * "11 700" as two numbers, and the unit written out where a symbol would be skipped.
 */
export function formatValueForSpeech(value: number, lang: UiLang, options: NumberFormatOptions = {}): string {
  return valueFormats(lang, options).spoken(value);
}

/** A plain count, grouped the locale's way ("2 000" / "2,000"). */
export function formatCount(count: number, lang: UiLang): string {
  return formatter(lang, 0, true, false).format(count);
}
