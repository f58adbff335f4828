// Explains why a text is not JSON, with line and column. Browsers word (and place)
// JSON.parse errors differently and V8 often names no position, so after
// JSON.parse has failed, this scanner walks the text once more to find the spot.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

function showChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const invisible = code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xfeff;
  return invisible ? `the invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Offset after the string that starts at `start` (a double quote). */
function scanString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '"') return index + 1;
    if (char === '\\') {
      const next = text[index + 1] ?? '';
      if (next === 'u' && HEX4.test(text.slice(index + 2, index + 6))) index += 5;
      else if (ESCAPES.has(next)) index++;
      else throw new Failure(index, `"\\${next}" is not a valid escape in text; write a backslash as "\\\\"`);
    } else if (char.charCodeAt(0) < 0x20) {
      throw new Failure(index, 'a line break or tab inside quotes; write it as "\\n" or "\\t"');
    }
  }
  throw new Failure(start, 'this text has no closing double quote');
}

function unexpected(text: string, index: number, expected: string, afterComma: boolean): Failure {
  const char = text[index];
  if (afterComma && (char === '}' || char === ']')) {
    return new Failure(index, `a comma before "${char}" is not allowed in JSON; remove the last comma`);
  }
  if (char === "'") return new Failure(index, 'JSON text needs double quotes ("), not single quotes');
  return new Failure(index, `unexpected ${showChar(char)}; expected ${expected}`);
}

function scan(text: string): void {
  const stack: ('object' | 'array')[] = [];
  let index = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  let afterComma = false;
  const skipWhitespace = () => {
    while (index < text.length && WHITESPACE.has(text[index])) index++;
  };
  const endOfText = (expected: string) => new Failure(text.length, `the text ends too early; expected ${expected}`);

  for (;;) {
    skipWhitespace();
    const char = text[index];
    if (state === 'value') {
      if (char === undefined) throw endOfText('a value');
      if (char === '{' || char === '[') {
        index++;
        skipWhitespace();
        const close = char === '{' ? '}' : ']';
        if (text[index] === close) {
          index++;
          state = 'after';
        } else {
          stack.push(char === '{' ? 'object' : 'array');
          state = char === '{' ? 'key' : 'value';
        }
        afterComma = false;
        continue;
      }
      if (char === '"') {
        index = scanString(text, index);
      } else if (char === '-' || (char >= '0' && char <= '9')) {
        NUMBER.lastIndex = index;
        if (!NUMBER.test(text)) throw new Failure(index, 'this is not a valid number');
        index = NUMBER.lastIndex;
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
        if (!literal) throw unexpected(text, index, 'a value (text needs double quotes)', afterComma);
        index += literal.length;
      }
      state = 'after';
    } else if (state === 'key') {
      if (char === undefined) throw endOfText('a property name');
      if (char !== '"') throw unexpected(text, index, 'a property name in double quotes', afterComma);
      index = scanString(text, index);
      skipWhitespace();
      if (text[index] !== ':') {
        throw text[index] === undefined ? endOfText('":"') : new Failure(index, `expected ":" after the property name`);
      }
      index++;
      state = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) {
        if (char === undefined) return;
        throw new Failure(index, `unexpected ${showChar(char)} after the end of the data`);
      }
      const close = top === 'object' ? '}' : ']';
      if (char === undefined) throw endOfText(`"," or "${close}"`);
      if (char === ',') {
        index++;
        state = top === 'object' ? 'key' : 'value';
        afterComma = true;
        continue;
      }
      if (char !== close) throw new Failure(index, `expected "," or "${close}" here (is a comma missing?)`);
      stack.pop();
      index++;
    }
    afterComma = false;
  }
}

/** Why `text` is not JSON, or null when it is. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ...position(text, error.offset), message: error.message };
  }
}
