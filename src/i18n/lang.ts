/** The UI languages every element speaks. */
export type UiLang = 'sv' | 'en';

export const DEFAULT_LANG: UiLang = 'sv';

/** One message object per UI language; functions where plurals or values matter. */
export type Catalogue<M> = Record<UiLang, M>;

/** Maps a BCP 47 tag to a UI language: "en-GB" → en, "sv-SE" → sv, anything else → the default. */
export function toUiLang(tag: string | null | undefined): UiLang {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : DEFAULT_LANG;
}

/**
 * The nearest `lang` attribute: the element, its ancestors (crossing shadow roots
 * to their hosts), then `<html>`. Empty string when none is set.
 */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The locale `Intl` formats with: British English (14 March 2024) suits an EU public body's English. */
export function intlLocale(lang: UiLang): string {
  return lang === 'en' ? 'en-GB' : 'sv-SE';
}
