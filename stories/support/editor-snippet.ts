// The HTML a web editor pastes, built from the markup a story renders: Storybook hands its
// rendered source to `parameters.docs.source.transform`, and this turns it into a snippet
// for the docs page's source block (the one with the copy button).
import { VERSION } from '../../src/version.js';
import { KOLADA_STAND_IN } from './kolada-stand-in.js';

export const BUNDLE_URL = `https://cdn.jsdelivr.net/npm/vagval-widgets@${VERSION}/dist/vagval-widgets.js`;

export interface SnippetOptions {
  /** The data file a story's held data state stands for (see provide-state.ts). */
  dataSrc: string;
}

const INDENT = '  ';
/** An opening tag longer than this puts each attribute on a line of its own. */
const MAX_TAG_LENGTH = 100;
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that stay on their parent's line, so no space appears where the story had none. */
const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'code', 'em', 'i', 'img', 'kbd', 'small', 'span', 'strong', 'time']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The snippet for a story's rendered markup: the one script, a blank line, then the story's tags. */
export function editorSnippet(code: string, options: SnippetOptions): string {
  const template = document.createElement('template');
  template.innerHTML = code;
  const lines = children(template.content, 0, options);
  return [`<script type="module" src="${BUNDLE_URL}"></script>`, '', ...lines].join('\n');
}

function children(parent: ParentNode, depth: number, options: SnippetOptions): string[] {
  return [...parent.childNodes].flatMap((node) => block(node, depth, options));
}

function block(node: Node, depth: number, options: SnippetOptions): string[] {
  const pad = INDENT.repeat(depth);
  if (node instanceof Text) {
    const text = collapse(node.data).trim();
    return text ? [pad + escapeText(text)] : [];
  }
  if (!(node instanceof Element)) return [];
  // The bundle's script is the snippet's first line already. (Storybook's docs page applies
  // the transform to its own output again, so a snippet must come out of it unchanged.)
  if (node.localName === 'script' && node.getAttribute('src') === BUNDLE_URL) return [];
  const { name, attributes } = editorElement(node, options);
  // A story's layout box (a width, a dark page) is no part of what an editor pastes.
  if (name === 'div' && attributes.length === 0) return children(node, depth, options);
  const open = pad + openTag(name, attributes, pad);
  if (VOID.has(name)) return [open];
  const close = `</${name}>`;
  if (name === 'script' && node.getAttribute('type') === 'application/json') return [open, ...jsonLines(node.textContent ?? '', depth + 1), pad + close];
  if (name === 'style') return [open, ...reindent(node.textContent ?? '', depth + 1), pad + close];
  if ([...node.childNodes].every(isInline)) {
    const inner = [...node.childNodes].map(inline).join('').trim();
    if (!open.includes('\n')) return [`${open}${inner}${close}`];
    return inner ? [open, pad + INDENT + inner, pad + close] : [`${open}${close}`];
  }
  return [open, ...children(node, depth + 1, options), pad + close];
}

/** Attributes that belong to the story, not to the page an editor makes: Storybook's offline stand-in for Kolada (the snippet fetches from Kolada itself). */
const storyOnly = (attribute: Attr) => attribute.name === 'kolada-base' && attribute.value.startsWith(KOLADA_STAND_IN);

/** The tag and attributes an editor writes: no inline styles (pages run under a strict CSP), no story-only attributes, and a held data state as the provider it stands for. */
function editorElement(element: Element, options: SnippetOptions): { name: string; attributes: [string, string][] } {
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'style' && attribute.name !== 'data-provided' && !storyOnly(attribute))
    .map((attribute): [string, string] => [attribute.name, attribute.value]);
  if (element.hasAttribute('data-provided')) return { name: 'vagval-strategy', attributes: [['src', options.dataSrc], ...attributes] };
  return { name: element.localName, attributes };
}

/** Empty attributes are written bare (`filters`, `helpful`), except `alt=""`, the idiom that marks an image as decoration. */
function openTag(name: string, attributes: [string, string][], pad: string): string {
  const written = attributes.map(([key, value]) => (value === '' && key !== 'alt' ? key : `${key}="${escapeAttribute(value)}"`));
  const oneLine = `<${[name, ...written].join(' ')}>`;
  if (pad.length + oneLine.length <= MAX_TAG_LENGTH) return oneLine;
  return [`<${name}`, ...written.map((attribute) => pad + INDENT + attribute), `${pad}>`].join('\n');
}

function isInline(node: Node): boolean {
  if (node instanceof Text) return true;
  return node instanceof Element && PHRASING.has(node.localName) && [...node.childNodes].every(isInline);
}

/** Phrasing content on one line, its whitespace collapsed. */
function inline(node: Node): string {
  if (node instanceof Text) return escapeText(collapse(node.data));
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes].filter((attribute) => attribute.name !== 'style').map((attribute): [string, string] => [attribute.name, attribute.value]);
  const open = openTag(node.localName, attributes, '');
  if (VOID.has(node.localName)) return open;
  return `${open}${[...node.childNodes].map(inline).join('')}</${node.localName}>`;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Inline JSON, pretty-printed. `<` is escaped so no text in it can end the script element early. */
function jsonLines(text: string, depth: number): string[] {
  let pretty: string;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2).replace(/</g, '\\u003c');
  } catch {
    // Not JSON (a story of a syntax error): shown as the story has it.
    return reindent(text, depth);
  }
  return pretty.split('\n').map((line) => INDENT.repeat(depth) + line);
}

/** Text lines moved to `depth`, keeping their indentation relative to each other. */
function reindent(text: string, depth: number): string[] {
  const lines = text.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const common = Math.min(...lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return lines.map((line) => (line.trim() ? INDENT.repeat(depth) + line.slice(common).trimEnd() : ''));
}
