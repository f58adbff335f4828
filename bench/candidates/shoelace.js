// Shoelace 2's <sl-card>, filled through its slots with what our area card shows.
import '../bundles/sl-card.js';
import { renderCards } from '../page/peer-content.js';
import { litSettled } from '../page/paint.js';

export const label = 'Shoelace 2.20 <sl-card>';

export function cards(host, data) {
  renderCards(host, data, () => document.createElement('sl-card'));
  return litSettled(host, 'sl-card');
}
