import type { Area } from '../../data/index.js';

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

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
    area.color && HEX_COLOR.test(area.color) ? `.${areaColorClass(index)} { --area-color: ${area.color}; }` : [],
  );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}
