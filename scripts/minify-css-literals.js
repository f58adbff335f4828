// A Vite plugin for the one-script bundle (and a pass over tsc's modules, scripts/build.js): Lit's
// template literals keep their indentation and comments through the JavaScript minifier, so this
// minifies the CSS in css`` literals with Lightning CSS, and drops the indentation after each line
// break in html`` and svg`` templates. The line break stays: where white space is text, a run of it
// renders as one space either way (none of our templates has preformatted text).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';

// An expression inside a literal (`outline: ${focusRing};`) stands in the CSS as a custom property
// reference, which Lightning CSS keeps as it is.
const placeholder = (index) => `var(--vagval-literal-${index})`;
const PLACEHOLDER = /var\(--vagval-literal-(\d+)\)/g;

// Cooked CSS text back into template literal source.
const escapeLiteral = (text) => text.replace(/[\\`]|\$\{/g, (match) => `\\${match}`);

/**
 * The minified source of one css`` template literal, or undefined when it cannot be minified as a
 * stylesheet (a fragment such as a value, or an expression outside a value): it then stays as written.
 */
export function minifyCssTemplate(texts, expressions) {
  const stylesheet = texts.map((text, index) => (index ? placeholder(index - 1) + text : text)).join('');
  let css;
  try {
    css = transform({ filename: 'literal.css', code: Buffer.from(stylesheet), minify: true }).code.toString();
  } catch {
    return undefined;
  }
  const parts = css.split(PLACEHOLDER);
  // split() with a capture group alternates text and placeholder numbers: [text, 0, text, 1, text].
  const order = parts.filter((_, index) => index % 2 === 1).map(Number);
  if (order.length !== expressions.length || order.some((number, index) => number !== index)) return undefined;
  return `\`${parts.map((part, index) => (index % 2 ? `\${${expressions[Number(part)]}}` : escapeLiteral(part))).join('')}\``;
}

const lineBreaks = (text) => text.split('\n').length - 1;

// The text of a template's static parts, without its delimiters (` } ${).
function staticParts(template, source) {
  const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return parts.map((part) => {
    const start = part.getStart(source) + 1;
    const end = part.end - (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
    return { start, end };
  });
}

const INDENTATION = /\n[ \t]+/g;

/**
 * Minifies the css`` literals in one TypeScript or JavaScript module and trims its html`` and svg``
 * templates; undefined when there is nothing to change.
 * With `keepLines`, each literal keeps its number of lines (trailing line breaks, which CSS ignores),
 * so a source map made for the module before still points at the right lines after it.
 */
export function minifyCssLiterals(code, fileName, { keepLines = false } = {}) {
  // tsc writes the tag with a space: css `…`.
  if (!/\b(css|html|svg)\s*`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const output = new MagicString(code);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      for (const { start, end } of staticParts(node.template, source)) {
        const text = code.slice(start, end);
        const trimmed = text.replace(INDENTATION, '\n');
        if (trimmed !== text) output.overwrite(start, end, trimmed);
      }
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const { template } = node;
      const texts = ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      const expressions = ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans.map((span) => span.expression.getText(source));
      const minified = minifyCssTemplate(texts, expressions);
      if (minified !== undefined) {
        const start = template.getStart(source);
        const lost = lineBreaks(code.slice(start, template.end)) - lineBreaks(minified);
        const padded = keepLines && lost > 0 ? `${minified.slice(0, -1)}${'\n'.repeat(lost)}\`` : minified;
        output.overwrite(start, template.end, padded);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true, source: fileName }) } : undefined;
}

/**
 * The same for tsc's output in `dir`, in place: bundlers keep css`` literals as written, comments
 * and indentation included. Each literal keeps its line count, so tsc's source maps stay right.
 */
export function minifyCssLiteralsInDir(dir) {
  for (const file of readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.js'))) {
    const path = join(dir, file);
    const minified = minifyCssLiterals(readFileSync(path, 'utf8'), path, { keepLines: true });
    if (minified) writeFileSync(path, minified.code);
  }
}

/** The plugin: minifies the css`` literals and trims the templates of the library's own modules. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'vagval-minify-css-literals',
    transform(code, id) {
      return /\/src\/[^?]*\.ts$/.test(id) ? minifyCssLiterals(code, id) : undefined;
    },
  };
}
