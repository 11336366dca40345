import { describe, expect, it } from "vitest";
import { applyRate, divideRoundHalfUp, rateToPpm } from "./money.ts";

describe("divideRoundHalfUp", () => {
  it("rounds half up and otherwise to the nearest", () => {
    expect(divideRoundHalfUp(7, 2)).toBe(4);
    expect(divideRoundHalfUp(5, 3)).toBe(2);
    expect(divideRoundHalfUp(4, 3)).toBe(1);
    expect(divideRoundHalfUp(0, 9)).toBe(0);
    expect(divideRoundHalfUp(9_007_199_254, 1)).toBe(9_007_199_254);
  });
  it("refuses negatives, fractions and zero divisors", () => {
    expect(() => divideRoundHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });
});

describe("applyRate", () => {
  it("applies a rate in ppm and rounds half up to the cent", () => {
    // 1869.21 × 50% = 934.605 → 934.61 (the published kostendelersnorm 2024-07, A = 2).
    expect(applyRate(186_921, 500_000)).toBe(93_461);
    // 5% vakantietoeslag of 1401.50 = 70.075 → 70.08.
    expect(applyRate(140_150, 50_000)).toBe(7_008);
    expect(applyRate(10_001, 250_000)).toBe(2_500);
    expect(applyRate(10_002, 250_000)).toBe(2_501);
  });
});

describe("rateToPpm", () => {
  it("converts decimal rates exactly", () => {
    expect(rateToPpm(0.125)).toBe(125_000);
    expect(rateToPpm(0.05)).toBe(50_000);
    expect(rateToPpm(0.3)).toBe(300_000);
    expect(() => rateToPpm(0.1234567)).toThrow(RangeError);
  });
});
