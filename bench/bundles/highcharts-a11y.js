// Highcharts as a public-sector page loads it: the core plus the accessibility module.
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/accessibility.js';

export { Highcharts };
