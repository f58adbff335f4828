/**
 * A text as shown and as it should be spoken. They differ where the visible form
 * groups digits with spaces ("11 700"), which screen readers read as two numbers.
 */
export interface Spoken {
  text: string;
  speech: string;
}

export function spoken(text: string, speech: string = text): Spoken {
  return { text, speech };
}

/** Builds a sentence from spoken parts: the visible sentence from their texts, the spoken one from their speech. */
export function compose<A extends unknown[]>(message: (...args: A) => string, ...args: { [K in keyof A]: A[K] | Spoken }): Spoken {
  const pick = (key: keyof Spoken) => args.map((arg) => (isSpoken(arg) ? arg[key] : arg)) as A;
  return { text: message(...pick('text')), speech: message(...pick('speech')) };
}

function isSpoken(value: unknown): value is Spoken {
  return typeof value === 'object' && value !== null && 'text' in value && 'speech' in value;
}

/** Joins spoken parts with a separator. */
export function joinSpoken(parts: readonly Spoken[], separator = ' '): Spoken {
  return { text: parts.map((part) => part.text).join(separator), speech: parts.map((part) => part.speech).join(separator) };
}
