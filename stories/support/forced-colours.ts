// Forced-colours stories: Storybook cannot switch the mode on by itself, so such a story is
// tagged; the stories' browser tests and the static-build test turn on Chromium's emulation
// for it, and the preview explains how to turn it on by hand.

/**
 * The tag of a story meant to be seen in forced colours (Windows contrast themes). Stories
 * write it out (`tags: ['forced-colors']`): Storybook's indexer reads only string literals there.
 */
export const FORCED_COLOURS = 'forced-colors';

/** The story's docs: what to look for, and how to see it. */
export function forcedColoursDocs(whatToSee: string) {
  return {
    docs: {
      description: {
        story: `${whatToSee} To see it here, emulate forced colours in Chromium: DevTools, the ⋮ menu, More tools, Rendering, "Emulate CSS media feature forced-colors: active". The tests render this story under that emulation and check it with axe.`,
      },
    },
  };
}
