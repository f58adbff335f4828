// The package root: element classes, data functions and types. Importing it defines no tag;
// import `vagval-widgets/define` (or a single `vagval-widgets/define/<element>.js`) for that.
export * from './data/index.js';
export { safeUrl } from './format/url.js';
export { formatValue, formatValueForSpeech, formatCount } from './format/number.js';
export { formatDate } from './format/date.js';
export type { UiLang } from './i18n/lang.js';
export { strategyContext, type StrategyState } from './core/strategy-state.js';
export type { VagvalLoadDetail, VagvalErrorDetail, VagvalFilterChangeDetail, VagvalFeedbackDetail } from './core/events.js';
export { VERSION } from './version.js';
export { VagvalStrategy } from './elements/strategy/strategy.js';
export { VagvalAreaCard } from './elements/area-card/area-card.js';
export { VagvalAreaGrid } from './elements/area-grid/area-grid.js';
export { VagvalInitiativeList } from './elements/initiative-list/initiative-list.js';
export { VagvalGoalChart, GOAL_CHART_TYPES, type GoalChartType } from './elements/goal-chart/goal-chart.js';
export { VagvalGoalOverview } from './elements/goal-overview/goal-overview.js';
export { VagvalFeedback } from './elements/feedback/feedback.js';
export { contrastRatio } from './format/contrast.js';
