import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Long enough that typing a word writes the URL once; browsers limit how often a page may replace it. */
const WRITE_DELAY_MS = 400;

/**
 * Keeps a list's filters in the page URL: writes with `history.replaceState`
 * (one history entry, however much the reader filters; the back button leaves
 * the page as usual), debounced, and tells the host when the URL changed under it
 * (back and forward between the page's own entries).
 */
export class UrlSyncController implements ReactiveController {
  private pending?: (search: string) => string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly onNavigate: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.navigated);
    window.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('popstate', this.navigated);
    window.removeEventListener('pagehide', this.flush);
  }

  /**
   * Rewrites the query string soon; the path, fragment and history state stay.
   * `update` gets the query string as it is then, so two lists on one page each
   * keep the other's parameters.
   */
  write(update: (search: string) => string): void {
    this.pending = update;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, WRITE_DELAY_MS);
  }

  /** Writes a pending change now. */
  readonly flush = (): void => {
    clearTimeout(this.timer);
    const update = this.pending;
    this.pending = undefined;
    if (!update) return;
    const { pathname, search: current, hash } = window.location;
    const search = update(current);
    if (search === current) return;
    history.replaceState(history.state, '', `${pathname}${search}${hash}`);
  };

  private readonly navigated = (): void => {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.onNavigate();
  };
}
