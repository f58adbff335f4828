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

/** Every Lit (or other ReactiveElement) element under root, through shadow roots. */
function reactiveElements(root, found = []) {
  for (const element of root.querySelectorAll('*')) {
    if ('updateComplete' in element) found.push(element);
    if (element.shadowRoot) reactiveElements(element.shadowRoot, found);
  }
  return found;
}

/**
 * Resolves when every reactive element under root has finished updating, including
 * the ones that appear while their parents render.
 */
export async function litSettled(root) {
  for (;;) {
    const elements = reactiveElements(root);
    const done = await Promise.all(elements.map((element) => element.updateComplete));
    if (done.every(Boolean) && reactiveElements(root).length === elements.length) return;
  }
}
