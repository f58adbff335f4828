import { defineElement } from '../../core/define.js';
import { VagvalFeedback } from './feedback.js';

defineElement('vagval-feedback', VagvalFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'vagval-feedback': VagvalFeedback;
  }
}
