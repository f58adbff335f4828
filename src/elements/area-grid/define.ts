// The grid renders <vagval-area-card>s, so defining it defines the card too.
import '../area-card/define.js';
import { defineElement } from '../../core/define.js';
import { VagvalAreaGrid } from './area-grid.js';

defineElement('vagval-area-grid', VagvalAreaGrid);

declare global {
  interface HTMLElementTagNameMap {
    'vagval-area-grid': VagvalAreaGrid;
  }
}
