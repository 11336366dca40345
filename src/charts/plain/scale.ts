/**
 * A linear scale and a polyline path without a chart library, for the calculators' charts that are
 * redrawn in the browser, where every kilobyte of script counts. The arithmetic is d3's (the
 * linear interpolation of d3-scale, the rounding to `digits` of d3-path), so a chart drawn with it
 * is the same SVG as with d3.
 */

/** Maps `domain` linearly onto `range` (not clamped); a domain of one value maps to the middle. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  // As d3: a descending domain is turned around, together with its range.
  const flip = domain[1] < domain[0];
  const [d0, d1] = flip ? [domain[1], domain[0]] : domain;
  const [r0, r1] = flip ? [range[1], range[0]] : range;
  const span = d1 - d0;
  return (v) => {
    const t = span === 0 ? 0.5 : (v - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/** The SVG path of a straight line through `points`, coordinates rounded to `digits` decimals. */
export function polylinePath(points: readonly (readonly [number, number])[], digits = 1): string {
  if (points.length === 0) return "";
  const k = 10 ** digits;
  const r = (v: number) => Math.round(v * k) / k;
  const path = `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join("L")}`;
  // A single point is a closed path, as d3-shape draws it.
  return points.length === 1 ? `${path}Z` : path;
}
