// Forced-colours stories: Storybook cannot switch the mode on by itself, so such a story is
// tagged; the stories' browser tests and the static-build test turn on Chromium's emulation
// for it, and the preview tells the reader how to turn it on by hand.

/**
 * The tag of a story meant to be seen in forced colours (Windows contrast themes). Stories
 * write it out (`tags: ['forced-colors']`): Storybook's indexer reads only string literals there.
 */
export const FORCED_COLOURS = 'forced-colors';

export const HOW_TO_EMULATE =
  'Forced colours show only under emulation: in Chromium, open DevTools, then the ⋮ menu, More tools, Rendering, and set "Emulate CSS media feature forced-colors" to "active" (or turn on a contrast theme in Windows).';

/** The story's docs: what to look for, and how to see it. */
export function forcedColoursDocs(whatToSee: string) {
  return {
    docs: {
      description: {
        story: `${whatToSee} ${HOW_TO_EMULATE} The tests render this story under that emulation, check these colours and run axe.`,
      },
    },
  };
}
