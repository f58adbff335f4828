import type { Catalogue } from '../../i18n/lang.js';

export interface GoalChartMessages {
  showTable: string;
  download: string;
  /** The name of the keyboard-operable plot. */
  plotLabel: (title: string) => string;
  keyHint: string;
  source: string;
  /** Shown in the plot's place when the goal has no values. */
  noValues: string;
  goalNotShown: string;
  /** Said for an empty table cell. */
  noValue: string;
}

export const goalChartMessages: Catalogue<GoalChartMessages> = {
  sv: {
    showTable: 'Visa som tabell',
    download: 'Ladda ner data (CSV)',
    plotLabel: (title) => `Diagram: ${title}`,
    keyHint: 'Gå mellan värdena med vänster- och högerpil, till första och sista med Home och End.',
    source: 'Källa:',
    noValues: 'Inga mätvärden ännu.',
    goalNotShown: 'Målet kunde inte visas.',
    noValue: 'inget värde',
  },
  en: {
    showTable: 'Show as table',
    download: 'Download data (CSV)',
    plotLabel: (title) => `Chart: ${title}`,
    keyHint: 'Move between the values with the left and right arrow keys, to the first and last with Home and End.',
    source: 'Source:',
    noValues: 'No values yet.',
    goalNotShown: 'The goal could not be shown.',
    noValue: 'no value',
  },
};
