// The tag's HTMLElementTagNameMap entry is in area-card.ts (see there why).
import { defineElement } from '../../core/define.js';
import { VagvalAreaCard } from './area-card.js';

defineElement('vagval-area-card', VagvalAreaCard);
