// Median, min and max of a workload's samples, and ratios between candidates.

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** Ours ÷ theirs, of medians: below 1 means ours takes less time (or fewer bytes). */
export function ratio(ours, theirs) {
  return ours && theirs ? ours.median / theirs.median : undefined;
}
