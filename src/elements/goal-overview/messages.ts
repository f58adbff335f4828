import type { StatusSort } from '../../chart/status-order.js';
import type { Catalogue } from '../../i18n/lang.js';
import type { KoladaErrorKind } from '../../kolada/index.js';

export interface GoalOverviewMessages {
  /** The table's caption: the area's goals, or every goal of the strategy. */
  caption: (areaTitle: string | undefined) => string;
  goal: string;
  latest: string;
  target: string;
  status: string;
  trend: string;
  sortLabel: string;
  sortOptions: Record<StatusSort, string>;
  /** Announced after the reader changed the order. */
  sorted: Record<StatusSort, string>;
  showChart: string;
  noGoals: string;
  noValue: string;
  areaNotShown: string;
  /** In a goal's row while its figures are fetched from Kolada. */
  koladaLoading: string;
  /** In a goal's row, short, when its figures could not be fetched from Kolada. */
  koladaRowFailed: (kind: KoladaErrorKind) => string;
}

export const goalOverviewMessages: Catalogue<GoalOverviewMessages> = {
  sv: {
    caption: (areaTitle) => (areaTitle ? `Mål inom ${areaTitle}` : 'Alla mål'),
    goal: 'Mål',
    latest: 'Senaste värde',
    target: 'Målvärde',
    status: 'Bedömning',
    trend: 'Utveckling',
    sortLabel: 'Ordning',
    sortOptions: { none: 'Som i planen', 'best-first': 'Bedömning, bäst först', 'worst-first': 'Bedömning, sämst först' },
    sorted: {
      none: 'Målen visas i planens ordning.',
      'best-first': 'Målen är sorterade efter bedömning, bäst först.',
      'worst-first': 'Målen är sorterade efter bedömning, sämst först.',
    },
    showChart: 'Visa diagram',
    noGoals: 'Här finns inga mål ännu.',
    noValue: 'inget värde',
    areaNotShown: 'Målen kunde inte visas.',
    koladaLoading: 'Hämtar från Kolada…',
    koladaRowFailed: (kind) =>
      kind === 'timeout' ? 'Kolada svarade inte i tid.' : kind === 'not-found' ? 'Kolada har inte nyckeltalet.' : 'Kunde inte hämtas från Kolada.',
  },
  en: {
    caption: (areaTitle) => (areaTitle ? `Goals in ${areaTitle}` : 'All goals'),
    goal: 'Goal',
    latest: 'Latest value',
    target: 'Target',
    status: 'Assessment',
    trend: 'Trend',
    sortLabel: 'Order',
    sortOptions: { none: 'As in the plan', 'best-first': 'Assessment, best first', 'worst-first': 'Assessment, worst first' },
    sorted: {
      none: 'The goals are shown in the order of the plan.',
      'best-first': 'The goals are sorted by assessment, best first.',
      'worst-first': 'The goals are sorted by assessment, worst first.',
    },
    showChart: 'Show chart',
    noGoals: 'There are no goals here yet.',
    noValue: 'no value',
    areaNotShown: 'The goals could not be shown.',
    koladaLoading: 'Fetching from Kolada…',
    koladaRowFailed: (kind) =>
      kind === 'timeout' ? 'Kolada did not answer in time.' : kind === 'not-found' ? 'Kolada does not have the key figure.' : 'Could not be fetched from Kolada.',
  },
};
