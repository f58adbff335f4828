import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { IndexedInitiative } from '../../initiatives/search-index.js';

/**
 * Shows and hides the items of one group, on the group element: a keystroke in the
 * search box then sets `hidden` on the items that changed and renders nothing else.
 * While the whole group is hidden its items are left as they are, and brought up to
 * date when it shows again.
 *
 * This runs before the group's children are rendered, so the item elements are
 * those of the previous render: the i-th child is the i-th of the `created` array
 * of that render. Items it does not see yet are created in this render and start
 * shown (items are only ever created to be shown). Knowing each child's initiative
 * this way reads nothing from the DOM but the `hidden` flags.
 */
class ShownItemsDirective extends Directive {
  private version?: number;
  /** The group's created items at the previous render: what its children are now. */
  private rendered: readonly IndexedInitiative[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('shownItems() belongs on an element, not in a binding');
  }

  render(_isShown: (position: number) => boolean, _created: readonly IndexedInitiative[], _version: number, _groupShown: boolean) {
    return noChange;
  }

  override update(part: ElementPart, [isShown, created, version, groupShown]: Parameters<this['render']>) {
    const rendered = this.rendered;
    this.rendered = created;
    if (version === this.version || !groupShown) return noChange;
    this.version = version;
    const items = part.element.children as HTMLCollectionOf<HTMLElement>;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      const hidden = !isShown(rendered[index]!.position);
      if (item.hidden !== hidden) item.hidden = hidden;
    }
    return noChange;
  }
}

export const shownItems = directive(ShownItemsDirective);
