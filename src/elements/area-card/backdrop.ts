import { compositeOver, contrastRatio, parseCssColor, type Rgb, type Rgba } from '../../format/contrast.js';

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const DARK_CANVAS: Rgb = { r: 18, g: 18, b: 18 };

/** The parent in the flat tree: the slot an element is shown in, its parent, or its shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

// The page's canvas when nothing on the way paints a background.
function canvasColor(): Rgb {
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? DARK_CANVAS : WHITE;
}

/**
 * The colour an element's content is drawn on: its own background or, where that
 * is transparent, its ancestors' (flat tree), translucent layers composited.
 * `undefined` when a background uses a notation this cannot read; background
 * images are not considered.
 */
export function backdropColor(element: Element): Rgb | undefined {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const color = parseCssColor(getComputedStyle(node).backgroundColor);
    if (!color) return undefined;
    if (color.a === 0) continue;
    layers.push(color);
    if (color.a === 1) break;
  }
  let result = layers.at(-1)?.a === 1 ? layers.pop()! : canvasColor();
  while (layers.length) result = compositeOver(layers.pop()!, result);
  return result;
}

/**
 * The contrast ratio of a colour property of `element` (a computed colour, so
 * whatever the page's CSS made of it) against the element's backdrop;
 * `undefined` when either colour cannot be read.
 */
export function contrastOnBackdrop(element: Element, property: 'borderBlockStartColor' | 'color'): number | undefined {
  const backdrop = backdropColor(element);
  const color = parseCssColor(getComputedStyle(element)[property]);
  if (!backdrop || !color) return undefined;
  return contrastRatio(color.a === 1 ? color : compositeOver(color, backdrop), backdrop);
}
