import type { Initiative } from '../data/index.js';
import type { FilterState } from './filter-state.js';
import { narrowsTerms, searchTerms } from './normalize.js';
import { RenderPlan, type StepBudget } from './render-plan.js';
import { indexInitiatives, matcher, searchTextOf, type IndexedInitiative } from './search-index.js';
import { sortInitiatives } from './sort.js';

const GROUP_SIZE = 25;

/** What the list shows for one set of inputs. */
export interface ListInput {
  initiatives: readonly Initiative[];
  filters: FilterState;
  /** The data's language: the rules for A–Ö. */
  lang: string | undefined;
  /** Items per page with `limit`; undefined shows every match. */
  pageSize: number | undefined;
  /** Pages shown ("Visa fler" adds one). */
  pages: number;
  /** The reader can search: prepare every search text in the steps. */
  searchable: boolean;
}

/** How much one step may do: the render plan's part, and search texts to prepare. */
export interface ListStepBudget extends StepBudget {
  fold: number;
}

/**
 * The list from data to DOM plan: indexed once per data set, sorted once per
 * order, filtered once per filter state, and each step of the render plan.
 * Each stage is recomputed only when its own inputs changed, and a search the
 * reader narrows by typing on looks only at what matched before.
 *
 * A searchable list also folds its search texts in the steps, so that the
 * reader's first keystroke does not fold thousands of texts while they wait.
 */
export class ListModel {
  /** Every initiative, indexed. */
  entries: IndexedInitiative[] = [];
  /** Those passing the filters, in display order. */
  matching: IndexedInitiative[] = [];
  /** Those on screen now (`matching`, cut at the page limit). */
  shown: IndexedInitiative[] = [];
  plan = new RenderPlan([], 0, GROUP_SIZE);
  /** Work left for later steps (0 when the DOM is complete and a searchable list's texts are folded). */
  waiting = 0;

  private initiatives?: readonly Initiative[];
  private ordered: IndexedInitiative[] = [];
  private orderKey: unknown[] = [];
  private matchKey: unknown[] = [];
  private terms: string[] = [];
  /** Entries before this index have their search text. */
  private folded = 0;

  /** Brings the model up to date and plans one step of DOM work within `budget`. */
  update(input: ListInput, budget: ListStepBudget): void {
    const { filters } = input;
    if (input.initiatives !== this.initiatives) {
      this.initiatives = input.initiatives;
      this.entries = indexInitiatives(input.initiatives);
      this.folded = 0;
    }
    const orderKey = [this.entries, filters.sort, input.lang];
    if (!sameKey(orderKey, this.orderKey)) {
      this.orderKey = orderKey;
      this.ordered = sortInitiatives(this.entries, filters.sort, input.lang || 'sv');
      // A new order starts a new plan: the top of the list is built at once, the rest in steps.
      this.plan = new RenderPlan(this.ordered, this.entries.length, GROUP_SIZE);
    }
    const matchKey = [this.ordered, filters.area, filters.status];
    const terms = searchTerms(filters.query);
    const sameRest = sameKey(matchKey, this.matchKey);
    if (!sameRest || !sameKey(terms, this.terms)) {
      const from = sameRest && narrowsTerms(terms, this.terms) ? this.matching : this.ordered;
      this.matchKey = matchKey;
      this.terms = terms;
      this.matching = from.filter(matcher(filters));
    }
    this.shown = input.pageSize === undefined ? this.matching : this.matching.slice(0, input.pageSize * input.pages);
    this.waiting = this.plan.show(this.shown, budget);
    if (input.searchable) this.waiting += this.fold(budget.fold);
  }

  /** Folds up to `count` more search texts; returns how many are left. */
  private fold(count: number): number {
    const { entries } = this;
    const end = Math.min(entries.length, this.folded + count);
    for (; this.folded < end; this.folded++) searchTextOf(entries[this.folded]!);
    return entries.length - this.folded;
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
