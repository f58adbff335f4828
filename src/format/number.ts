import { intlLocale, type UiLang } from '../i18n/lang.js';
import { decimalRounder } from './decimal.js';

export interface NumberFormatOptions {
  /** Fraction digits, shown exactly (a goal's `decimals`). */
  decimals?: number;
  /** The goal's unit: `%` is attached the locale's way, anything else follows after a space. */
  unit?: string;
}

/** The symbols `Intl.NumberFormat` uses for sv-SE and en-GB in Chromium (checked by test/format/intl-parity.test.ts). */
interface NumberSymbols {
  group: string;
  decimal: string;
  minus: string;
  /** Follows a percentage: sv-SE puts a no-break space before the sign. */
  percent: string;
}

const symbols: Record<UiLang, NumberSymbols> = {
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212', percent: '\u00a0%' },
  en: { group: ',', decimal: '.', minus: '-', percent: '%' },
};

type NumberFormatter = (value: number) => string;

/** Groups an integer's digits in threes: "11700" → "11 700". */
function grouped(integer: string, separator: string): string {
  let text = integer.slice(0, ((integer.length - 1) % 3) + 1);
  for (let i = text.length; i < integer.length; i += 3) text += separator + integer.slice(i, i + 3);
  return text;
}

/**
 * Formats as `new Intl.NumberFormat(intlLocale(lang), options)` would, without creating one: the
 * first Intl formatter of a page loads ICU's locale data, 12–28 ms in Chromium, and every further
 * one with other options costs up to a few more. `decimals` fixes the fraction digits; without it,
 * 0 to 2 are shown.
 */
function formatter(lang: UiLang, decimals: number | undefined, grouping: boolean, percent: boolean): NumberFormatter {
  const min = decimals ?? 0;
  const max = decimals ?? 2;
  // Intl alone handles fraction digits that are not a whole number from 0 to 100: it truncates
  // 1.5 to 1 and throws a RangeError for -1, and callers get exactly that.
  if (!Number.isInteger(min) || min < 0 || min > 100) {
    const intl = new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping, ...(percent ? { style: 'percent' } : {}) });
    return (value) => intl.format(value);
  }
  const { group, decimal, minus, percent: percentSign } = symbols[lang];
  const suffix = percent ? percentSign : '';
  const round = decimalRounder(min, max, percent ? 2 : 0);
  return (value) => {
    const { negative, integer, fraction } = round(value);
    const digits = grouping && integer.length > 3 ? grouped(integer, group) : integer;
    return `${negative ? minus : ''}${digits}${fraction ? decimal + fraction : ''}${suffix}`;
  };
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
  /** Both forms, `text` as shown and `speech` as spoken: formatted once where they are the same text. */
  both(value: number): { text: string; speech: string };
}

/** Shows values with these options: "70,8 %" in Swedish, "70.8%" in English, "11 700 kr". */
function shownFormat(lang: UiLang, { unit, decimals }: NumberFormatOptions): (value: number) => string {
  const percent = unit === '%';
  const format = formatter(lang, decimals, true, percent);
  // A percent formatter writes the % itself.
  const suffix = percent ? undefined : unit;
  // The division keeps what an Intl percent formatter showed for value / 100, to the last digit.
  return (value) => (Number.isFinite(value) ? withUnit(format(percent ? value / 100 : value), suffix) : '–');
}

/** Speaks values with these options: no digit grouping, "%" written out (screen readers skip it). */
function spokenFormat(lang: UiLang, { unit, decimals }: NumberFormatOptions): (value: number) => string {
  const format = formatter(lang, decimals, false, false);
  const suffix = unit === '%' ? (lang === 'sv' ? 'procent' : 'percent') : unit;
  return (value) => (Number.isFinite(value) ? withUnit(format(value), suffix) : '–');
}

/** Both forms of values with these options: a long series formats hundreds of values with the same options. */
export function valueFormats(lang: UiLang, options: NumberFormatOptions = {}): ValueFormats {
  const shown = shownFormat(lang, options);
  const spoken = spokenFormat(lang, options);
  // Below 999, rounded or not, no digits are grouped: the two forms are then the same text,
  // except for a percentage (its sign written out, and rounded as value / 100 when shown).
  const alike = options.unit !== '%';
  const both = (value: number) => {
    const speech = spoken(value);
    return { text: alike && Math.abs(value) < 999 ? speech : shown(value), speech };
  };
  return { shown, spoken, both };
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

/** A plain count, grouped the locale's way ("2 000" / "2,000"); "–" for one that is not a finite number. */
export function formatCount(count: number, lang: UiLang): string {
  return Number.isFinite(count) ? formatter(lang, 0, true, false)(count) : '–';
}
