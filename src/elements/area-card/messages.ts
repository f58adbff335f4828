import type { GoalStatus } from '../../data/index.js';
import { formatCount } from '../../format/number.js';
import type { Catalogue } from '../../i18n/lang.js';

export interface AreaCardMessages {
  /** "3 mål", the start of the goal status summary. */
  goalCount: (count: number) => string;
  /** Shown instead of the summary when the area has no goals. */
  noGoals: string;
  /** One status with its count, "1 uppnått". */
  goalStatus: Record<GoalStatus, (count: number) => string>;
  /** "12 initiativ". */
  initiativeCount: (count: number) => string;
  noInitiatives: string;
  /** For the reader when the card's area cannot be shown. */
  areaError: string;
}

const sv = (count: number) => formatCount(count, 'sv');
const en = (count: number) => formatCount(count, 'en');

export const areaCardMessages: Catalogue<AreaCardMessages> = {
  sv: {
    goalCount: (count) => `${sv(count)} mål`,
    noGoals: 'Inga mål angivna',
    goalStatus: {
      achieved: (count) => `${sv(count)} ${count === 1 ? 'uppnått' : 'uppnådda'}`,
      'on-track': (count) => `${sv(count)} på väg`,
      'at-risk': (count) => `${sv(count)} i riskzonen`,
      'off-track': (count) => `${sv(count)} ur kurs`,
      'no-data': (count) => `${sv(count)} utan mätvärden`,
    },
    initiativeCount: (count) => `${sv(count)} initiativ`,
    noInitiatives: 'Inga initiativ ännu',
    areaError: 'Området kunde inte visas.',
  },
  en: {
    goalCount: (count) => `${en(count)} ${count === 1 ? 'goal' : 'goals'}`,
    noGoals: 'No goals set',
    goalStatus: {
      achieved: (count) => `${en(count)} achieved`,
      'on-track': (count) => `${en(count)} on track`,
      'at-risk': (count) => `${en(count)} at risk`,
      'off-track': (count) => `${en(count)} off track`,
      'no-data': (count) => `${en(count)} without data`,
    },
    initiativeCount: (count) => `${en(count)} ${count === 1 ? 'initiative' : 'initiatives'}`,
    noInitiatives: 'No initiatives yet',
    areaError: 'This area could not be shown.',
  },
};
