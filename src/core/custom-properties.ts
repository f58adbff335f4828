import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through CSSOM, never through a `style`
 * attribute: Lit's `styleMap` writes the attribute on first render, which a strict
 * Content Security Policy (no `unsafe-inline`) blocks. Values must already be validated.
 */
class CustomPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperties() belongs on an element: <div ${customProperties({...})}>');
  }

  render(_properties: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);

/** Text as a CSS string, for a custom property that `content` reads: "inget värde" → `"inget värde"`. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}
