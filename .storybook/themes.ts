// The example themes of themes/, switchable from Storybook's toolbar.
import exempelby from '../themes/exempelby.css?inline';
import highContrast from '../themes/high-contrast.css?inline';
import landskrona from '../themes/landskrona.css?inline';

export const THEMES: Record<string, string> = { none: '', landskrona, exempelby, 'high-contrast': highContrast };

/** Puts the chosen theme's custom properties on the page (one style element, replaced on each switch). */
export function applyTheme(name: string): void {
  let style = document.getElementById('vagval-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'vagval-theme';
    document.head.append(style);
  }
  style.textContent = THEMES[name] ?? '';
}
