import { createContext } from '@lit/context';

/** Kolada's API v3, where goals with `source.kolada` get their figures. */
export const KOLADA_BASE = 'https://api.kolada.se/v3';

/** The Kolada API base that `<vagval-strategy kolada-base>` gives the charts inside it (a proxy or mirror). */
export const koladaBaseContext = createContext<string>('vagval-kolada-base/1');
