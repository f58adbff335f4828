// Writes dist/schema.json (draft-07) from the same valibot schema the runtime validator uses.
// Run after the TypeScript build: node scripts/write-schema.js
import { mkdir, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { StrategyDefinitions, StrategySchema } from '../dist/data/schema.js';

// Rules JSON Schema cannot express: `finite` (JSON has no NaN or Infinity anyway) and
// `check` (real calendar dates; the pattern next to it already covers the shape).
const RUNTIME_ONLY = new Set(['finite', 'check']);

const converted = toJsonSchema(StrategySchema, {
  target: 'draft-07',
  definitions: StrategyDefinitions,
  // draft-07 keeps reusable parts under `definitions` (`$defs` is 2019-09 and later).
  overrideRef: ({ referenceId }) => `#/definitions/${referenceId}`,
  // Each object is `pipe(custom(not an array), looseObject(...))`: convert the last schema.
  typeMode: 'output',
  overrideAction: ({ valibotAction, jsonSchema }) => (RUNTIME_ONLY.has(valibotAction.type) ? jsonSchema : undefined),
});

const { $schema, $defs, ...rest } = converted;
const schema = {
  $schema,
  $id: 'https://unpkg.com/vagval-widgets/dist/schema.json',
  title: 'vagval-widgets strategy data, version 1',
  description:
    'A municipal strategy: priority areas with goals and indicator series, and initiatives. ' +
    'Some rules are checked only by the validator (parseStrategy, npx vagval-widgets validate): ' +
    'dates that do not exist, unique ids, initiative areas that resolve, one value per period in a series.',
  ...rest,
  definitions: $defs,
};

const url = new URL('../dist/schema.json', import.meta.url);
await mkdir(new URL('.', url), { recursive: true });
await writeFile(url, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${url.pathname}`);
