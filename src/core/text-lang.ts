import type { Strategy } from '../data/index.js';
import type { UiLang } from '../i18n/lang.js';

/**
 * The `lang` to put on text taken from the data: the data's language when it
 * differs from the UI language, otherwise `undefined` (nothing to mark).
 */
export function textLang(strategy: Pick<Strategy, 'lang'> | undefined, uiLang: UiLang): string | undefined {
  const dataLang = strategy?.lang?.trim();
  if (!dataLang) return undefined;
  return dataLang.toLowerCase().split('-')[0] === uiLang ? undefined : dataLang;
}
