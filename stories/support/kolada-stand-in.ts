// The offline stand-in for Kolada's API that the Kolada stories fetch from (invented figures;
// stories/kolada-stand-in/README.md). Relative, so Storybook (its static build too, wherever it
// is published) and the test runner resolve it against their own page.
export const KOLADA_STAND_IN = 'stories/kolada-stand-in/';

/** The stand-in's base for one component's stories: each has its own (see the README). */
export function koladaStandIn(component: 'goal-chart' | 'goal-overview'): string {
  return `${KOLADA_STAND_IN}${component}/v3`;
}
