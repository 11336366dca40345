import { describe, expect, it } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import {
  calculateKostendelersnorm,
  classifyHousemates,
  countKostendelers,
  describeKostendelersShare,
} from "./kostendelers.ts";

// The formula's amounts for A = 1..8 in seven periods are worked examples in
// examples/kostendelersnorm.yaml.

describe("calculateKostendelersnorm (art. 22a lid 1)", () => {
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

describe("classifyHousemates (art. 19a lid 1)", () => {
  // Worked by hand from art. 19a lid 1: until 31-12-2022 a housemate counts from 21, from
  // 1-1-2023 from 27; a student with studiefinanciering or a commercial tenant never counts.
  const house = [{ age: 19 }, { age: 24 }, { age: 30 }, { age: 35, status: "student" as const }];
  it("in 2022 counts everyone of 21 or older who is no exception", () => {
    const v = classifyHousemates(params, house, "2022-12-01");
    expect(v.map((h) => [h.counts, h.reason])).toEqual([
      [false, "te-jong"],
      [true, "telt"],
      [true, "telt"],
      [false, "student"],
    ]);
    expect(v[0]?.minAge).toBe(21);
  });
  it("from 2023 the housemate of 24 no longer counts", () => {
    const v = classifyHousemates(params, house, "2023-01-01");
    expect(v.map((h) => h.counts)).toEqual([false, false, true, false]);
    expect(v[1]?.reason).toBe("te-jong");
    expect(v[1]?.minAge).toBe(27);
    expect(countKostendelers(params, house, "2023-01-01")).toBe(1);
  });
});
