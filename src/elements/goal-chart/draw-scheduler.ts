// Drawing a chart's graphics is the costly part; its text is not. Charts near the
// viewport are drawn first (as many as a frame's budget allows before the first frame,
// the rest a few per frame) and the others while the browser is idle, so a page of 100
// charts never blocks in one long task. Printing draws everything.

/** A chart's drawing: `measure` reads from the page what drawing needs (and writes nothing); `draw` draws. */
export interface DrawTask {
  measure(): void;
  draw(): void;
}

/** Milliseconds of drawing per animation frame. */
const FRAME_BUDGET = 8;

/** How far outside the viewport a chart counts as near it, in viewport heights (as the observer's root margin). */
const NEAR = 0.5;

const tasks = new Map<Element, DrawTask>();
/** Scheduled in the current task: placed together once the task's other work is done. */
const fresh = new Set<Element>();
const soon = new Set<Element>();
const later = new Set<Element>();
let observer: IntersectionObserver | undefined;
let placeQueued = false;
let frameRequested = false;
let idleRequested = false;
let printListener = false;

function run(queue: Set<Element>, budget: number): void {
  const start = performance.now();
  for (const element of queue) {
    const task = tasks.get(element);
    forget(element);
    task?.draw();
    if (performance.now() - start >= budget) break;
  }
}

function isNear(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const margin = innerHeight * NEAR;
  return (box.width > 0 || box.height > 0) && box.bottom >= -margin && box.top <= innerHeight + margin && box.right >= 0 && box.left <= innerWidth;
}

// The IntersectionObserver reports a new chart only after the frame that first lays it out,
// so a chart on screen would be drawn a frame later than it could be. Instead, the charts
// scheduled in one task (a provider's data reaching all its charts) are placed together at
// its end: one layout for all of them (which the coming frame needed anyway), every read
// before any drawing, then as many drawn as the frame budget allows, the rest in frames.
function placeFresh(): void {
  placeQueued = false;
  const near = [...fresh].filter(isNear);
  fresh.clear();
  for (const element of near) {
    later.delete(element);
    soon.add(element);
    tasks.get(element)?.measure();
  }
  run(soon, FRAME_BUDGET);
  requestFrame();
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
    if (soon.size === 0 && fresh.size === 0) run(later, Math.max(4, Math.min(deadline?.timeRemaining() ?? FRAME_BUDGET, 20)));
    requestIdle();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (!entry.isIntersecting || !tasks.has(entry.target)) continue;
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
  tasks.delete(element);
  fresh.delete(element);
  soon.delete(element);
  later.delete(element);
  observer?.unobserve(element);
}

/**
 * Draws the element once: at the end of the current task (or in the next frames) when it
 * is near the viewport then, when it comes near later, or else when the browser is idle.
 */
export function scheduleDraw(element: Element, task: DrawTask): void {
  if (tasks.has(element)) {
    tasks.set(element, task);
    return;
  }
  tasks.set(element, task);
  if (!printListener) {
    printListener = true;
    addEventListener('beforeprint', drawAllNow);
  }
  if (typeof IntersectionObserver !== 'function') {
    soon.add(element);
    requestFrame();
    return;
  }
  observer ??= new IntersectionObserver(onIntersection, { rootMargin: `${NEAR * 100}% 0px` });
  observer.observe(element);
  fresh.add(element);
  later.add(element);
  if (!placeQueued) {
    placeQueued = true;
    // After the microtasks already queued: the updates of the other charts the same data reached.
    queueMicrotask(placeFresh);
  }
  requestIdle();
}

/** Cancels a scheduled draw (the element left the page). */
export function cancelDraw(element: Element): void {
  forget(element);
}
