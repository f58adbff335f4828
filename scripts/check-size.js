// The size step of npm test, after the build: measures the bundle in dist/ against the budgets in
// scripts/size-budgets.json, prints a table, and exits 1 naming each figure over its budget.
// Usage: node scripts/check-size.js [--budgets FILE] [--dist DIR]
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS_FILE, kb, measureFigures, overBy, readBudgets } from './size-figures.js';

// A budget this far above its figure has slack a later change could spend unnoticed.
const SLACK = 0.05;

const { values: args } = parseArgs({ options: { budgets: { type: 'string', default: BUDGETS_FILE }, dist: { type: 'string', default: 'dist' } } });
const budgetsFile = relative('.', args.budgets);

if (!existsSync(join(args.dist, 'vagval-widgets.js'))) {
  console.error(`${join(args.dist, 'vagval-widgets.js')} is missing: run npm run build first.`);
  process.exit(1);
}

let figures;
try {
  figures = readBudgets(args.budgets);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const rows = await measureFigures(figures, args.dist);
const text = (value) => `${value.toFixed(1)} KB`;
const table = [
  ['Figure (gzip -9)', 'Measured', 'CI budget', 'Target', 'Over target by'],
  ...rows.map((row) => [row.what, text(kb(row.gzip)), text(row.budget), text(row.target), text(Math.max(0, kb(row.gzip) - row.target))]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
for (const cells of table) console.log(cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  '));
console.log(`Targets are issue #7's; budgets (${budgetsFile}) hold what has been reached.`);

for (const row of rows.filter((row) => !overBy(row) && kb(row.gzip) < row.budget * (1 - SLACK))) {
  console.log(`Note: ${row.what} is ${text(row.budget - kb(row.gzip))} under its budget; lower "${row.name}" in ${budgetsFile} to keep the gain.`);
}
const over = rows.filter((row) => overBy(row) > 0);
for (const row of over) {
  console.error(`Over budget: ${row.what} is ${text(kb(row.gzip))} gzipped, ${text(overBy(row))} (${Math.ceil(overBy(row) * 1024)} bytes) over its CI budget of ${text(row.budget)} ("${row.name}" in ${budgetsFile}).`);
}
process.exit(over.length ? 1 : 0);
