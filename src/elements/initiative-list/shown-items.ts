import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Shows and hides the items of one group, on the group element: a keystroke in the
 * search box then sets `hidden` on the items that changed and renders nothing else.
 * Items are found by their `data-position`; an item created in the same render
 * starts shown (items are only ever created to be shown). While the whole group is
 * hidden its items are left as they are, and brought up to date when it shows again.
 */
class ShownItemsDirective extends Directive {
  private version?: number;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('shownItems() belongs on an element, not in a binding');
  }

  render(_isShown: (position: number) => boolean, _version: number, _groupShown: boolean) {
    return noChange;
  }

  override update(part: ElementPart, [isShown, version, groupShown]: Parameters<this['render']>) {
    if (version === this.version || !groupShown) return noChange;
    this.version = version;
    for (const item of part.element.children as HTMLCollectionOf<HTMLElement>) {
      const hidden = !isShown(Number(item.dataset['position']));
      if (item.hidden !== hidden) item.hidden = hidden;
    }
    return noChange;
  }
}

export const shownItems = directive(ShownItemsDirective);
