import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale, polylinePath } from "./scale.ts";

// The calculators' charts drop d3 to stay within their script budget; these properties hold the
// plain versions to d3's own output, so the SVGs stay the same.
const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe("plain scale and path match d3", () => {
  it("linearScale equals d3's scaleLinear", () => {
    fc.assert(
      fc.property(num, num, num, num, num, (d0, d1, r0, r1, v) => {
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(linearScale([d0, d1], [r0, r1])(v)).toBe(d3(v));
      }),
    );
  });
  it("polylinePath equals d3's line with digits(1)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(num, num), { maxLength: 50 }), (points) => {
        const d3 = line<[number, number]>().digits(1)(points) ?? "";
        expect(polylinePath(points)).toBe(d3);
      }),
    );
  });
});
