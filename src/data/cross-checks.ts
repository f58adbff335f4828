import { formatPath, type Issue } from './issues.js';
import { periodToYear } from './period.js';
import type { Period, SeriesPoint, Strategy } from './schema.js';

type Keys = (string | number)[];

const MAX_LISTED_IDS = 20;

/** Reports each id seen before, at the second (third...) occurrence. */
class IdRegister {
  // Keys, not paths: a path is only formatted for an issue, not for every id.
  private readonly seen = new Map<string, Keys>();

  constructor(
    private readonly kind: string,
    private readonly issues: Issue[],
  ) {}

  add(id: string, keys: Keys): void {
    const first = this.seen.get(id);
    if (first === undefined) this.seen.set(id, keys);
    else {
      const message = `the ${this.kind} id "${id}" is already used by ${formatPath(first)}; ids must be unique`;
      this.issues.push({ path: `${formatPath(keys)}.id`, message });
    }
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  list(): string {
    const ids = [...this.seen.keys()];
    const shown = ids.slice(0, MAX_LISTED_IDS).map((id) => `"${id}"`).join(', ');
    return ids.length > MAX_LISTED_IDS ? `${shown} and ${ids.length - MAX_LISTED_IDS} more` : shown;
  }
}

/** True when `b` is later than `a`; both are valid periods. */
function isLater(a: Period, b: Period): boolean {
  // Two years, or two texts of one shape (ISO dates sort like their texts): no need
  // to turn them into fractional years.
  if (typeof a === 'number' ? typeof b === 'number' : typeof b === 'string' && a.length === b.length) return b > a;
  return periodToYear(b) > periodToYear(a);
}

/** True when each point's period is later than the one before: then no two are the same. */
function isIncreasing(series: readonly SeriesPoint[]): boolean {
  for (let index = 1; index < series.length; index++) {
    if (!isLater(series[index - 1]!.period, series[index]!.period)) return false;
  }
  return true;
}

/**
 * Two points of one series for the same period: an issue at the later one's `period`.
 * `seen` is scratch space, cleared here, so one map serves every series of a document.
 */
function checkSeries(series: readonly SeriesPoint[] | undefined, keys: Keys, issues: Issue[], seen: Map<number, number>): void {
  // Most series are in time order: one pass without a map of every period says so.
  if (!series || isIncreasing(series)) return;
  seen.clear();
  for (let index = 0; index < series.length; index++) {
    const period = series[index]!.period;
    const year = periodToYear(period);
    const first = seen.get(year);
    if (first === undefined) {
      seen.set(year, index);
      continue;
    }
    const firstPeriod = series[first]!.period;
    const at = formatPath([...keys, first]);
    const clash =
      String(firstPeriod) === String(period)
        ? `the period ${JSON.stringify(period)} is already in this series (at ${at})`
        : `the period ${JSON.stringify(period)} is the same point in time as ${JSON.stringify(firstPeriod)} (at ${at})`;
    issues.push({ path: formatPath([...keys, index, 'period']), message: `${clash}; give each period one value` });
  }
}

/** What the schema cannot express: unique ids, resolving references, unique periods. */
export function crossCheck(strategy: Strategy): Issue[] {
  const issues: Issue[] = [];
  const areas = new IdRegister('area', issues);
  const goals = new IdRegister('goal', issues);
  const initiatives = new IdRegister('initiative', issues);
  const periods = new Map<number, number>();

  strategy.areas.forEach((area, a) => {
    areas.add(area.id, ['areas', a]);
    area.goals?.forEach((goal, g) => {
      const goalKeys: Keys = ['areas', a, 'goals', g];
      goals.add(goal.id, goalKeys);
      checkSeries(goal.series, [...goalKeys, 'series'], issues, periods);
      goal.comparisons?.forEach((comparison, c) => {
        checkSeries(comparison.series, [...goalKeys, 'comparisons', c, 'series'], issues, periods);
      });
    });
  });

  strategy.initiatives?.forEach((initiative, i) => {
    initiatives.add(initiative.id, ['initiatives', i]);
    initiative.areas.forEach((id, r) => {
      if (areas.has(id)) return;
      const known = areas.list();
      issues.push({
        path: formatPath(['initiatives', i, 'areas', r]),
        message: `there is no area with the id "${id}"; ${known ? `known area ids: ${known}` : 'the document has no areas'}`,
      });
    });
  });

  return issues;
}
