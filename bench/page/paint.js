// "Painted", measured the same way for every candidate.

/** Resolves at the start of the frame after the next one: the DOM as it is now has been painted. */
export function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Resolves once the next frame has been rendered: a task queued from that frame's rAF
 * runs after its style, layout and paint. For "keystroke to next paint".
 */
export function nextFrameRendered() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Every Lit (or other ReactiveElement) element under root that matches `selector`, through
 * the shadow roots of those it finds.
 */
function reactiveElements(root, selector, found = []) {
  for (const element of root.querySelectorAll(selector)) {
    if ('updateComplete' in element) found.push(element);
    if (element.shadowRoot) reactiveElements(element.shadowRoot, selector, found);
  }
  return found;
}

/**
 * Resolves when every reactive element under root has finished updating, including
 * the ones that appear while their parents render. `selector` names a candidate's own
 * elements: looking at every element ('*') costs the harness time in proportion to the
 * whole DOM (a big chart's data table: 12 ms), which is not the candidate's rendering.
 */
export async function litSettled(root, selector = '*') {
  for (;;) {
    const elements = reactiveElements(root, selector);
    const done = await Promise.all(elements.map((element) => element.updateComplete));
    if (done.every(Boolean) && reactiveElements(root, selector).length === elements.length) return;
  }
}
