import { defineElement } from '../../core/define.js';
import { VagvalStrategy } from './strategy.js';

defineElement('vagval-strategy', VagvalStrategy);

declare global {
  interface HTMLElementTagNameMap {
    'vagval-strategy': VagvalStrategy;
  }
}
