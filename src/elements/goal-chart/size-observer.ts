// One ResizeObserver for every chart on the page: cheaper than one each.

export interface PlotSize {
  width: number;
  height: number;
  /** The font size of the chart's text in px, for measuring labels. */
  fontSize: number;
  /** Letter and word spacing the text inherits from the page, in px (0 for normal). */
  letterSpacing: number;
  wordSpacing: number;
}

type Listener = (size: PlotSize) => void;

const listeners = new WeakMap<Element, Listener>();
const pending = new Map<Element, PlotSize>();
let observer: ResizeObserver | undefined;
let frameRequested = false;

// Sizes are handed over in the next frame, not inside the observer's callback: a listener
// that changes layout there (a narrower column gets a lower plot) would make the browser
// report "ResizeObserver loop completed with undelivered notifications".
function deliver(): void {
  frameRequested = false;
  const sizes = [...pending];
  pending.clear();
  for (const [element, size] of sizes) listeners.get(element)?.(size);
}

function onResize(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const box = entry.contentBoxSize[0];
    const width = Math.floor(box ? box.inlineSize : entry.contentRect.width);
    const height = Math.floor(box ? box.blockSize : entry.contentRect.height);
    pending.set(entry.target, { width, height, ...textMetrics(entry.target) });
  }
  if (!frameRequested) {
    frameRequested = true;
    requestAnimationFrame(deliver);
  }
}

/** Calls `listener` with the element's content size soon after it is observed, and whenever it changes. */
export function observeSize(element: Element, listener: Listener): void {
  observer ??= new ResizeObserver(onResize);
  listeners.set(element, listener);
  observer.observe(element);
}

export function unobserveSize(element: Element): void {
  listeners.delete(element);
  pending.delete(element);
  observer?.unobserve(element);
}

function textMetrics(element: Element) {
  const style = getComputedStyle(element);
  return { fontSize: parseFloat(style.fontSize) || 16, letterSpacing: parseFloat(style.letterSpacing) || 0, wordSpacing: parseFloat(style.wordSpacing) || 0 };
}

/** The element's size now (forces layout: for a first render that must not wait a frame). */
export function measureSize(element: Element): PlotSize {
  const box = element.getBoundingClientRect();
  return { width: Math.floor(box.width), height: Math.floor(box.height), ...textMetrics(element) };
}
