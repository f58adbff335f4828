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
 * Runs `read` together with every other read scheduled in this task, then hands
 * its result to `write`. Reading computed styles one card at a time between DOM
 * changes would recalculate styles once per card.
 *
 * A microtask, not an animation frame: it runs after the updates of the cards
 * created in the same task (Lit queues those first) and before the first paint,
 * and it runs in a hidden tab too.
 */
export function readThenWrite<T>(read: () => T, write: (value: T) => void): void {
  if (queue.length === 0) queueMicrotask(flush);
  queue.push({ read, write: write as (value: never) => void });
}
