import { defineElement } from '../../core/define.js';
import { VagvalInitiativeList } from './initiative-list.js';

defineElement('vagval-initiative-list', VagvalInitiativeList);

declare global {
  interface HTMLElementTagNameMap {
    'vagval-initiative-list': VagvalInitiativeList;
  }
}
