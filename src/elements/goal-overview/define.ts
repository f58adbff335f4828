// The overview opens full charts in place, so defining it defines <vagval-goal-chart> too.
import '../goal-chart/define.js';
import { defineElement } from '../../core/define.js';
import { VagvalGoalOverview } from './goal-overview.js';

defineElement('vagval-goal-overview', VagvalGoalOverview);

declare global {
  interface HTMLElementTagNameMap {
    'vagval-goal-overview': VagvalGoalOverview;
  }
}
