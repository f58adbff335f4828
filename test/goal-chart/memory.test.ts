import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/strategy/define.js';
import '../../src/elements/goal-chart/define.js';
import { frame } from '../helpers/setup.js';
import { sampleGoal, shadow, strategyJson } from './helpers.js';

// Charts come and go on pages that swap content without reloading. Whatever a chart sets up
// (the shared draw scheduler and size observer, context subscriptions, listeners) must let
// go of it once it is removed. The test runner starts Chromium with --expose-gc.
const gc = (globalThis as { gc?: () => void }).gc;

/** Runs the garbage collector until `ref` is cleared, a few times at most, a task apart (a WeakRef holds its target until the task ends). */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let attempt = 0; attempt < 5 && ref.deref(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc!();
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  return ref.deref() === undefined;
}

/** Waits frame by frame until the chart's graphics are drawn (open-wc's waitUntil keeps its predicate, and so the chart, for its whole timeout). */
async function drawnByFrames(chart: Element): Promise<void> {
  for (let count = 0; !shadow(chart).querySelector('svg.graphic'); count++) {
    if (count > 300) throw new Error('the graphics were never drawn');
    await frame();
  }
}

/** A provider with charts, used the way a reader would (a point chosen with the keys, the table opened), then removed. */
async function mountUseAndRemove(): Promise<WeakRef<Element>[]> {
  const container = document.createElement('div');
  const strategy = document.createElement('vagval-strategy');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = strategyJson([sampleGoal(), sampleGoal({ id: 'andra' })]);
  const charts = ['examen', 'andra'].map((goal) => Object.assign(document.createElement('vagval-goal-chart'), { goal }));
  strategy.append(script, ...charts);
  container.append(strategy);
  document.body.append(container);
  for (const chart of charts) await drawnByFrames(chart);
  shadow(charts[0]!).querySelector<HTMLElement>('.plot')!.focus();
  await sendKeys({ press: 'ArrowRight' });
  shadow(charts[1]!).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await charts[1]!.updateComplete;
  container.remove();
  return [strategy, ...charts].map((element) => new WeakRef(element));
}

describe('<vagval-goal-chart> memory', () => {
  it('runs where the garbage collector can be called', () => {
    expect(gc, 'start Chromium with --js-flags=--expose-gc').to.be.a('function');
  });

  it('lets a removed provider and its charts be collected, after they were drawn, navigated and their table opened', async () => {
    const refs = await mountUseAndRemove();
    // Frames the charts had asked for (drawing, sizes) run once more, with nothing to do.
    await frame();
    await frame();
    const left = [];
    for (const ref of refs) if (!(await collected(ref))) left.push(ref.deref()!.localName);
    expect(left, 'elements still reachable after removal').to.deep.equal([]);
  });

  it('lets a chart removed before it was drawn be collected', async () => {
    const refs = await (async () => {
      const container = document.createElement('div');
      const chart = Object.assign(document.createElement('vagval-goal-chart'), { goal: 'examen' });
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = strategyJson([sampleGoal()]);
      chart.append(script);
      // Far below the viewport, so its drawing waits for an idle moment that never comes before removal.
      container.style.paddingBlockStart = '5000px';
      container.append(chart);
      document.body.append(container);
      await chart.updateComplete;
      expect(shadow(chart).querySelector('svg.graphic')).to.equal(null);
      container.remove();
      return [new WeakRef(chart)];
    })();
    await frame();
    expect(await collected(refs[0]!)).to.equal(true);
  });
});
