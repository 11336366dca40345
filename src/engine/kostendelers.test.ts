import { describe, expect, it } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import {
  calculateKostendelersnorm,
  countKostendelers,
  describeKostendelersShare,
} from "./kostendelers.ts";

/**
 * Expected kostendelersnormen per person (cents, incl. vakantietoeslag), worked out by hand from
 * the formula of art. 22a lid 1 — ((40% + A × 30%) / A) × B, rounded half up to the cent — with the
 * published gehuwdennorm B. A = 1 is the formula's value for reference only (the law then uses the
 * alleenstaandennorm of art. 21, which can differ by a cent).
 * Check: 2024-01 A = 2..6 equals the published table of RSD De Liemers (source
 * rsd-de-liemers-kostendelersnorm): 917,02 / 794,75 / 733,62 / 696,94 / 672,48.
 */
const EXPECTED: { period: string; b: number; amounts: number[] }[] = [
  // 2015-01: B = 1372,62. A=3: 1372,62 × 13/30 = 594,802 → 594,80.
  {
    period: "2015-01-01",
    b: 137_262,
    amounts: [96_083, 68_631, 59_480, 54_905, 52_160, 50_329, 49_022, 48_042],
  },
  // 2022-07: B = 1574,03 (last period with kostendelers from 21). A=2: 787,015 → 787,02.
  {
    period: "2022-07-01",
    b: 157_403,
    amounts: [110_182, 78_702, 68_208, 62_961, 59_813, 57_714, 56_215, 55_091],
  },
  // 2023-01: B = 1708,08.
  {
    period: "2023-01-01",
    b: 170_808,
    amounts: [119_566, 85_404, 74_017, 68_323, 64_907, 62_630, 61_003, 59_783],
  },
  // 2024-01: B = 1834,04 (published table, see above).
  {
    period: "2024-01-01",
    b: 183_404,
    amounts: [128_383, 91_702, 79_475, 73_362, 69_694, 67_248, 65_501, 64_191],
  },
  // 2024-07: B = 1869,21. A=2: 934,605 → 934,61 (published, half-up).
  {
    period: "2024-07-01",
    b: 186_921,
    amounts: [130_845, 93_461, 80_999, 74_768, 71_030, 68_538, 66_758, 65_422],
  },
  // 2026-01: B = 2002,13. A=1 gives 1401,49; the law's alleenstaandennorm is 1401,50.
  {
    period: "2026-01-01",
    b: 200_213,
    amounts: [140_149, 100_107, 86_759, 80_085, 76_081, 73_411, 71_505, 70_075],
  },
  // 2025-07 with AOW age: B = art. 22 gehuwdennorm 2094,98.
  {
    period: "2025-07-01",
    b: 209_498,
    amounts: [146_649, 104_749, 90_782, 83_799, 79_609, 76_816, 74_821, 73_324],
  },
];

describe("calculateKostendelersnorm (art. 22a lid 1)", () => {
  for (const { period, b, amounts } of EXPECTED) {
    it(`gives the formula's amounts for A = 1..8 in ${period}`, () => {
      expect(amounts.map((_, i) => calculateKostendelersnorm(params, b, i + 1, period))).toEqual(
        amounts,
      );
    });
  }
  it("uses the gehuwdennorm from the data for B", () => {
    expect(params.norms["2024-01-01"]?.["gehuwden-21"]?.cent).toBe(183_404);
    expect(params.norms["2026-01-01"]?.["gehuwden-21"]?.cent).toBe(200_213);
  });
  it("rejects A below 1", () => {
    expect(() => calculateKostendelersnorm(params, 100_000, 0, "2024-01-01")).toThrow(RangeError);
  });
});

describe("describeKostendelersShare", () => {
  it("writes the exact fractions", () => {
    const shares = [1, 2, 3, 4, 5, 6, 7, 8].map((a) =>
      describeKostendelersShare(params, a, "2024-01-01"),
    );
    expect(shares).toEqual(["70%", "50%", "43⅓%", "40%", "38%", "36⅔%", "35 5/7%", "35%"]);
  });
});

describe("countKostendelers (art. 19a lid 1)", () => {
  it("counts housemates from 21 until 2022 and from 27 from 2023", () => {
    const home = [{ age: 21 }, { age: 26 }, { age: 27 }, { age: 60 }];
    expect(countKostendelers(params, home, "2022-12-01")).toBe(4);
    expect(countKostendelers(params, home, "2023-01-01")).toBe(2);
  });
  it("does not count commercial tenants and students", () => {
    const home = [
      { age: 40, status: "commercieel" as const },
      { age: 30, status: "student" as const },
      { age: 30 },
    ];
    expect(countKostendelers(params, home, "2024-01-01")).toBe(1);
  });
  it("does not count a temporary mantelzorger from 2026 (art. 22a lid 4)", () => {
    const home = [{ age: 45, status: "mantelzorg" as const }];
    expect(countKostendelers(params, home, "2025-12-01")).toBe(1);
    expect(countKostendelers(params, home, "2026-01-01")).toBe(0);
  });
});
