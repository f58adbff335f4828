// A start page built from peers: Shoelace cards, the naive Lit list and Chart.js charts.
import * as charts from './chartjs.js';
import * as list from './naive-list.js';
import * as cards from './shoelace.js';

export const label = 'Chart.js + Shoelace + naive list';

export async function start(host, { url, goals }) {
  const strategy = await (await fetch(url)).json();
  const [cardsHost, listHost, chartsHost] = ['section', 'section', 'section'].map((tag) => host.appendChild(document.createElement(tag)));
  charts.charts(chartsHost, strategy, goals);
  await Promise.all([cards.cards(cardsHost, strategy), list.list(listHost, strategy)]);
}
