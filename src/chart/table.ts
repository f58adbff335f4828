import type { Period } from '../data/index.js';
import type { UiLang } from '../i18n/lang.js';
import type { ChartData, ChartMark, ChartPoint } from './chart-data.js';
import { chartTexts } from './messages.js';
import type { Spoken } from './spoken.js';
import { periodText, targetValueText, valueText } from './value-text.js';

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

interface Column extends DataTableColumn {
  points?: readonly ChartPoint[];
  mark?: ChartMark;
}

function columnsOf(data: ChartData, lang: UiLang, valueHeader: string | undefined): Column[] {
  const messages = chartTexts[lang];
  const columns: Column[] = [
    { label: valueHeader ?? messages.valueHeader, fromData: valueHeader !== undefined, points: data.points },
    ...data.comparisons.map((comparison) => ({ label: comparison.label, fromData: true, points: comparison.points })),
  ];
  if (data.target) columns.push({ label: messages.targetHeader, fromData: false, mark: data.target });
  if (data.baseline) columns.push({ label: messages.baselineHeader, fromData: false, mark: data.baseline });
  return columns;
}

function periodsOf(columns: readonly Column[]): Map<number, Period> {
  const periods = new Map<number, Period>();
  for (const column of columns) {
    for (const point of column.points ?? []) if (!periods.has(point.x)) periods.set(point.x, point.period);
    const mark = column.mark;
    if (mark?.x !== undefined && mark.period !== undefined && !periods.has(mark.x)) periods.set(mark.x, mark.period);
  }
  return periods;
}

/** A column's value for each period (by fractional year); a target or baseline without a period holds for every row. */
function valuesOf(column: Column): (x: number) => number | undefined {
  if (column.points) {
    const byX = new Map(column.points.map((point) => [point.x, point.value]));
    return (x) => byX.get(x);
  }
  const mark = column.mark!;
  return (x) => (mark.x === undefined || mark.x === x ? mark.value : undefined);
}

/**
 * The chart as a table: one row per period of any series (or of the target), in
 * time order; columns for the goal's values, each comparison, the target and the baseline.
 * Cells carry `%`; any other unit is named in `unit`, for the headings.
 */
export function dataTable(data: ChartData, lang: UiLang, options: { valueHeader?: string } = {}): DataTable {
  const columns = columnsOf(data, lang, options.valueHeader);
  const periods = [...periodsOf(columns)].sort(([a], [b]) => a - b);
  const lookups = columns.map(valuesOf);
  // A unit other than % goes in the headings once, not after every number: the table stays narrow.
  const headingUnit = data.unit && data.unit !== '%' ? data.unit : undefined;
  const cellUnits = headingUnit ? { decimals: data.decimals } : data;
  // A long series repeats its values: each is formatted once (a formatted value costs more than a lookup).
  const valueCells = new Map<number, Spoken>();
  const valueCell = (value: number) => {
    let cell = valueCells.get(value);
    if (!cell) valueCells.set(value, (cell = valueText(value, lang, cellUnits)));
    return cell;
  };
  return {
    periodHeader: chartTexts[lang].periodHeader(data.periodKind),
    ...(headingUnit ? { unit: headingUnit } : {}),
    columns: columns.map(({ label, fromData }) => ({ label, fromData })),
    rows: periods.map(([x, period]) => ({
      x,
      period,
      label: periodText(period, lang),
      cells: columns.map((column, index) => {
        const value = lookups[index]!(x);
        if (value === undefined) return undefined;
        return { value, ...(column.mark ? targetValueText(value, lang, cellUnits) : valueCell(value)) };
      }),
    })),
  };
}
