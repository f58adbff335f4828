import type { KoladaErrorKind } from '../../kolada/index.js';
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
  /** Shown instead of the chart when Kolada's figures could not be fetched and there is nothing else to show. */
  koladaFailed: (kind: KoladaErrorKind) => string;
  /** Shown with the file's figures when Kolada could not be reached. */
  koladaFileFigures: string;
  /** Shown when some of Kolada's figures came and some did not. */
  koladaPartial: string;
  /** The label of Kolada's whole-country figures (municipality 0000) in a standalone chart. */
  country: string;
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
    koladaFailed: (kind) =>
      kind === 'timeout' ? 'Kolada svarade inte i tid. Uppgifterna från Kolada kunde inte hämtas.'
      : kind === 'not-found' ? 'Kolada har inte det nyckeltalet. Uppgifterna från Kolada kunde inte hämtas.'
      : 'Uppgifterna från Kolada kunde inte hämtas.',
    koladaFileFigures: 'Kolada kunde inte nås; visar siffrorna i filen.',
    koladaPartial: 'Alla uppgifter från Kolada kunde inte hämtas.',
    country: 'Riket',
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
    koladaFailed: (kind) =>
      kind === 'timeout' ? 'Kolada did not answer in time. The figures from Kolada could not be retrieved.'
      : kind === 'not-found' ? 'Kolada does not have that key figure. The figures from Kolada could not be retrieved.'
      : 'The figures from Kolada could not be retrieved.',
    koladaFileFigures: 'Kolada could not be reached; showing the figures in the file.',
    koladaPartial: 'Not all figures from Kolada could be retrieved.',
    country: 'Sweden',
  },
};
