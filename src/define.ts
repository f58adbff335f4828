// Defines every element. This is the entry of the one-script bundle `dist/vagval-widgets.js`.
import './elements/strategy/define.js';
import './elements/area-card/define.js';
import './elements/area-grid/define.js';
import './elements/feedback/define.js';
import './elements/initiative-list/define.js';
import './elements/goal-chart/define.js';
import './elements/goal-overview/define.js';
