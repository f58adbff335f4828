import { periodToYear, type Area, type Goal, type Issue, type Strategy } from '../data/index.js';
import { normalizeGoal, type ChartData } from './chart-data.js';
import { findGoal } from './find-goal.js';
import { localDay, withKoladaSeries, type KoladaAnswers } from './kolada-goal.js';

export type ResolvedGoal =
  /** No data yet. */
  | { kind: 'none' }
  /** The element's own input is wrong: no `goal`, or a goal id the data does not have. */
  | { kind: 'missing'; message: string; issues: Issue[] }
  /** `goal` is the goal as written in the data; `data` has Kolada's series in it when `answers` were given. */
  | { kind: 'goal'; data: ChartData; goal: Goal; area: Area; strategy: Strategy };

const MAX_LISTED_IDS = 10;

/** A period attribute (`2025`, `2025-06-30`) as a fractional year; `undefined` when absent or not a period. */
export function asOfYear(asOf: string | undefined): number | undefined {
  if (!asOf?.trim()) return undefined;
  const text = asOf.trim();
  const year = periodToYear(/^\d{4}$/.test(text) ? Number(text) : text);
  return Number.isFinite(year) ? year : undefined;
}

/**
 * The goal a chart shows, found by id in the strategy and normalised; or, when the
 * element's `goal` is missing or unknown, the issue to show and report (in English,
 * for the web editor, naming the ids that do exist).
 */
export function resolveGoal(
  strategy: Strategy | undefined,
  goalId: string | undefined,
  asOf: string | undefined,
  tag: string,
  answers?: KoladaAnswers,
): ResolvedGoal {
  if (!strategy) return { kind: 'none' };
  const id = goalId?.trim();
  if (!id) {
    const message = `<${tag}> needs a goal attribute: the id of a goal in the data.`;
    return { kind: 'missing', message, issues: [{ path: '', message }] };
  }
  const found = findGoal(strategy, id);
  if (!found) {
    const ids = (strategy.areas ?? []).flatMap((area) => (area.goals ?? []).map((goal) => goal.id));
    const listed = ids.slice(0, MAX_LISTED_IDS).map((known) => `"${known}"`).join(', ') + (ids.length > MAX_LISTED_IDS ? ', …' : '');
    const message = `<${tag} goal="${id}">: the data has no goal with that id.`;
    const detail = ids.length ? `no goal has the id "${id}"; the goals' ids are ${listed}` : `no goal has the id "${id}"; the data has no goals`;
    return { kind: 'missing', message, issues: [{ path: '', message: detail }] };
  }
  const year = asOfYear(asOf);
  const retrieved = localDay(answers?.fetchedAt);
  const goal = answers ? withKoladaSeries(found.goal, answers) : found.goal;
  const data = normalizeGoal(goal, { ...(year === undefined ? {} : { asOf: year }), ...(retrieved ? { retrieved } : {}) });
  return { kind: 'goal', data, goal: found.goal, area: found.area, strategy };
}
