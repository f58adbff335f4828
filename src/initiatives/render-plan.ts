import type { IndexedInitiative } from './search-index.js';

/** A run of consecutive initiatives in display order, rendered as one block. */
export interface PlanGroup {
  /** The group's initiatives in display order, created or not. */
  readonly entries: readonly IndexedInitiative[];
  /** Those in the DOM, in display order: each is created the first time it is shown and then stays. A new array whenever one is added. */
  created: readonly IndexedInitiative[];
  /** How many of `created` are to be shown (the group is hidden when none is). */
  shownCount: number;
  /** Changes whenever an item of the group is shown, hidden or created: an unchanged group needs no rendering. */
  version: number;
}

/** How much one step may do. */
export interface StepBudget {
  /** Items to create. */
  create: number;
  /** Shown/hidden changes to make beyond the top of the list (see `RenderPlan.show`), a group at a time. */
  changes: number;
}

/**
 * Incremental rendering of a long list in one order.
 *
 * An initiative enters the DOM the first time it is to be shown and then stays,
 * hidden when filtered out, so a keystroke in the search box shows and hides
 * existing items instead of building them.
 *
 * Items sit in groups of consecutive items. The browser skips style and layout
 * of off-screen groups (`content-visibility: auto`), and only groups whose items
 * changed are rendered again. Each step does a bounded amount of work, top of
 * the list first: the reader sees the new result in the next frame, and the rest
 * of the list follows in later steps (tasks) a few milliseconds apart.
 */
export class RenderPlan {
  readonly groups: readonly PlanGroup[];
  private readonly groupOf: Int32Array;
  private readonly created: Uint8Array;
  private shownFlags: Uint8Array;
  /** Groups whose flags changed but which wait for a later step, with how many items changed in each. */
  private readonly stale = new Map<number, number>();
  /** Index of the last group at the top of the list (see `show`); -1 while nothing is shown. */
  top = -1;

  /**
   * @param ordered - Every initiative in display order (filtered out or not).
   * @param size - The number of positions (`IndexedInitiative.position` is below it).
   * @param groupSize - Items per group.
   * @param topItems - Shown items at the top of the list that are always brought up to date at once (about a screenful).
   */
  constructor(
    readonly ordered: readonly IndexedInitiative[],
    size: number,
    groupSize: number,
    private readonly topItems = 10,
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

  /** True when the initiative at this position (`IndexedInitiative.position`) is to be shown now. */
  isShown(position: number): boolean {
    return this.shownFlags[position] === 1;
  }

  /**
   * Shows `shown` (in display order) and hides the rest, as far as `budget` allows
   * in this step: every group up to the first `topItems` shown items, then groups
   * below while their changes fit in `budget.changes`, creating up to
   * `budget.create` items that were never shown before. Groups left for later are only those below the
   * `topItems`-th shown item, which still holds a match. Returns how much waits
   * for later steps (0: done).
   */
  show(shown: readonly IndexedInitiative[], budget: StepBudget): number {
    const next = new Uint8Array(this.shownFlags.length);
    for (const entry of shown) next[entry.position] = 1;
    // A flag matters only for an item in the DOM.
    for (let position = 0; position < next.length; position++) {
      if (next[position] === this.shownFlags[position] || !this.created[position]) continue;
      const index = this.groupOf[position]!;
      // At most one change per item, however often it flipped since the group was last updated.
      this.stale.set(index, Math.min((this.stale.get(index) ?? 0) + 1, this.groups[index]!.entries.length));
    }
    this.shownFlags = next;

    const grown = new Set<number>();
    let left = budget.create;
    let uncreated = 0;
    for (const entry of shown) {
      if (this.created[entry.position]) continue;
      if (left > 0) {
        this.created[entry.position] = 1;
        grown.add(this.groupOf[entry.position]!);
        left--;
      } else {
        uncreated++;
      }
    }

    // Up to date now: the top of the list, the groups with new items (few: the
    // creation budget bounds them), and groups below in display order while
    // `budget.changes` lasts.
    const top = (this.top = this.topGroup(shown));
    let changes = budget.changes;
    for (const index of [...new Set([...this.stale.keys(), ...grown])].sort((a, b) => a - b)) {
      if (index > top && !grown.has(index)) {
        const cost = this.stale.get(index) ?? 0;
        if (cost > changes) continue;
        changes -= cost;
      }
      this.stale.delete(index);
      const group = this.groups[index]!;
      if (grown.has(index)) group.created = group.entries.filter((entry) => this.created[entry.position] === 1);
      group.version++;
    }
    // Every group's count is kept current (cheap): a group with nothing to show
    // is hidden as a whole at once, so no stale item can show below the last match.
    for (const group of this.groups) {
      group.shownCount = group.created.reduce((count, entry) => count + next[entry.position]!, 0);
    }
    return uncreated + this.stale.size;
  }

  /** The group that holds the `topItems`-th shown item (the last group when there are fewer). */
  private topGroup(shown: readonly IndexedInitiative[]): number {
    const entry = shown[Math.min(shown.length, this.topItems) - 1];
    return entry ? this.groupOf[entry.position]! : -1;
  }
}
