// What the define tests share: every tag of the library, and a stand-in for another copy of it.
export const TAGS = ['vagval-strategy', 'vagval-area-card', 'vagval-area-grid', 'vagval-feedback', 'vagval-initiative-list', 'vagval-goal-chart', 'vagval-goal-overview'];

/** Defines every tag as another copy of the library (of `version`) would, before ours loads. */
export function defineAsOtherCopy(version: string): void {
  for (const tag of TAGS) {
    const other = class extends HTMLElement {};
    Object.assign(other, { [Symbol.for('vagval-widgets.version')]: version });
    customElements.define(tag, other);
  }
}

/** Calls `run`, then waits a task, and returns what was passed to `console.warn` meanwhile. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    console.warn = original;
  }
  return warnings;
}
