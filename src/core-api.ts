// The package root's API without the chart classes: what the one-script bundle exports, since
// the charts' code loads in a chunk of its own (see vagval-widgets.ts).
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
export { VagvalFeedback } from './elements/feedback/feedback.js';
export { contrastRatio } from './format/contrast.js';
