// The package root: element classes, data functions and types. Importing it defines no tag;
// import `vagval-widgets/define` (or a single `vagval-widgets/define/<element>.js`) for that.
export * from './core-api.js';
export { VagvalGoalChart, GOAL_CHART_TYPES, type GoalChartType } from './elements/goal-chart/goal-chart.js';
export { VagvalGoalOverview } from './elements/goal-overview/goal-overview.js';
