import type { IndexedInitiative } from './search-index.js';

/** A run of consecutive initiatives in display order, rendered as one block. */
export interface PlanGroup {
  /** The group's initiatives in display order, created or not. */
  readonly entries: readonly IndexedInitiative[];
  /** Those in the DOM: each is created the first time it is shown and then stays. */
  created: IndexedInitiative[];
  /** How many of `created` are shown. */
  shownCount: number;
  /** Changes whenever `created` or a shown/hidden flag in the group changes: nothing else needs rendering. */
  version: number;
}

/**
 * Incremental rendering of a long list in one order.
 *
 * An initiative enters the DOM the first time it is to be shown and then stays,
 * hidden when filtered out, so a keystroke in the search box shows and hides
 * existing items instead of building them. At most `budget` items are created
 * per step: the first screenful paints at once, the rest follows in later steps.
 *
 * Items sit in groups of consecutive items. The browser skips style and layout
 * of off-screen groups (`content-visibility: auto`), so a change that hides or
 * shows hundreds of items costs little more than the groups on screen; and only
 * groups whose items changed are rendered again.
 */
export class RenderPlan {
  readonly groups: readonly PlanGroup[];
  private readonly groupOf: Int32Array;
  private readonly created: Uint8Array;
  private shownFlags: Uint8Array;

  /**
   * @param ordered - Every initiative in display order (filtered out or not).
   * @param size - The number of positions (`IndexedInitiative.position` is below it).
   */
  constructor(
    readonly ordered: readonly IndexedInitiative[],
    size: number,
    groupSize: number,
  ) {
    this.groupOf = new Int32Array(size);
    this.created = new Uint8Array(size);
    this.shownFlags = new Uint8Array(size);
    const groups: PlanGroup[] = [];
    for (let start = 0; start < ordered.length; start += groupSize) {
      const entries = ordered.slice(start, start + groupSize);
      for (const entry of entries) this.groupOf[entry.position] = groups.length;
      groups.push({ entries, created: [], shownCount: 0, version: 0 });
    }
    this.groups = groups;
  }

  /** True when the initiative is to be shown now. */
  isShown(entry: IndexedInitiative): boolean {
    return this.shownFlags[entry.position] === 1;
  }

  /**
   * Shows exactly `shown` (in display order): hides the rest, creates up to
   * `budget` items that were never shown before, first ones first. Returns how
   * many still wait to be created.
   */
  show(shown: readonly IndexedInitiative[], budget: number): number {
    const next = new Uint8Array(this.shownFlags.length);
    const changed = new Set<number>();
    let left = budget;
    let waiting = 0;
    for (const entry of shown) {
      next[entry.position] = 1;
      if (this.created[entry.position]) continue;
      if (left > 0) {
        this.created[entry.position] = 1;
        changed.add(this.groupOf[entry.position]!);
        left--;
      } else {
        waiting++;
      }
    }
    // A flag matters only for an item in the DOM.
    for (let position = 0; position < next.length; position++) {
      if (next[position] !== this.shownFlags[position] && this.created[position]) changed.add(this.groupOf[position]!);
    }
    this.shownFlags = next;
    for (const index of changed) {
      const group = this.groups[index]!;
      group.created = group.entries.filter((entry) => this.created[entry.position] === 1);
      group.shownCount = group.created.reduce((count, entry) => count + next[entry.position]!, 0);
      group.version++;
    }
    return waiting;
  }
}
