// Kolada's answers → our values. Pure functions: a row we cannot use is skipped,
// never guessed at.
import { isValidPeriod } from '../data/index.js';

/** One point of a Kolada series: the period is a year. */
export interface KoladaPoint {
  period: number;
  value: number;
}

export interface KoladaKpi {
  id: string;
  title: string;
  description?: string;
}

/** A municipality (or region, or the whole country) as Kolada names it. */
export interface KoladaMunicipality {
  id: string;
  /** Its name, like "Landskrona" or "Riket". */
  title: string;
  /** Kolada's kind of area: `K` municipality, `L` region, `R` the whole country. */
  type?: string;
}

/** One page of a Kolada answer: its `values` and the address of the next page, if any. */
export interface KoladaPage {
  values: unknown[];
  next?: string;
}

type Row = Record<string, unknown>;

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page's parts, or null when the answer is not shaped like one of Kolada's. */
export function readPage(body: unknown): KoladaPage | null {
  if (!isRecord(body) || !Array.isArray(body.values)) return null;
  const next = body.next_url;
  return typeof next === 'string' && next !== '' ? { values: body.values, next } : { values: body.values };
}

/** The key of one series: a KPI id and a municipality id. */
export function pairId(kpi: string, municipality: string): string {
  return `${kpi}|${municipality}`;
}

function year(period: unknown): number | undefined {
  const value = typeof period === 'string' && /^\d{4}$/.test(period) ? Number(period) : period;
  return typeof value === 'number' && isValidPeriod(value) ? value : undefined;
}

/** The total (gender `T`) value of a row, when it has a number that is not deleted. */
function totalValue(row: Row): number | undefined {
  if (row.isdeleted === true || !Array.isArray(row.values)) return undefined;
  for (const entry of row.values) {
    if (!isRecord(entry) || entry.gender !== 'T' || entry.isdeleted === true) continue;
    if (typeof entry.value === 'number' && Number.isFinite(entry.value)) return entry.value;
  }
  return undefined;
}

/**
 * The series in Kolada data rows (`{kpi, municipality, period, values: [{gender, value,
 * status, isdeleted}]}`), keyed by `pairId`: only gender `T`, without `null` values and
 * deleted rows, one point per year, sorted by year.
 */
export function seriesFromRows(rows: readonly unknown[]): Map<string, KoladaPoint[]> {
  const byPair = new Map<string, Map<number, number>>();
  for (const row of rows) {
    if (!isRecord(row) || typeof row.kpi !== 'string' || typeof row.municipality !== 'string') continue;
    const period = year(row.period);
    const value = totalValue(row);
    if (period === undefined || value === undefined) continue;
    const id = pairId(row.kpi.toUpperCase(), row.municipality.toUpperCase());
    const points = byPair.get(id) ?? new Map<number, number>();
    byPair.set(id, points);
    if (!points.has(period)) points.set(period, value);
  }
  const series = new Map<string, KoladaPoint[]>();
  for (const [id, points] of byPair) {
    series.set(
      id,
      [...points].sort(([a], [b]) => a - b).map(([period, value]) => ({ period, value })),
    );
  }
  return series;
}

/**
 * The entries of Kolada metadata (`{id, title, …}`) keyed by id (upper case), each with its
 * trimmed title and, when it has some, the text of its field `extra`; entries without an id
 * and a title are skipped.
 */
function titledEntries<E extends string>(values: readonly unknown[], extra: E): Map<string, { id: string; title: string } & Partial<Record<E, string>>> {
  const found = new Map<string, { id: string; title: string } & Partial<Record<E, string>>>();
  for (const entry of values) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.title !== 'string') continue;
    const title = entry.title.trim();
    if (!title) continue;
    const id = entry.id.toUpperCase();
    const text = typeof entry[extra] === 'string' ? entry[extra].trim() : '';
    found.set(id, { id, title, ...(text ? { [extra]: text } : {}) } as { id: string; title: string } & Partial<Record<E, string>>);
  }
  return found;
}

/** The KPIs in Kolada's metadata (`{id, title, description, …}`), keyed by id. */
export function kpisFromValues(values: readonly unknown[]): Map<string, KoladaKpi> {
  return titledEntries(values, 'description');
}

/** The municipalities in Kolada's metadata (`{id, title, type}`), keyed by id. */
export function municipalitiesFromValues(values: readonly unknown[]): Map<string, KoladaMunicipality> {
  return titledEntries(values, 'type');
}

/** True for a list of points as `seriesFromRows` makes them (to check what sessionStorage gives back). */
export function isPointList(value: unknown): value is KoladaPoint[] {
  return (
    Array.isArray(value) &&
    value.every((point) => isRecord(point) && year(point.period) === point.period && typeof point.value === 'number' && Number.isFinite(point.value))
  );
}

/** True for `{id, title}` whose optional field `extra` is text, if there (to check what sessionStorage gives back). */
function isTitledRecord(value: unknown, extra: string): boolean {
  return isRecord(value) && typeof value.id === 'string' && typeof value.title === 'string' && (value[extra] === undefined || typeof value[extra] === 'string');
}

export function isKpi(value: unknown): value is KoladaKpi {
  return isTitledRecord(value, 'description');
}

export function isMunicipality(value: unknown): value is KoladaMunicipality {
  return isTitledRecord(value, 'type');
}
