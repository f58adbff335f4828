// Defines every element. This is the entry of the one-script bundle `dist/vagval-widgets.js`.
import './elements/strategy/define.js';
