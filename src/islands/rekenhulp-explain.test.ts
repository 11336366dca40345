import { describe, expect, it } from "vitest";
import { ok, params, person } from "../../tests/fixtures/engine.ts";
import { calculateMonth, resolveMonth } from "../engine/index.ts";
import { buildSum, describeKostendelers, describeNext } from "./rekenhulp-explain.ts";

const setup = (overrides: Parameters<typeof person>[0]) => {
  const input = person(overrides);
  const r = ok(calculateMonth(params, input));
  const context = ok(resolveMonth(params, input)).context;
  return { input, r, context };
};

describe("buildSum", () => {
  it("a single person of 35 in January 2026 earning € 600 in month 2", () => {
    // Worked by hand: norm alleenstaande 21+ 1 January 2026 € 1.401,50 (data/bijstandsnormen.csv);
    // VT 5% = 70,075 → 70,08; without VT 1.331,42. Vrijlating n 25% of 600 = 150 (max 285).
    // Counts 450; bijstand 1.331,42 − 450 = 881,42; total 600 + 881,42 = 1.481,42.
    const { r, context } = setup({ nettoCent: 60_000, month: 2 });
    const sum = Object.fromEntries(
      buildSum(params, r, context, "2026-01-01").map((l) => [l.name, l.amount.replace(/\s/g, " ")]),
    );
    expect(sum).toEqual({
      norm: "€ 1.401,50",
      vakantietoeslag: "€ 70,08",
      normzonder: "€ 1.331,42",
      netto: "€ 600,00",
      vrijlating: "€ 150,00",
      verrekend: "€ 450,00",
      uitkering: "€ 881,42",
      premie: "€ 0,00",
      totaal: "€ 1.481,42",
    });
  });
});

describe("describeNext", () => {
  it("names the 30 months of 12,5% that follow the 6 months of 25% for a single parent", () => {
    const { input, r, context } = setup({
      leefvorm: "alleenstaande-ouder",
      childUnder12: true,
      month: 6,
      nettoCent: 60_000,
    });
    const text = describeNext(params, input, r, context).join(" ").replace(/\s/g, " ");
    // Month 6 is January 2026; month 7 February 2026; month 36 is 30 months later, July 2028.
    expect(text).toMatch(/Nu, in maand 6 \(januari 2026\): vrijlating voor inkomsten uit arbeid/);
    expect(text).toMatch(/van maand 7 \(februari 2026\) tot en met maand 36 \(juli 2028\)/);
    expect(text).toMatch(/12,5%/);
    expect(text).toMatch(/vanaf maand 37 \(augustus 2028\): geen vrijlating/);
  });
});

describe("describeKostendelers", () => {
  it("says why a housemate of 24 counts in 2022 and not in 2023 (art. 19a lid 1: 21, then 27)", () => {
    const before = setup({ date: "2022-12", housemates: [{ age: 24 }] });
    const after = setup({ date: "2023-01", housemates: [{ age: 24 }] });
    const a = describeKostendelers(params, before.input, "2022-12-01", before.r).join(" ");
    const b = describeKostendelers(params, after.input, "2023-01-01", after.r).join(" ");
    expect(a).toMatch(/vanaf 21 jaar/);
    expect(a).toMatch(/Vanaf 1 januari 2023 wordt dat 27 jaar/);
    expect(a).toMatch(/24 jaar: telt mee/);
    expect(a).toMatch(/tellen dus 2 personen mee/);
    expect(b).toMatch(/24 jaar: telt niet mee, want jonger dan 27/);
    expect(b).toMatch(/daarvoor was het vanaf 21 jaar/);
  });
  it("is empty without housemates", () => {
    const { input, r } = setup({});
    expect(describeKostendelers(params, input, "2026-01-01", r)).toEqual([]);
  });
});
