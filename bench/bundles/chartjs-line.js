// Chart.js 4 as a page with line charts loads it: tree-shaken to what a line chart
// with a linear x axis, title, legend and tooltips registers.
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Title, Legend, Tooltip);

export { Chart };
