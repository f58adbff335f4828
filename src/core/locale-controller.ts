import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestLang, toUiLang, type Catalogue, type UiLang } from '../i18n/lang.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

// One observer for the whole document: `lang` changes are rare, elements may be many.
function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its UI language from the nearest `lang` and re-renders it
 * when that changes.
 */
export class LocaleController implements ReactiveController {
  lang: UiLang = 'sv';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the nearest `lang`; requests an update when it changed. */
  refresh(): void {
    const lang = toUiLang(nearestLang(this.host));
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  /** The message object for the current language. */
  messages<M>(catalogue: Catalogue<M>): M {
    return catalogue[this.lang];
  }
}
