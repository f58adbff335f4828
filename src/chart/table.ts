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

/** The value cell of each distinct value of a column, formatted once: a long series repeats its values. */
function cellsOf(lang: UiLang, units: Pick<ChartData, 'unit' | 'decimals'>): (value: number) => DataTableCell {
  const cells = new Map<number, DataTableCell>();
  return (value) => {
    let cell = cells.get(value);
    // 0 and -0 share a key but not a text ("-0").
    if (!cell || !Object.is(cell.value, value)) cells.set(value, (cell = { value, ...valueText(value, lang, units) }));
    return cell;
  };
}

/**
 * The chart as a table: one row per period of any series (or of the target), in
 * time order; columns for the goal's values, each comparison, the target and the baseline.
 * Cells carry `%`; any other unit is named in `unit`, for the headings.
 */
export function dataTable(data: ChartData, lang: UiLang, options: { valueHeader?: string } = {}): DataTable {
  const columns = columnsOf(data, lang, options.valueHeader);
  // A unit other than % goes in the headings once, not after every number: the table stays narrow.
  const headingUnit = data.unit && data.unit !== '%' ? data.unit : undefined;
  const cellUnits = headingUnit ? { decimals: data.decimals } : data;
  const valueCell = cellsOf(lang, cellUnits);
  // A target or baseline has one value: one cell, in its period's row or (without a period) in every row.
  const markCells = columns.map(({ mark }) => (mark ? { value: mark.value, ...targetValueText(mark.value, lang, cellUnits) } : undefined));
  // Each series is sorted by period, so the rows are merged from them: `next[index]` is
  // the index of that column's first point not yet in a row.
  const next = columns.map(() => 0);
  const rows: DataTableRow[] = [];
  for (let last = -Infinity; ; ) {
    // The earliest period not yet in a row, named as the first column that has it names it.
    let x = Infinity;
    let period: Period | undefined;
    for (let index = 0; index < columns.length; index++) {
      const { points, mark } = columns[index]!;
      const point = points?.[next[index]!];
      const candidate = point ?? (mark?.x !== undefined && mark.x > last ? mark : undefined);
      if (candidate?.x !== undefined && candidate.period !== undefined && candidate.x < x) {
        x = candidate.x;
        period = candidate.period;
      }
    }
    if (period === undefined) break;
    const cells: (DataTableCell | undefined)[] = [];
    for (let index = 0; index < columns.length; index++) {
      const { points, mark } = columns[index]!;
      if (points) cells.push(points[next[index]!]?.x === x ? valueCell(points[next[index]!++]!.value) : undefined);
      else cells.push(mark!.x === undefined || mark!.x === x ? markCells[index] : undefined);
    }
    rows.push({ x, period, label: periodText(period, lang), cells });
    last = x;
  }
  return {
    periodHeader: chartTexts[lang].periodHeader(data.periodKind),
    ...(headingUnit ? { unit: headingUnit } : {}),
    columns: columns.map(({ label, fromData }) => ({ label, fromData })),
    rows,
  };
}
