import type { Area, Goal, Period, Strategy } from '../data/index.js';

/** One series to fetch from Kolada: a KPI for one municipality (`0000` is the whole country). */
export interface KoladaRequest {
  kpi: string;
  municipality: string;
}

/** One of Kolada's points (a year and the total's value). */
export interface AnsweredPoint {
  period: Period;
  value: number;
}

/** What Kolada answered for the requests that succeeded, by `koladaKey`, and when it was asked. */
export interface KoladaAnswers {
  series: ReadonlyMap<string, readonly AnsweredPoint[]>;
  /** The oldest fetch time (ISO timestamp) of the answers used, if any. */
  fetchedAt?: string;
}

export const koladaKey = (request: KoladaRequest): string => `${request.kpi}|${request.municipality}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function id(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const copyPoint = (point: AnsweredPoint) => ({ period: point.period, value: point.value });

const isEmptySeries = (series: unknown) => !Array.isArray(series) || series.length === 0;

/** The goal's own Kolada series, when the contract says to fetch it: `source.kolada` names both ids and the goal has no series. */
export function goalRequest(goal: Goal): KoladaRequest | undefined {
  const kolada = isRecord(goal.source) && isRecord(goal.source.kolada) ? goal.source.kolada : undefined;
  const kpi = id(kolada?.kpi);
  const municipality = id(kolada?.municipality);
  return kpi && municipality && isEmptySeries(goal.series) ? { kpi, municipality } : undefined;
}

/** A comparison's series to fetch: it names a Kolada municipality (and its own KPI, or the goal's) and has no series. */
function comparisonRequest(goal: Goal, comparison: unknown): KoladaRequest | undefined {
  if (!isRecord(comparison) || !isRecord(comparison.kolada) || !isEmptySeries(comparison.series)) return undefined;
  const goalKolada = isRecord(goal.source) && isRecord(goal.source.kolada) ? goal.source.kolada : undefined;
  const kpi = id(comparison.kolada.kpi) ?? id(goalKolada?.kpi);
  const municipality = id(comparison.kolada.municipality);
  return kpi && municipality ? { kpi, municipality } : undefined;
}

/** The requests that are there, each once, in order. */
function distinct(requests: readonly (KoladaRequest | undefined)[]): KoladaRequest[] {
  const seen = new Set<string>();
  return requests.filter((request): request is KoladaRequest => {
    if (!request || seen.has(koladaKey(request))) return false;
    seen.add(koladaKey(request));
    return true;
  });
}

/** Every series a goal needs from Kolada (its own first, then its comparisons'), without repeats. */
export function koladaRequests(goal: Goal): KoladaRequest[] {
  return distinct([goalRequest(goal), ...(Array.isArray(goal.comparisons) ? goal.comparisons : []).map((comparison) => comparisonRequest(goal, comparison))]);
}

/** The goals' own series to fetch from Kolada (not their comparisons'), without repeats: what a list of goals shows. */
export function ownKoladaRequests(goals: readonly Goal[]): KoladaRequest[] {
  return distinct(goals.map(goalRequest));
}

/** Where a goal's Kolada ids are in the data, for the web editor: `areas[0].goals[2].source.kolada`. */
export function koladaSourcePath(strategy: Strategy, area: Area, goal: Goal): string {
  const areaIndex = strategy.areas.indexOf(area);
  const goalIndex = area.goals?.indexOf(goal) ?? -1;
  return areaIndex < 0 || goalIndex < 0 ? 'source.kolada' : `areas[${areaIndex}].goals[${goalIndex}].source.kolada`;
}

/** Whether the goal has figures of its own to show while Kolada cannot be reached (its series, or a comparison's). */
export function hasFileFigures(goal: Goal): boolean {
  if (!isEmptySeries(goal.series)) return true;
  return (Array.isArray(goal.comparisons) ? goal.comparisons : []).some((comparison) => isRecord(comparison) && !isEmptySeries(comparison.series));
}

/**
 * The goal with the series Kolada answered put in where the goal asked for them: a new
 * object, the input is left unchanged. A series Kolada did not answer stays absent.
 */
export function withKoladaSeries(goal: Goal, answers: KoladaAnswers): Goal {
  const found = (request: KoladaRequest | undefined) => (request ? answers.series.get(koladaKey(request)) : undefined);
  const own = found(goalRequest(goal));
  const comparisons = Array.isArray(goal.comparisons)
    ? goal.comparisons.map((comparison) => {
        const series = found(comparisonRequest(goal, comparison));
        return series ? { ...comparison, series: series.map(copyPoint) } : comparison;
      })
    : goal.comparisons;
  return {
    ...goal,
    ...(own ? { series: own.map(copyPoint) } : {}),
    ...(comparisons ? { comparisons } : {}),
  };
}

/**
 * A goal as a list of goals shows it: a copy with its own series from `answers` when it
 * asked Kolada for them and they came (comparisons are a chart's concern), and the day
 * they were fetched; otherwise the goal itself.
 */
export function withOwnKoladaSeries(goal: Goal, answers: KoladaAnswers | undefined): { goal: Goal; retrieved?: string } {
  const request = goalRequest(goal);
  const points = request ? answers?.series.get(koladaKey(request)) : undefined;
  if (!points) return { goal };
  const retrieved = localDay(answers?.fetchedAt);
  return { goal: { ...goal, series: points.map(copyPoint) }, ...(retrieved ? { retrieved } : {}) };
}

/** The calendar day (`2026-11-27`) of an ISO timestamp in the reader's time zone; `undefined` when not a time. */
export function localDay(timestamp: string | undefined): string | undefined {
  if (!timestamp) return undefined;
  const time = new Date(timestamp);
  if (Number.isNaN(time.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** The oldest of some ISO timestamps: the age a set of answers admits to. */
export function oldest(timestamps: readonly string[]): string | undefined {
  return timestamps.reduce<string | undefined>((min, time) => (min === undefined || time < min ? time : min), undefined);
}
