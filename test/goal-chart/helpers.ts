// Builders and probes shared by the goal chart and overview tests.
import { waitUntil } from '@open-wc/testing';
import type { Goal } from '../../src/data/index.js';

export const NB = '\u00a0';

/** A goal of the kind most tests need: a share in per cent with a target and a comparison. */
export function sampleGoal(extra: Partial<Goal> = {}): Goal {
  return {
    id: 'examen',
    title: 'Fler elever tar examen',
    description: 'Andel elever med examen inom fyra år.',
    unit: '%',
    decimals: 1,
    target: { value: 80, period: 2030 },
    series: [
      { period: 2015, value: 58 },
      { period: 2018, value: 61.1 },
      { period: 2021, value: 64.2 },
      { period: 2024, value: 70.8 },
    ],
    comparisons: [{ label: 'Riket', series: [{ period: 2015, value: 70.1 }, { period: 2024, value: 73.4 }] }],
    source: { name: 'Kolada', href: 'https://example.se/kpi/N17461' },
    ...extra,
  };
}

/** A strategy document (as JSON text) with these goals in one area, and more areas if given. */
export function strategyJson(goals: unknown[], extra: Record<string, unknown> = {}, moreAreas: unknown[] = []): string {
  return JSON.stringify({
    version: 1,
    title: 'Vägval',
    organization: 'Landskrona stad',
    lang: 'sv',
    areas: [{ id: 'valfard', title: 'Hållbar välfärd', color: '#00594f', goals }, ...moreAreas],
    ...extra,
  });
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** The element's rendered text, source whitespace collapsed (no-break spaces are kept: they are part of the text). */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Waits until the chart's graphics are drawn. */
export function drawn(element: Element, selector = 'svg.graphic, svg.sparkline-graphic'): Promise<void> {
  return waitUntil(() => shadow(element).querySelector(selector), 'the graphics were never drawn', { timeout: 5000 });
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface AxNode {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
  live?: string;
  pressed?: string;
  expanded?: boolean;
  focusable?: boolean;
}

/** The page's accessibility tree as Chromium computes it (see test/server/goal-chart.js). */
export async function axTree(): Promise<AxNode[]> {
  const response = await fetch('/__goal-chart__/ax-tree');
  return ((await response.json()) as AxNode[]).filter((node) => !node.ignored);
}

/** Turns forced-colors emulation on or off for this test page (see test/server/goal-chart.js). */
export async function forcedColors(active: boolean): Promise<void> {
  const response = await fetch(`/__goal-chart__/forced-colors?active=${active ? 1 : 0}`);
  if (!response.ok) throw new Error(`forced-colors emulation failed: ${await response.text()}`);
}

/** The colour a system colour keyword resolves to on this page right now. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
