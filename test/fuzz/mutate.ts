// Seeded random mutations of a strategy document, for fuzz tests: the same seed gives the same documents.

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null, undefined, true, false, 0, -1, 1e308, -0, '', ' ', '61,5', 'red', 'javascript:alert(1)', '<img src=x onerror=alert(1)>',
  '2024-13-45', '2023-02-29', '#fff', '#00594f', [], {}, [null], { value: 'x' }, 'ogiltig', 'x'.repeat(5000), '\u0000', '🙂', 2023, '2023-06',
];

type Json = unknown;

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Every [container, key] pair in the document, so a mutation can hit any depth. */
function slots(node: Json, found: [Record<string, Json> | Json[], string | number][] = []) {
  if (Array.isArray(node)) node.forEach((child, index) => (found.push([node, index]), slots(child, found)));
  else if (node && typeof node === 'object') for (const key of Object.keys(node)) found.push([node as Record<string, Json>, key]), slots((node as Record<string, Json>)[key], found);
  return found;
}

/** A deep copy of `document` with 1–4 random changes: replaced, deleted, duplicated or retyped values. */
export function mutate(document: Json, rand: () => number): Json {
  const copy = structuredClone(document) as Json;
  const changes = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < changes; i++) {
    const all = slots(copy);
    if (!all.length) break;
    const [container, key] = pick(rand, all);
    const target = container as Record<string | number, Json>;
    const kind = rand();
    if (kind < 0.45) target[key] = pick(rand, ODD_VALUES);
    else if (kind < 0.65) {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete target[key];
    } else if (kind < 0.8 && Array.isArray(container)) container.push(structuredClone(container[Number(key)]));
    else if (kind < 0.9) target[key] = JSON.stringify(target[key] ?? null);
    else target[key] = { nested: target[key] };
  }
  return copy;
}

const ODD_TEXTS = ['', ' ', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'x'.repeat(5000), '\u0000', '🙂', 'مرحبا بكم', '2024-13-45', '#fff', 'a\nb'];
const ODD_NUMBERS = [0, -0, -1, 0.1 + 0.2, 1e-308, 1e308, -1e308, 2023, Number.MAX_SAFE_INTEGER];

/**
 * A deep copy of `document` with 1–4 changes that keep each value's type: odd texts and numbers,
 * and lists emptied, shortened or with an item repeated. Most such documents stay valid, so
 * they reach the widgets' rendering, where `mutate`'s mostly fail validation.
 */
export function mutateKeepingTypes(document: Json, rand: () => number): Json {
  const copy = structuredClone(document) as Json;
  const changes = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < changes; i++) {
    const [container, key] = pick(rand, slots(copy));
    const target = container as Record<string | number, Json>;
    const value = target[key];
    if (typeof value === 'string') target[key] = pick(rand, ODD_TEXTS);
    else if (typeof value === 'number') target[key] = pick(rand, ODD_NUMBERS);
    else if (Array.isArray(value) && value.length) {
      const kind = rand();
      if (kind < 0.3) target[key] = [];
      else if (kind < 0.7) value.splice(Math.floor(rand() * value.length), 1);
      else value.push(structuredClone(pick(rand, value)));
    }
  }
  return copy;
}
