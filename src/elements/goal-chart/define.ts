import { defineElement } from '../../core/define.js';
import { VagvalGoalChart } from './goal-chart.js';

defineElement('vagval-goal-chart', VagvalGoalChart);

