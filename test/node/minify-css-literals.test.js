// The bundle's CSS minifier for Lit's css`` literals (scripts/minify-css-literals.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssLiterals, minifyCssTemplate } from '../../scripts/minify-css-literals.js';

const minify = (code) => minifyCssLiterals(code, '/repo/src/example.styles.ts')?.code;

test('a stylesheet literal loses its comments and indentation', () => {
  const code = "import { css } from 'lit';\nexport const styles = css`\n  /* why */\n  .card {\n    margin: 0 0 0 0;\n  }\n`;\n";
  assert.equal(minify(code), "import { css } from 'lit';\nexport const styles = css`.card{margin:0}`;\n");
});

test('expressions keep their places and their source', () => {
  const code = 'const styles = css`\n  a { outline: ${ring}; }\n  b { color: ${colors[0]}; }\n`;';
  assert.equal(minify(code), 'const styles = css`a{outline:${ring}}b{color:${colors[0]}}`;');
});

test('a fragment that is not a stylesheet, a template without indentation and files without literals stay as written', () => {
  const fragment = 'const ring = css`var(--ring-width) solid`;\nconst view = html`<p>  a  </p>`;';
  assert.equal(minify(fragment), undefined);
  assert.equal(minify('export const n = 1;'), undefined);
});

test('a backslash, a backtick or ${ in the CSS is escaped in the new literal', () => {
  const literal = minifyCssTemplate(['a::after { content: "`\\\\${" }'], []);
  assert.equal(new Function(`return ${literal};`)(), 'a:after{content:"`\\\\${"}');
});

test("tsc's css `…` is minified too, and keepLines keeps the literal's line count", () => {
  const code = 'const styles = css `\n  /* why */\n  a {\n    margin: 0;\n  }\n`;\nexport { styles };\n';
  const result = minifyCssLiterals(code, '/repo/dist/example.styles.js', { keepLines: true })?.code;
  assert.equal(result, 'const styles = css `a{margin:0}\n\n\n\n\n`;\nexport { styles };\n');
  assert.equal(result.split('\n').length, code.split('\n').length);
});

test('html`` and svg`` templates lose the indentation after each line break, around and between expressions', () => {
  const code = 'const a = html`<p>\n    <b>${x}</b>\n  </p>`;\nconst b = svg`<g>\n\t<path d=${d}/>\n</g>`;\nconst c = html`<p>one  two</p>`;';
  assert.equal(minify(code), 'const a = html`<p>\n<b>${x}</b>\n</p>`;\nconst b = svg`<g>\n<path d=${d}/>\n</g>`;\nconst c = html`<p>one  two</p>`;');
  assert.equal(minify('const c = html`<p>one\n</p>`;'), undefined);
});
