interface Job {
  read: () => unknown;
  write: (value: never) => void;
}

let queue: Job[] = [];

function flush(): void {
  const jobs = queue;
  queue = [];
  // All reads first, then all writes: one style recalculation for any number of cards.
  const values = jobs.map((job) => job.read());
  jobs.forEach((job, index) => job.write(values[index] as never));
}

/**
 * Runs `read` before the next frame together with every other scheduled read,
 * then hands its result to `write`. Reading computed styles one card at a time
 * between DOM changes would recalculate styles once per card.
 */
export function readThenWrite<T>(read: () => T, write: (value: T) => void): void {
  if (queue.length === 0) requestAnimationFrame(flush);
  queue.push({ read, write: write as (value: never) => void });
}
