import type { Area, Goal, Issue, Strategy } from '../data/index.js';
import type { UiLang } from '../i18n/lang.js';
import { latestPoint, normalizeGoal, type ChartData } from './chart-data.js';
import { goalsOf } from './find-goal.js';
import { withOwnKoladaSeries, type KoladaAnswers } from './kolada-goal.js';
import { sparklineLayout, type SparklineLayout } from './sparkline-layout.js';
import type { Spoken } from './spoken.js';
import { targetText, trendText } from './summary.js';
import { periodText, valueText } from './value-text.js';

export interface OverviewGoal {
  data: ChartData;
  area: Area;
  /** The goal as written in the data. */
  goal: Goal;
}

export type ResolvedOverview =
  | { kind: 'none' }
  | { kind: 'missing'; message: string; issues: Issue[] }
  | { kind: 'goals'; area?: Area; goals: OverviewGoal[]; strategy: Strategy };

/**
 * The goals an overview lists: those of the area with id `areaId`, or of every area
 * without one; a goal's own series from Kolada is put in where `answers` has it. An
 * unknown area is the element's own input error, explained for the web editor.
 */
export function resolveOverview(
  strategy: Strategy | undefined,
  areaId: string | undefined,
  asOf: number | undefined,
  tag: string,
  answers?: KoladaAnswers,
): ResolvedOverview {
  if (!strategy) return { kind: 'none' };
  const id = areaId?.trim() || undefined;
  const found = goalsOf(strategy, id);
  if (!found) {
    const ids = (strategy.areas ?? []).map((area) => `"${area.id}"`).join(', ');
    const message = `<${tag} area="${id}">: the data has no area with that id.`;
    return { kind: 'missing', message, issues: [{ path: '', message: `no area has the id "${id}"; the areas' ids are ${ids || '(none)'}` }] };
  }
  const options = asOf === undefined ? {} : { asOf };
  return {
    kind: 'goals',
    ...(id ? { area: strategy.areas.find((area) => area.id === id)! } : {}),
    goals: found.map(({ goal, area }) => {
      const shown = withOwnKoladaSeries(goal, answers);
      return { data: normalizeGoal(shown.goal, { ...options, ...(shown.retrieved ? { retrieved: shown.retrieved } : {}) }), area, goal };
    }),
    strategy,
  };
}

export interface OverviewRowText {
  latest?: { value: Spoken; period: string };
  target?: Spoken;
  trend: Spoken;
}

/** The texts of one overview row: latest value and its period, target, and the trend in words. */
export function overviewRowText(data: ChartData, lang: UiLang): OverviewRowText {
  const latest = latestPoint(data);
  const target = targetText(data, lang);
  return {
    ...(latest ? { latest: { value: valueText(latest.value, lang, data), period: periodText(latest.period, lang) } } : {}),
    ...(target ? { target } : {}),
    trend: trendText(data, lang),
  };
}

/** The size of the overview's sparklines, in px of their drawing (scaled with the text by CSS). */
export const OVERVIEW_SPARKLINE = { width: 96, height: 28 } as const;

export function overviewSparkline(data: ChartData): SparklineLayout | undefined {
  return sparklineLayout(data, OVERVIEW_SPARKLINE);
}
