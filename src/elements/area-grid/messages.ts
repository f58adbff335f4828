import type { Catalogue } from '../../i18n/lang.js';

export interface AreaGridMessages {
  /** Shown when the data has no areas. */
  empty: string;
}

export const areaGridMessages: Catalogue<AreaGridMessages> = {
  sv: { empty: 'Det finns inga prioriterade områden att visa.' },
  en: { empty: 'There are no priority areas to show.' },
};
