// The one-script bundle for CMS pages: defines every element and exports the same API as the package root.
export * from './index.js';
import './define.js';
