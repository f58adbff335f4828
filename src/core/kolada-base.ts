import { createContext } from '@lit/context';

/** The Kolada API base that `<vagval-strategy kolada-base>` gives the charts inside it (a proxy or mirror). */
export const koladaBaseContext = createContext<string>('vagval-kolada-base/1');
