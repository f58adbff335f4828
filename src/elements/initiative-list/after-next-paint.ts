/** Longest wait when no frame comes (a page in a background tab gets none). */
const NO_FRAME_MS = 100;

/**
 * Runs `work` at the start of a frame after the next paint, so what an update just
 * changed reaches the screen before more work starts. Called from a frame callback
 * (a previous step), the next frame is that frame; otherwise (after an input event,
 * say) it is the one after the coming frame. A tab in the background gets no
 * frames; there `work` runs after a short timeout instead.
 */
export function afterNextPaint(work: () => void, inFrameCallback: boolean): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, NO_FRAME_MS);
  requestAnimationFrame(inFrameCallback ? run : () => requestAnimationFrame(run));
}
