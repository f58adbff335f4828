import type { Area, Goal, Strategy } from '../data/index.js';

export interface FoundGoal {
  goal: Goal;
  area: Area;
}

/** The goal with this id in any area, with its area; `undefined` when there is none. */
export function findGoal(strategy: Pick<Strategy, 'areas'>, id: string): FoundGoal | undefined {
  for (const area of strategy.areas ?? []) {
    for (const goal of area.goals ?? []) {
      if (goal.id === id) return { goal, area };
    }
  }
  return undefined;
}

/** The goals of one area (by id), or of every area when `areaId` is empty; `undefined` for an unknown area. */
export function goalsOf(strategy: Pick<Strategy, 'areas'>, areaId?: string): FoundGoal[] | undefined {
  const areas = strategy.areas ?? [];
  const chosen = areaId ? areas.filter((area) => area.id === areaId) : areas;
  if (areaId && chosen.length === 0) return undefined;
  return chosen.flatMap((area) => (area.goals ?? []).map((goal) => ({ goal, area })));
}
