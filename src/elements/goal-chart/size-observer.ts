// One ResizeObserver for every chart on the page: cheaper than one each.

export interface PlotSize {
  width: number;
  height: number;
  /** The font size of the chart's text in px, for measuring labels. */
  fontSize: number;
}

type Listener = (size: PlotSize) => void;

const listeners = new WeakMap<Element, Listener>();
let observer: ResizeObserver | undefined;

function onResize(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const box = entry.contentBoxSize[0];
    const width = Math.floor(box ? box.inlineSize : entry.contentRect.width);
    const height = Math.floor(box ? box.blockSize : entry.contentRect.height);
    const fontSize = parseFloat(getComputedStyle(entry.target).fontSize) || 16;
    listeners.get(entry.target)?.({ width, height, fontSize });
  }
}

/** Calls `listener` with the element's content size now (on the next frame) and whenever it changes. */
export function observeSize(element: Element, listener: Listener): void {
  observer ??= new ResizeObserver(onResize);
  listeners.set(element, listener);
  observer.observe(element);
}

export function unobserveSize(element: Element): void {
  listeners.delete(element);
  observer?.unobserve(element);
}
