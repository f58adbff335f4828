/** Which of the card's slots have content from the page. */
export interface SlotsInUse {
  summary: boolean;
  media: boolean;
  footer: boolean;
}

// Children that are assigned to the default slot but show nothing: inline data and the like.
const INVISIBLE = new Set(['SCRIPT', 'TEMPLATE', 'STYLE']);

/**
 * Reads the host's children. Whitespace between tags and an inline data
 * `<script>` do not count as a summary, so the data's summary still shows.
 */
export function readSlots(host: HTMLElement): SlotsInUse {
  const used: SlotsInUse = { summary: false, media: false, footer: false };
  for (const node of host.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent?.trim()) used.summary = true;
    } else if (node instanceof Element) {
      const slot = node.getAttribute('slot');
      if (slot === 'media') used.media = true;
      else if (slot === 'footer') used.footer = true;
      else if (slot === null && !INVISIBLE.has(node.tagName)) used.summary = true;
    }
  }
  return used;
}

export function sameSlots(a: SlotsInUse, b: SlotsInUse): boolean {
  return a.summary === b.summary && a.media === b.media && a.footer === b.footer;
}
