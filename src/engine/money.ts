/**
 * Exact money arithmetic in integer cents. The law rounds to the cent "half up"; we never let a
 * binary fraction decide a cent: every product is an integer before the one division.
 */

/** One in parts per million: rates are held as integers (250000 = 25%). */
export const PPM = 1_000_000;

/** Divides non-negative integers and rounds half up: 7 / 2 → 4, 5 / 3 → 2. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    denominator <= 0 ||
    numerator < 0
  ) {
    throw new RangeError(
      `divideRoundHalfUp needs a safe integer ≥ 0 and a divisor > 0, got ${numerator} / ${denominator}`,
    );
  }
  // round(n / d) half up = floor((2n + d) / 2d), computed exactly with integer correction.
  const top = 2 * numerator + denominator;
  const bottom = 2 * denominator;
  let q = Math.floor(top / bottom);
  while (q * bottom > top) q--;
  while ((q + 1) * bottom <= top) q++;
  return q;
}

/** Applies a rate in ppm to cents and rounds half up to the cent: (10001, 250000) → 2500. */
export function applyRate(cents: number, ratePpm: number): number {
  return divideRoundHalfUp(cents * ratePpm, PPM);
}

/** Converts a decimal rate from the data (0.125) to parts per million (125000), exactly. */
export function rateToPpm(rate: number): number {
  const ppm = Math.round(rate * PPM);
  if (Math.abs(ppm - rate * PPM) > 1e-6)
    throw new RangeError(`rate ${rate} has more than 6 decimals`);
  return ppm;
}
