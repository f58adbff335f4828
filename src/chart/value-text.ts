import type { Period } from '../data/index.js';
import { formatCalendarDate, parseIsoDate } from '../format/date.js';
import { valueFormats } from '../format/number.js';
import type { UiLang } from '../i18n/lang.js';
import type { ChartData } from './chart-data.js';
import { chartTexts } from './messages.js';
import { spoken, type Spoken } from './spoken.js';

type Units = Pick<ChartData, 'unit' | 'decimals'>;

/**
 * Units that only say "a number of" (Kolada writes "antal"): a count is written as the
 * bare number, "46", not "46 antal". The axis, table and CSV headings still name the unit.
 */
const COUNT_UNITS = new Set(['antal', 'st', 'st.', 'stycken', 'number', 'count']);

function options(data: Units) {
  const unit = data.unit && !COUNT_UNITS.has(data.unit.trim().toLowerCase()) ? data.unit : undefined;
  return { ...(unit ? { unit } : {}), ...(data.decimals !== undefined ? { decimals: data.decimals } : {}) };
}

/** A value with the goal's unit and decimals: "70,8 %" shown, "70,8 procent" spoken. */
export function valueText(value: number, lang: UiLang, data: Units): Spoken {
  return valueTexts(lang, data)(value);
}

/** `valueText` for many values with the same unit and decimals (the formatters are looked up once). */
export function valueTexts(lang: UiLang, data: Units): (value: number) => Spoken {
  return valueFormats(lang, options(data)).both;
}

/** A target or baseline value: the goal's unit, but only the decimals it needs ("80 %", not "80,0 %"). */
export function targetValueText(value: number, lang: UiLang, data: Units): Spoken {
  return valueText(value, lang, { unit: data.unit });
}

/**
 * A difference between two values: percentage points for `%` ("9,2 procentenheter"),
 * otherwise the value with its unit ("440 kr").
 */
export function differenceText(difference: number, lang: UiLang, data: Units): Spoken {
  if (data.unit !== '%') return valueText(difference, lang, data);
  const number = valueText(difference, lang, { decimals: data.decimals });
  const points = chartTexts[lang].percentagePoints;
  return spoken(points(number.text), points(number.speech));
}

/** A period as written in text: "2024", "juni 2023", "14 mars 2024" (as `formatDate` writes them). Never digit-grouped. */
export function periodText(period: Period, lang: UiLang): string {
  // A year, or four characters that are not a date either way: written as given.
  if (typeof period === 'number' || period.length === 4) return String(period);
  const date = parseIsoDate(period);
  return date ? formatCalendarDate(date, lang) : period;
}
