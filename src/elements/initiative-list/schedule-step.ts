/** Longest wait when no frame comes (a page in a background tab gets none). */
const NO_FRAME_MS = 100;

/**
 * Schedules the next step of a long list's rendering. After a reader's change (or
 * the first render) it waits until that change has been painted and starts at
 * the frame after, so nothing delays the frame that shows the change. After a
 * step, the next follows in the next task: steps yield to input and frames
 * without waiting for one. A tab in the background gets no frames; there the
 * wait ends after a short timeout instead.
 */
export function scheduleStep(work: () => void, afterStep: boolean): void {
  if (afterStep) {
    setTimeout(work);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, NO_FRAME_MS);
  requestAnimationFrame(() => requestAnimationFrame(run));
}
