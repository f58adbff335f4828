// What tests that throw bad data and bad networks at the widgets share: a log of everything that
// escaped into the page, and the text a widget shows.

/** Uncaught errors and unhandled rejections since `watchPage()`; tests empty it after each check. */
export const pageProblems: string[] = [];

let watching = false;

/** Starts logging errors that reach the window (once per page). */
export function watchPage(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('error', (event) => pageProblems.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => pageProblems.push(`unhandled rejection: ${String(event.reason)}`));
}

/** The text an element shows: its shadow tree, with the shadow trees of the elements inside it. */
export function deepText(element: Element): string {
  return element.shadowRoot ? textOf(element.shadowRoot) : '';
}

// Node types, not instanceof: the node may come from another frame's realm.
function textOf(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const shadow = (child as Element).shadowRoot;
      text += shadow ? textOf(shadow) : textOf(child);
    }
  }
  return text;
}
