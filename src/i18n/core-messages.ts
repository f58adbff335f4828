import type { Catalogue } from './lang.js';

export interface CoreMessages {
  loading: string;
  errorTitle: string;
  partialErrorTitle: string;
  errorDetails: (count: number) => string;
}

/** Messages every element shares: loading and the error display. */
export const coreMessages: Catalogue<CoreMessages> = {
  sv: {
    loading: 'Laddar…',
    errorTitle: 'Uppgifterna kunde inte visas.',
    partialErrorTitle: 'Några uppgifter kunde inte visas.',
    errorDetails: (count) => (count === 1 ? 'Detaljer för webbredaktören (1 fel)' : `Detaljer för webbredaktören (${count} fel)`),
  },
  en: {
    loading: 'Loading…',
    errorTitle: 'The information could not be shown.',
    partialErrorTitle: 'Some of the information could not be shown.',
    errorDetails: (count) => (count === 1 ? 'Details for the web editor (1 issue)' : `Details for the web editor (${count} issues)`),
  },
};
