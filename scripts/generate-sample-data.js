#!/usr/bin/env node
// Writes large, deterministic sample strategies for performance stories and benchmarks:
//   data/generated/large-strategy.json      the five areas and goals of data/vagval-2020.json
//                                           plus N generated initiatives (default 2000)
//   data/generated/dashboard-strategy.json  100 goals across the five areas, each with
//                                           12 yearly points and a target
// Usage: node scripts/generate-sample-data.js [N]
// Plain Node.js, no dependencies. The same N always gives byte-identical files
// (seeded PRNG, fixed dates). Every figure is invented.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sampleFile = fileURLToPath(new URL('../data/vagval-2020.json', import.meta.url));
const outDir = fileURLToPath(new URL('../data/generated/', import.meta.url));

const arg = process.argv[2];
const count = arg === undefined ? 2000 : Number(arg);
if (!Number.isInteger(count) || count < 0 || count > 1_000_000) {
  console.error(`usage: node scripts/generate-sample-data.js [N]  (N: number of initiatives, 0–1000000; got ${JSON.stringify(arg)})`);
  process.exit(2);
}

/** mulberry32: small seeded PRNG returning floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20201124);
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const chance = (p) => rand() < p;
const round = (value, decimals) => Number(value.toFixed(decimals));
const month = (year, m) => `${year}-${String(m).padStart(2, '0')}`;

const sample = JSON.parse(readFileSync(sampleFile, 'utf8'));
const NOTE =
  'Genererad testdata: alla siffror, mål och initiativ är påhittade. / Generated test data: all figures, goals and initiatives are invented.';
const header = (title) => ({
  version: 1,
  organization: sample.organization,
  title,
  lang: 'sv',
  note: NOTE,
  updated: sample.updated,
  updatedBy: sample.updatedBy,
  feedback: sample.feedback,
});
const areaBase = (a) => ({ id: a.id, title: a.title, summary: a.summary, href: a.href, color: a.color });

// ---------------------------------------------------------------- initiatives
const PLACES = ['i centrum', 'på Öster', 'på Väster', 'i Borstahusen', 'i Karlslund', 'på Ven', 'i Häljarp', 'i Glumslöv', 'vid hamnen', 'vid stationen', 'i hela staden', 'i norra Landskrona'];
const WORDS = {
  'hallbar-valfard': {
    what: ['Digitalt stöd i hemtjänsten', 'Ny förskola', 'Utökad skolbibliotekstid', 'Välfärdsteknik i äldreboenden', 'Läxhjälp efter skoltid', 'Språkstöd för föräldrar', 'Samordnad hemsjukvård', 'Mobil sjuksköterska', 'Digitala möten med handläggare', 'Gemensam ingång för stöd'],
    why: ['ger mer tid för det personliga mötet', 'gör det enklare att få rätt stöd', 'ska höja måluppfyllelsen i skolan', 'frigör resurser till kärnverksamheten', 'minskar väntetiderna'],
    tags: ['digitalisering', 'äldreomsorg', 'skola', 'förskola', 'välfärdsteknik', 'samverkan', 'effektivisering'],
  },
  tillvaxt: {
    what: ['Företagsfrukost', 'Lärlingsplatser', 'Ny verksamhetsmark', 'Bostadsbyggande', 'Handelsplats', 'Feriejobb', 'Snabbare bygglov', 'Mötesplats för entreprenörer', 'Praktikplatser för unga vuxna', 'Upprustning av gågatan'],
    why: ['ska ge fler jobb', 'gör det lättare att starta företag', 'stärker stadens attraktionskraft', 'ska korta vägen till arbete', 'skapar fler bostäder'],
    tags: ['företagande', 'arbete', 'stadsutveckling', 'bostäder', 'utbildning', 'handel'],
  },
  trygghet: {
    what: ['Trygghetsvandring', 'Ny belysning', 'Kamerabevakning', 'Nattvandrare', 'Grannsamverkan', 'Fältassistenter', 'Klotterplank', 'Trygghetsvärdar', 'Trygg skolväg', 'Städdag med boende'],
    why: ['ska öka tryggheten kvällstid', 'förebygger brott och skadegörelse', 'bygger på invånarnas egna förslag', 'sker i samverkan med polisen', 'gör platsen mer välkomnande'],
    tags: ['trygghet', 'samverkan', 'förebyggande', 'belysning', 'ungdomar'],
  },
  klimat: {
    what: ['Solceller', 'Laddplatser', 'Regnbäddar', 'Energieffektivisering', 'Fossilfria arbetsmaskiner', 'Cykelparkering', 'Gröna tak', 'Trädplantering', 'Minskat matsvinn', 'Återbruk av möbler'],
    why: ['minskar stadens klimatpåverkan', 'rustar staden för kraftigare regn', 'sänker energikostnaderna', 'gör det lätt att välja hållbart', 'ersätter fossila bränslen'],
    tags: ['klimat', 'solenergi', 'energi', 'cykel', 'klimatanpassning', 'återbruk', 'förnybart'],
  },
  folkhalsa: {
    what: ['Utegym', 'Simskola', 'Spontanidrott', 'Stadsodling', 'Hälsosamtal', 'Fritidsbanken', 'Motionsslinga', 'Lovaktiviteter', 'Seniordans', 'Näringsriktiga skolmåltider'],
    why: ['gör det lätt att röra på sig', 'minskar skillnaderna i hälsa', 'når barn och unga som inte är med i en förening', 'bygger gemenskap mellan grannar', 'ger fler en aktiv fritid'],
    tags: ['folkhälsa', 'motion', 'idrott', 'barn', 'fritid', 'måltider', 'simkunnighet'],
  },
};
const areaIds = sample.areas.map((a) => a.id);
const STATUSES = ['planned', 'ongoing', 'ongoing', 'completed'];
const width = String(Math.max(count, 1)).length;

function initiative(n) {
  const primary = areaIds[n % areaIds.length];
  const areas = [primary];
  if (chance(0.3)) {
    const other = pick(areaIds);
    if (other !== primary) areas.push(other);
  }
  const w = WORDS[primary];
  const what = pick(w.what);
  const place = pick(PLACES);
  const status = pick(STATUSES);
  const startYear = status === 'planned' ? int(2025, 2027) : int(2019, 2024);
  const start = month(startYear, int(1, 12));
  let end = null;
  if (status === 'completed') end = month(Math.min(startYear + int(0, 3), 2024), int(1, 12));
  else if (chance(0.4)) end = month(startYear + int(1, 6), int(1, 12));
  if (end !== null && end < start) end = start;
  const id = `initiativ-${String(n + 1).padStart(width, '0')}`;
  const tags = [...new Set([pick(w.tags), pick(w.tags), pick(w.tags)].slice(0, int(1, 3)))];
  const item = {
    id,
    title: `${what} ${place}`,
    summary: `${what} ${place} ${pick(w.why)}. Initiativ nummer ${n + 1} i den genererade testdatan.`,
    areas,
    status,
    start,
    end,
  };
  if (chance(0.85)) item.href = `https://example.se/initiativ/${id}`;
  item.tags = tags;
  return item;
}

const large = {
  ...header(`${sample.title} (stor testdatamängd)`),
  areas: sample.areas.map((a) => ({ ...areaBase(a), goals: a.goals })),
  initiatives: Array.from({ length: count }, (_, n) => initiative(n)),
};

// ---------------------------------------------------------------- dashboard
const INDICATORS = {
  'hallbar-valfard': [
    { title: 'Andel elever med godkända betyg i alla ämnen, åk 9', unit: '%', decimals: 1, direction: 'increase', base: [55, 75] },
    { title: 'Väntetid till plats på särskilt boende', unit: 'dagar', decimals: 0, direction: 'decrease', base: [40, 90] },
    { title: 'Kostnad per brukare i hemtjänsten', unit: 'kr', decimals: 0, direction: 'decrease', base: [280000, 360000] },
    { title: 'Andel nöjda vårdnadshavare i förskolan', unit: '%', decimals: 0, direction: 'increase', base: [78, 92] },
  ],
  tillvaxt: [
    { title: 'Sysselsättningsgrad 20–64 år', unit: '%', decimals: 1, direction: 'increase', base: [66, 76] },
    { title: 'Nystartade företag per 1000 invånare', unit: 'per 1000 invånare', decimals: 1, direction: 'increase', base: [4, 7] },
    { title: 'Antal färdigställda bostäder', unit: 'antal', decimals: 0, direction: 'increase', base: [30, 120] },
    { title: 'Andel unga vuxna som varken arbetar eller studerar', unit: '%', decimals: 1, direction: 'decrease', base: [8, 16] },
  ],
  trygghet: [
    { title: 'Andel som känner sig trygga i sitt bostadsområde', unit: '%', decimals: 0, direction: 'increase', base: [65, 85] },
    { title: 'Anmälda skadegörelsebrott per 1000 invånare', unit: 'per 1000 invånare', decimals: 1, direction: 'decrease', base: [8, 20] },
    { title: 'Åtgärdade brister från trygghetsvandringar', unit: '%', decimals: 0, direction: 'increase', base: [50, 80] },
    { title: 'Anmälda fall av klotter', unit: 'antal', decimals: 0, direction: 'decrease', base: [40, 160] },
  ],
  klimat: [
    { title: 'Utsläpp av växthusgaser per invånare', unit: 'ton per invånare', decimals: 2, direction: 'decrease', base: [3, 5.5] },
    { title: 'Energianvändning i stadens lokaler', unit: 'kWh per m²', decimals: 0, direction: 'decrease', base: [130, 190] },
    { title: 'Andel förnybart drivmedel i stadens fordon', unit: '%', decimals: 0, direction: 'increase', base: [20, 60] },
    { title: 'Insamlat matavfall per invånare', unit: 'kg', decimals: 1, direction: 'increase', base: [25, 45] },
  ],
  folkhalsa: [
    { title: 'Ohälsotal', unit: 'dagar', decimals: 1, direction: 'decrease', base: [24, 36] },
    { title: 'Andel elever i åk 6 som kan simma', unit: '%', decimals: 0, direction: 'increase', base: [75, 95] },
    { title: 'Andel vuxna som är fysiskt aktiva', unit: '%', decimals: 0, direction: 'increase', base: [50, 70] },
    { title: 'Besök i stadens idrottsanläggningar per invånare', unit: 'antal', decimals: 1, direction: 'increase', base: [6, 14] },
  ],
};
const DISTRICTS = [
  ['centrum', 'centrum'],
  ['oster', 'Öster'],
  ['vaster', 'Väster'],
  ['norr', 'norra Landskrona'],
  ['landsbygd', 'landsbygden och Ven'],
];
const slug = (s) =>
  s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function dashboardGoal(indicator, district) {
  const [lo, hi] = indicator.base;
  const start = lo + rand() * (hi - lo);
  const sign = indicator.direction === 'increase' ? 1 : -1;
  // Yearly drift between -1.5 % and +3 % of the start value in the goal's direction:
  // most goals improve, some stand still, a few get worse.
  const drift = sign * start * (-0.015 + rand() * 0.045);
  const noise = start * 0.02;
  const series = [];
  let v = start;
  for (let year = 2013; year <= 2024; year++) {
    // A share stays a share: 0 to 100 %.
    series.push({ period: year, value: round(Math.min(Math.max(v, 0), indicator.unit === '%' ? 100 : Infinity), indicator.decimals) });
    v += drift + (rand() - 0.5) * 2 * noise;
  }
  const last = series[series.length - 1].value;
  // Target 0–16 % beyond the latest value in the goal's direction, sometimes already met.
  const ambition = chance(0.12) ? -0.05 : rand() * 0.16;
  let target = last * (1 + sign * ambition);
  if (indicator.unit === '%') target = Math.min(target, 100);
  return {
    id: `${slug(indicator.title)}-${district[0]}`,
    title: `${indicator.title}, ${district[1]}`,
    description: `Påhittat nyckeltal för ${district[1]}, genererat för att visa många mål på en gång.`,
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    target: { value: round(target, indicator.decimals), period: int(2025, 2030) },
    series,
  };
}

const dashboard = {
  ...header(`${sample.title} (översikt med 100 mål)`),
  areas: sample.areas.map((a) => ({
    ...areaBase(a),
    goals: INDICATORS[a.id].flatMap((indicator) =>
      DISTRICTS.map((district) => dashboardGoal(indicator, district)),
    ),
  })),
  initiatives: [],
};

// ---------------------------------------------------------------- write
/** JSON with one goal or initiative per line: compact, yet readable and diff-friendly. */
function format(data) {
  const line = (v) => JSON.stringify(v);
  const list = (items, indent, each) =>
    items.length ? `[\n${items.map((x) => indent + '  ' + each(x)).join(',\n')}\n${indent}]` : '[]';
  const area = ({ goals, ...rest }) =>
    `{\n${Object.entries(rest).map(([k, v]) => `      ${line(k)}: ${line(v)},`).join('\n')}\n      "goals": ${list(goals, '      ', line)}\n    }`;
  const { areas, initiatives, ...top } = data;
  return `{\n${Object.entries(top).map(([k, v]) => `  ${line(k)}: ${line(v)},`).join('\n')}\n  "areas": ${list(areas, '  ', area)},\n  "initiatives": ${list(initiatives, '  ', line)}\n}\n`;
}

mkdirSync(outDir, { recursive: true });
function write(name, data, what) {
  const file = outDir + name;
  const text = format(data);
  writeFileSync(file, text);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(`wrote ${relative(root, file)} (${kb} KB): ${what}`);
}
const goalsIn = (s) => s.areas.reduce((n, a) => n + a.goals.length, 0);
write('large-strategy.json', large, `${large.areas.length} areas, ${goalsIn(large)} goals, ${large.initiatives.length} initiatives`);
write('dashboard-strategy.json', dashboard, `${dashboard.areas.length} areas, ${goalsIn(dashboard)} goals, 12 yearly points and a target each`);
