// A start page built from peers: Web Awesome cards, the naive Lit list and Highcharts (with accessibility).
import * as charts from './highcharts.js';
import * as list from './naive-list.js';
import * as cards from './webawesome.js';

export const label = 'Highcharts + Web Awesome + naive list';

export async function start(host, { url, goals }) {
  const strategy = await (await fetch(url)).json();
  const [cardsHost, listHost, chartsHost] = ['section', 'section', 'section'].map((tag) => host.appendChild(document.createElement(tag)));
  charts.charts(chartsHost, strategy, goals);
  await Promise.all([cards.cards(cardsHost, strategy), list.list(listHost, strategy)]);
}
