/**
 * Offers text as a file download: a Blob URL made on demand and a temporary link
 * clicked inside `root` (no data: URL, nothing left behind).
 */
export function downloadText(root: ShadowRoot | HTMLElement, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // The download has taken the Blob by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
