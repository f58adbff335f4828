// Defines every element except the charts: what the one-script bundle defines at once.
import './elements/strategy/define.js';
import './elements/area-card/define.js';
import './elements/area-grid/define.js';
import './elements/feedback/define.js';
import './elements/initiative-list/define.js';
