// The data sets every candidate renders, written to bench/.build/data/. Deterministic:
// the generated files in data/generated/ plus a seeded PRNG for what they do not cover.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = 'bench/.build/data';
const CARD_COPIES = 40; // 5 areas × 40 = 200 cards
const START_INITIATIVES = 200;
const BIG_POINTS = 1000;

/** mulberry32: a small seeded PRNG giving floats in [0, 1). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const goalsOf = (strategy) => strategy.areas.flatMap((area) => area.goals ?? []);

/** The dashboard again with every value moved a little: the "new data" of the update workload. */
function nudged(strategy, rand) {
  const copy = structuredClone(strategy);
  for (const goal of goalsOf(copy)) {
    for (const point of goal.series) point.value = Number((point.value * (0.95 + rand() * 0.1)).toFixed(goal.decimals ?? 1));
  }
  copy.title += ' (ny data)';
  return copy;
}

/** 200 areas: the five real ones 40 times over, each copy with its own goals and initiatives. */
function manyAreas(large) {
  const areas = [];
  for (let copy = 0; copy < CARD_COPIES; copy++) {
    for (const area of large.areas) {
      const goals = area.goals.map((goal) => ({ ...goal, id: `${goal.id}-${copy}` }));
      areas.push({ ...area, id: `${area.id}-${copy}`, title: `${area.title} ${copy + 1}`, goals });
    }
  }
  const initiatives = large.initiatives.map((initiative, i) => ({
    ...initiative,
    areas: initiative.areas.map((id) => `${id}-${i % CARD_COPIES}`),
  }));
  return { ...large, title: `${large.title} (200 kort)`, areas, initiatives };
}

/** One goal with four comparisons: 5 series × 1,000 daily points, a random walk each. */
function bigChart(rand) {
  const day = (i) => new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
  const walk = (start) => {
    let value = start;
    return Array.from({ length: BIG_POINTS }, (_, i) => {
      value = Math.max(1, value + (rand() - 0.5) * 4);
      return { period: day(i), value: Number(value.toFixed(1)) };
    });
  };
  const [own, ...others] = [30, 35, 40, 45, 50].map((start) => walk(start));
  const places = ['Öster', 'Väster', 'Hamnen', 'Ven'];
  const goal = {
    id: 'partiklar-per-dag',
    title: 'Halten partiklar (PM10) i luften per dag',
    description: 'Påhittade dagsvärden för fem mätplatser, genererade för prestandatester.',
    unit: 'µg/m³',
    decimals: 1,
    direction: 'decrease',
    target: { value: 20, period: day(BIG_POINTS + 180) },
    series: own,
    comparisons: others.map((series, i) => ({ label: places[i], series })),
  };
  const area = { id: 'luft', title: 'Luft', goals: [goal] };
  return { version: 1, organization: 'Landskrona stad', title: 'Luftkvalitet (genererad testdata)', lang: 'sv', areas: [area], initiatives: [] };
}

/** Writes the data sets; returns their URLs (relative to the server) and the ids the pages need. */
export function prepareData(root) {
  const outDir = join(root, DATA_DIR);
  const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const dashboard = read('data/generated/dashboard-strategy.json');
  const large = read('data/generated/large-strategy.json');
  const rand = random(9);
  const start = { ...large, initiatives: large.initiatives.slice(0, START_INITIATIVES) };
  const sets = {
    dashboard,
    'dashboard-next': nudged(dashboard, rand),
    big: bigChart(rand),
    cards: manyAreas(large),
    list: large,
    start,
  };
  mkdirSync(outDir, { recursive: true });
  const urls = {};
  for (const [name, strategy] of Object.entries(sets)) {
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(strategy));
    urls[name] = `/${DATA_DIR}/${name}.json`;
  }
  return {
    urls,
    dashboardGoals: goalsOf(dashboard).map((goal) => goal.id),
    startGoals: goalsOf(start).slice(0, 3).map((goal) => goal.id),
    bigGoal: goalsOf(sets.big)[0].id,
  };
}
