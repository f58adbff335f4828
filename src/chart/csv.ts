import { formatDate } from '../format/date.js';
import { intlLocale, type UiLang } from '../i18n/lang.js';
import type { ChartData } from './chart-data.js';
import { chartTexts } from './messages.js';
import { dataTable } from './table.js';

/** The field separator per UI language: what Excel expects with Swedish and with English regional settings. */
const SEPARATOR: Record<UiLang, string> = { sv: ';', en: ',' };

const BOM = '\uFEFF';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as Excel reads it: no digit grouping, the locale's decimal sign, an ASCII minus. */
function csvNumber(value: number, lang: UiLang, decimals: number | undefined): string {
  const key = `${lang}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { useGrouping: false, minimumFractionDigits: decimals ?? 0, maximumFractionDigits: decimals ?? 10 });
    numberFormats.set(key, format);
  }
  return format.format(value).replace('\u2212', '-');
}

/** A text cell, quoted when needed; text that Excel would run as a formula is defused with a leading apostrophe. */
function csvText(text: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The chart's data as CSV that Excel opens correctly: UTF-8 with a byte order mark,
 * `;` and decimal comma in Swedish (`,` and decimal point in English), CRLF line ends,
 * one row per period, then the source line ("Källa: Kolada, https://…, hämtat 27 november 2026") when the goal names one.
 */
export function toCsv(data: ChartData, lang: UiLang, options: { valueHeader?: string } = {}): string {
  const separator = SEPARATOR[lang];
  const table = dataTable(data, lang, options);
  const unit = data.unit ? ` (${data.unit})` : '';
  const header = [table.periodHeader, ...table.columns.map((column) => `${column.label}${unit}`)];
  const lines = [header.map((cell) => csvText(cell, separator)).join(separator)];
  for (const row of table.rows) {
    const values = row.cells.map((cell) => (cell === undefined ? '' : csvNumber(cell.value, lang, data.decimals)));
    lines.push([csvText(String(row.period), separator), ...values].join(separator));
  }
  const retrieved = data.source?.retrieved ? formatDate(data.source.retrieved, lang) : undefined;
  const source = [data.source?.name, data.source?.href, retrieved && chartTexts[lang].retrieved(retrieved)].filter(Boolean).join(', ');
  if (source) lines.push('', csvText(chartTexts[lang].sourceLine(source), separator));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A file name for the download: the goal's id, safe on every system. */
export function csvFileName(data: Pick<ChartData, 'id'>): string {
  const base = data.id.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'data'}.csv`;
}
