// Web Awesome 3's <wa-card>, filled through its slots with what our area card shows.
import '../bundles/wa-card.js';
import { renderCards } from '../page/peer-content.js';
import { litSettled } from '../page/paint.js';

export const label = 'Web Awesome 3.14 <wa-card>';

export function cards(host, data) {
  renderCards(host, data, () => document.createElement('wa-card'));
  return litSettled(host, 'wa-card');
}
