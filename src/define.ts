// Defines every element at once (`vagval-widgets/define`). The one-script bundle defines the same
// set but loads the charts' part on demand (vagval-widgets.ts).
import './define-core.js';
import './define-charts.js';
