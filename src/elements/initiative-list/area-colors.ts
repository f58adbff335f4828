import type { Area } from '../../data/index.js';
import { isHexColor } from '../../format/contrast.js';

/** The class that gives an area's chips its colour: by position, so no id ever reaches CSS. */
export const areaColorClass = (index: number) => `area-color-${index}`;

/**
 * A stylesheet with each area's colour as `--area-color` on its class. A
 * constructable stylesheet, not `style` attributes: a page with a strict
 * Content-Security-Policy must work. Colours are checked again here, so nothing
 * unchecked is ever written into CSS.
 */
export function areaColorSheet(areas: readonly Area[]): CSSStyleSheet {
  const rules = areas.flatMap((area, index) =>
    isHexColor(area.color) ? `.${areaColorClass(index)} { --area-color: ${area.color}; }` : [],
  );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}
