// Drawing a chart's graphics is the costly part; its text is not. Charts near the
// viewport are drawn first, a few per frame, and the rest while the browser is idle,
// so a page of 100 charts never blocks in one long task. Printing draws everything.

type Draw = () => void;

/** Milliseconds of drawing per animation frame. */
const FRAME_BUDGET = 8;

const draws = new Map<Element, Draw>();
const soon = new Set<Element>();
const later = new Set<Element>();
let observer: IntersectionObserver | undefined;
let frameRequested = false;
let idleRequested = false;
let printListener = false;

function run(queue: Set<Element>, budget: number): void {
  const start = performance.now();
  for (const element of queue) {
    queue.delete(element);
    const draw = draws.get(element);
    forget(element);
    draw?.();
    if (performance.now() - start >= budget) break;
  }
}

function requestFrame(): void {
  if (frameRequested || soon.size === 0) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    run(soon, FRAME_BUDGET);
    requestFrame();
  });
}

function requestIdle(): void {
  if (idleRequested || later.size === 0) return;
  idleRequested = true;
  const work = (deadline?: IdleDeadline) => {
    idleRequested = false;
    // Near-viewport charts go first; idle time only serves the rest.
    if (soon.size === 0) run(later, Math.max(4, Math.min(deadline?.timeRemaining() ?? FRAME_BUDGET, 20)));
    requestIdle();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (!entry.isIntersecting || !draws.has(entry.target)) continue;
    later.delete(entry.target);
    soon.add(entry.target);
  }
  requestFrame();
}

function drawAllNow(): void {
  run(soon, Infinity);
  run(later, Infinity);
}

function forget(element: Element): void {
  draws.delete(element);
  soon.delete(element);
  later.delete(element);
  observer?.unobserve(element);
}

/** Calls `draw` once, when the element is near the viewport or else when the browser is idle. */
export function scheduleDraw(element: Element, draw: Draw): void {
  if (draws.has(element)) {
    draws.set(element, draw);
    return;
  }
  draws.set(element, draw);
  if (!printListener) {
    printListener = true;
    addEventListener('beforeprint', drawAllNow);
  }
  if (typeof IntersectionObserver !== 'function') {
    soon.add(element);
    requestFrame();
    return;
  }
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: '50% 0px' });
  observer.observe(element);
  later.add(element);
  requestIdle();
}

/** Cancels a scheduled draw (the element left the page). */
export function cancelDraw(element: Element): void {
  forget(element);
}
