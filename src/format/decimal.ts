/** A finite number rounded to a number of fraction digits, as decimal digit strings. */
export interface RoundedDecimal {
  /** True for a negative number, -0 too, even when it rounds to zero (Intl then writes "-0"). */
  negative: boolean;
  /** The integer digits, at least "0", without leading zeros. */
  integer: string;
  /** The fraction digits: trailing zeros dropped down to `minFraction`. */
  fraction: string;
}

// Written out rather than computed: "0".repeat in a loop of thousands of values shows in profiles.
const ZEROS = '0000000000000000000000';
const zeros = (count: number) => (count <= ZEROS.length ? ZEROS.slice(0, count) : '0'.repeat(count));

/**
 * The digits of |value| as JavaScript's shortest round-trip form gives them ("1.005" for 1.005,
 * not the binary 1.00499999…), with the decimal point `point` digits from the left:
 * 0.d₁d₂… × 10^point. The digits have no leading zeros and no trailing zeros.
 */
function shortestDigits(value: number): { digits: string; point: number } {
  const text = Math.abs(value).toString();
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const all = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  let start = 0;
  while (start < all.length - 1 && all.charCodeAt(start) === 48) start++;
  point -= start;
  let end = all.length;
  while (end > start + 1 && all.charCodeAt(end - 1) === 48) end--;
  return { digits: all.slice(start, end), point };
}

/** Adds one to the last digit of `digits`, carrying: "199" → "200"; "99" → "100". */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${zeros(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + zeros(digits.length - i - 1);
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** A whole number of units of 10^-maxFraction as a `RoundedDecimal`. */
function fromUnits(negative: boolean, units: number, minFraction: number, maxFraction: number): RoundedDecimal {
  const text = String(units);
  if (maxFraction === 0) return { negative, integer: text, fraction: '' };
  const padded = text.length > maxFraction ? text : zeros(maxFraction + 1 - text.length) + text;
  const point = padded.length - maxFraction;
  let end = padded.length;
  while (end > point + minFraction && padded.charCodeAt(end - 1) === 48) end--;
  return { negative, integer: padded.slice(0, point), fraction: padded.slice(point, end) };
}

/**
 * Rounds a finite `value × 10^shift` to at most `maxFraction` fraction digits, half away from zero,
 * keeping at least `minFraction`. This is what ICU (and so `Intl.NumberFormat`) does: it rounds the
 * shortest decimal form of the double, so 1.005 becomes 1.01, where `toFixed` rounds the binary
 * value (1.00499999…) to 1.00. `shift` scales by a power of ten without a binary multiplication
 * (a percentage is the value × 10^2).
 */
export function roundDecimal(value: number, minFraction: number, maxFraction: number, shift = 0): RoundedDecimal {
  const negative = value < 0 || Object.is(value, -0);
  // 10^k is an exact double up to 1e22; a table, since `**` need not be correctly rounded.
  const scaled = maxFraction + shift <= 22 ? Math.abs(value) * POWERS_OF_TEN[maxFraction + shift]! : Infinity;
  // Fast path, taken by almost every value: below 1e9, the binary product and the shortest decimal
  // both lie within 3e-7 of the exact scaled value, so away from a half they round alike.
  if (scaled < 1e9) {
    const whole = Math.floor(scaled);
    const rest = scaled - whole;
    if (Math.abs(rest - 0.5) > 1e-6) return fromUnits(negative, rest > 0.5 ? whole + 1 : whole, minFraction, maxFraction);
  }
  let { digits, point } = value === 0 ? { digits: '0', point: 1 } : shortestDigits(value);
  point += value === 0 ? 0 : shift;
  // The number of leading digits that survive rounding.
  const keep = point + maxFraction;
  if (keep < digits.length) {
    const roundUp = keep >= 0 && digits.charCodeAt(keep) >= 53;
    if (keep <= 0) {
      // Everything is rounded away: 0, or one unit in the last place kept (0.006 → 0.01).
      digits = roundUp ? '1' : '0';
      point = roundUp ? 1 - maxFraction : 1;
    } else {
      const kept = digits.slice(0, keep);
      digits = roundUp ? incremented(kept) : kept;
      if (digits.length > keep) point++;
    }
  }
  const integer = point <= 0 ? '0' : point >= digits.length ? digits + zeros(point - digits.length) : digits.slice(0, point);
  let fraction = point >= digits.length ? '' : point < 0 ? zeros(-point) + digits : digits.slice(point);
  let end = fraction.length;
  while (end > minFraction && fraction.charCodeAt(end - 1) === 48) end--;
  if (end < fraction.length) fraction = fraction.slice(0, end);
  else if (fraction.length < minFraction) fraction += zeros(minFraction - fraction.length);
  return { negative, integer, fraction };
}
