import type { Period } from '../data/index.js';
import type { UiLang } from '../i18n/lang.js';
import type { ChartData, ChartMark } from './chart-data.js';
import { chartTexts } from './messages.js';
import type { Spoken } from './spoken.js';
import { periodText, targetValueText, valueTexts } from './value-text.js';

/** A value of the table: the number, and how it is shown and spoken. */
export interface DataTableCell extends Spoken {
  value: number;
}

export interface DataTableRow {
  /** The period as a number of years, for ordering and matching a chart point. */
  x: number;
  period: Period;
  label: string;
  /** One cell per column; `undefined` where that series has no value for the period. */
  cells: (DataTableCell | undefined)[];
}

export interface DataTableColumn {
  label: string;
  /** True when the label is text from the data (a comparison's label, the organisation), not the UI's own words. */
  fromData: boolean;
}

export interface DataTable {
  periodHeader: string;
  /** The unit the value columns are in, for their headings; absent for `%`, which each value carries. */
  unit?: string;
  /** The value columns: the goal's own values, each comparison, then target and baseline when there are any. */
  columns: DataTableColumn[];
  rows: DataTableRow[];
}

function columnsOf(data: ChartData, lang: UiLang, valueHeader: string | undefined): DataTableColumn[] {
  const messages = chartTexts[lang];
  const columns: DataTableColumn[] = [
    { label: valueHeader ?? messages.valueHeader, fromData: valueHeader !== undefined },
    ...data.comparisons.map((comparison) => ({ label: comparison.label, fromData: true })),
  ];
  if (data.target) columns.push({ label: messages.targetHeader, fromData: false });
  if (data.baseline) columns.push({ label: messages.baselineHeader, fromData: false });
  return columns;
}

/** The cell of each distinct value, formatted once: a long series repeats its values. */
function cellsOf(lang: UiLang, units: Pick<ChartData, 'unit' | 'decimals'>): (value: number) => DataTableCell {
  const texts = valueTexts(lang, units);
  const cells = new Map<number, DataTableCell>();
  return (value) => {
    let cell = cells.get(value);
    // 0 and -0 share a key but not a text ("-0").
    if (!cell || !Object.is(cell.value, value)) {
      const { text, speech } = texts(value);
      cells.set(value, (cell = { value, text, speech }));
    }
    return cell;
  };
}

/**
 * The chart as a table: one row per period of any series (or of the target), in
 * time order; columns for the goal's values, each comparison, the target and the baseline.
 * Cells carry `%`; any other unit is named in `unit`, for the headings.
 */
export function dataTable(data: ChartData, lang: UiLang, options: { valueHeader?: string } = {}): DataTable {
  // A unit other than % goes in the headings once, not after every number: the table stays narrow.
  const headingUnit = data.unit && data.unit !== '%' ? data.unit : undefined;
  const cellUnits = headingUnit ? { decimals: data.decimals } : data;
  const valueCell = cellsOf(lang, cellUnits);
  // The columns: the goal's values, each comparison's, then the target and the baseline.
  const series = [data.points, ...data.comparisons.map((comparison) => comparison.points)];
  const marks: ChartMark[] = [];
  if (data.target) marks.push(data.target);
  if (data.baseline) marks.push(data.baseline);
  // A target or baseline has one value: one cell, in its period's row or (without a period) in every row.
  const markCells = marks.map((mark) => ({ value: mark.value, ...targetValueText(mark.value, lang, cellUnits) }));
  // Each series is sorted by period, so the rows are merged from them: `next[index]` is
  // the index of that series' first point not yet in a row. Indexed loops: this runs once per
  // row, thousands for a daily series, mostly before the engine optimises it, and for...of
  // allocates an iterator per loop there.
  const next = series.map(() => 0);
  const rows: DataTableRow[] = [];
  for (let last = -Infinity; ; ) {
    // The earliest period not yet in a row, named as the first column that has it names it.
    let x = Infinity;
    let period: Period | undefined;
    for (let index = 0; index < series.length; index++) {
      const point = series[index]![next[index]!];
      if (point !== undefined && point.x < x) {
        x = point.x;
        period = point.period;
      }
    }
    for (let index = 0; index < marks.length; index++) {
      const mark = marks[index]!;
      if (mark.x !== undefined && mark.period !== undefined && mark.x > last && mark.x < x) {
        x = mark.x;
        period = mark.period;
      }
    }
    if (period === undefined) break;
    // Sized once (pushing grows an array to more than twice a row's few cells), filled by index.
    const cells = new Array<DataTableCell | undefined>(series.length + marks.length);
    for (let index = 0; index < series.length; index++) {
      const point = series[index]![next[index]!];
      if (point !== undefined && point.x === x) {
        cells[index] = valueCell(point.value);
        next[index]!++;
      } else {
        cells[index] = undefined;
      }
    }
    for (let index = 0; index < marks.length; index++) {
      const at = marks[index]!.x;
      cells[series.length + index] = at === undefined || at === x ? markCells[index] : undefined;
    }
    rows.push({ x, period, label: periodText(period, lang), cells });
    last = x;
  }
  return {
    periodHeader: chartTexts[lang].periodHeader(data.periodKind),
    ...(headingUnit ? { unit: headingUnit } : {}),
    columns: columnsOf(data, lang, options.valueHeader),
    rows,
  };
}
