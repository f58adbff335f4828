/** A piece of a message template: literal text, or a `{name}` placeholder. */
export type TemplatePart = string | { placeholder: string };

const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/gi;

/** Splits "Senast uppdaterad {date} av {by}" into text and placeholders. */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The placeholder names a template uses. */
export function placeholdersOf(template: string): string[] {
  return templateParts(template).flatMap((part) => (typeof part === 'string' ? [] : [part.placeholder]));
}

/** Fills the placeholders with text; a placeholder without a value stays as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return templateParts(template)
    .map((part) => (typeof part === 'string' ? part : (values[part.placeholder] ?? `{${part.placeholder}}`)))
    .join('');
}

/**
 * A web editor's wording when it can be filled with what is known, otherwise
 * the built-in one: "Uppdaterad {date} av {by}" cannot be used without a `by`.
 */
export function chooseTemplate(override: string | undefined, builtIn: string, available: readonly string[]): string {
  if (override === undefined || override.trim() === '') return builtIn;
  return placeholdersOf(override).every((name) => available.includes(name)) ? override : builtIn;
}
