// `vagval-widgets/data`: the data format, its validator and goal status. No DOM:
// this entry imports and runs in plain Node.js.
export { parseStrategy, type ParseResult } from './parse-strategy.js';
export { goalStatus, linearFit, seriesPoints, TREND_WINDOW, type LinearFit, type StatusInput, type XY } from './goal-status.js';
export { comparePeriods, currentYear, isValidPeriod, periodToYear } from './period.js';
export type { Issue } from './issues.js';
export {
  StrategySchema,
  DIRECTIONS,
  GOAL_STATUSES,
  INITIATIVE_STATUSES,
  type Area,
  type Baseline,
  type Comparison,
  type Direction,
  type FeedbackInfo,
  type Goal,
  type GoalSource,
  type GoalStatus,
  type Image,
  type Initiative,
  type InitiativeStatus,
  type Period,
  type SeriesPoint,
  type Strategy,
  type Target,
} from './schema.js';
