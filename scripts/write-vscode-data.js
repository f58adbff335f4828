// Writes dist/vscode.html-custom-data.json from custom-elements.json, so VS Code completes
// our tags and attributes (settings: "html.customData": ["./node_modules/vagval-widgets/dist/vscode.html-custom-data.json"]).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

function valuesOf(type) {
  // A union of string literals ("'line' | 'bar'") becomes a list of values to pick from.
  const literals = [...(type ?? '').matchAll(/'([^']+)'|"([^"]+)"/g)].map((match) => match[1] ?? match[2]);
  return literals.length > 1 ? literals.map((name) => ({ name })) : undefined;
}

const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute.type?.text);
      return { name: attribute.name, description: attribute.description ?? '', ...(values ? { values } : {}) };
    }),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`wrote dist/vscode.html-custom-data.json (${tags.length} elements)`);
