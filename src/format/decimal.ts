/** A finite number rounded to a number of fraction digits, as decimal digit strings. */
export interface RoundedDecimal {
  /** True for a negative number, -0 too, even when it rounds to zero (Intl then writes "-0"). */
  negative: boolean;
  /** The integer digits, at least "0", without leading zeros. */
  integer: string;
  /** The fraction digits: trailing zeros dropped down to `minFraction`. */
  fraction: string;
}

/** A whole number of units of 10^-maxFraction, written in digits, as a `RoundedDecimal`. */
function fromUnits(negative: boolean, units: string, minFraction: number, maxFraction: number): RoundedDecimal {
  const padded = units.padStart(maxFraction + 1, '0');
  const point = padded.length - maxFraction;
  let end = padded.length;
  while (end > point + minFraction && padded.charCodeAt(end - 1) === 48) end--;
  return { negative, integer: padded.slice(0, point), fraction: padded.slice(point, end) };
}

/**
 * Rounds finite values × 10^shift to at most `maxFraction` fraction digits, half away from zero,
 * keeping at least `minFraction`. This is what ICU (and so `Intl.NumberFormat`) does: it rounds the
 * shortest decimal form of the double, so 1.005 becomes 1.01, where `toFixed` rounds the binary
 * value (1.00499999…) to 1.00. `shift` scales by a power of ten without a binary multiplication
 * (a percentage is the value × 10^2).
 */
export function decimalRounder(minFraction: number, maxFraction: number, shift = 0): (value: number) => RoundedDecimal {
  // Parsed, not `10 ** n`: parsing is correctly rounded, so the scale is exact up to 1e22.
  const scale = Number(`1e${maxFraction + shift}`);
  return (value) => {
    const negative = value < 0 || Object.is(value, -0);
    const scaled = Math.abs(value) * scale;
    // Fast path, taken by almost every value: below 1e9, the binary product and the shortest decimal
    // both lie within 3e-7 of the exact scaled value, so away from a half they round alike.
    if (scaled < 1e9) {
      const whole = Math.floor(scaled);
      const rest = scaled - whole;
      if (Math.abs(rest - 0.5) > 1e-6) return fromUnits(negative, String(rest > 0.5 ? whole + 1 : whole), minFraction, maxFraction);
    }
    // The shortest round-trip form ("1.005", "1e+21", "1.5e-7"): its digits, and where its point falls in them.
    const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
    const [integer = '', fraction = ''] = mantissa.split('.');
    const digits = integer + fraction;
    // The number of leading digits kept; the next one decides the rounding.
    const keep = integer.length + Number(exponent) + shift + maxFraction;
    const units = BigInt(keep > 0 ? digits.slice(0, keep).padEnd(keep, '0') : '0') + (digits.charCodeAt(keep) >= 53 ? 1n : 0n);
    return fromUnits(negative, String(units), minFraction, maxFraction);
  };
}
