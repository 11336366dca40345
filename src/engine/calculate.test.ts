import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { params, person } from "../../tests/fixtures/engine.ts";
import {
  calculateCurve,
  calculateMarginal,
  calculateMonth,
  resolveMonth,
  settleMonth,
} from "./calculate.ts";
import type { Housemate, MonthInput } from "./types.ts";

// Worked examples of calculateMonth are in examples/maand.yaml.
describe("calculateMonth: bad input", () => {
  it("reports bad input per field in Dutch", () => {
    const r = calculateMonth(
      params,
      person({ date: "2030-01", age: 12, nettoCent: -5, regime: "nergens" }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.field).sort()).toEqual(["datum", "leeftijd", "netto"]);
  });
  it("requires the partner's age for a couple", () => {
    const r = calculateMonth(params, person({ leefvorm: "samenwonend", partnerAge: null }));
    expect(r.ok).toBe(false);
  });
});

describe("calculateMarginal", () => {
  it("keeps € 25 of an extra € 100 in the n period and nothing after it", () => {
    const c = resolveMonth(params, person({ month: 2 }));
    if (!c.ok) throw new Error("no context");
    expect(calculateMarginal(c.context, 40_000).keepCent).toBe(2_500);
    const later = resolveMonth(params, person({ month: 8 }));
    if (!later.ok) throw new Error("no context");
    expect(calculateMarginal(later.context, 40_000)).toEqual({ keepCent: 0, rate: 1 });
  });
});

describe("calculateCurve", () => {
  it("gives one series per regime and reasons for unusable ones", () => {
    const series = calculateCurve(
      params,
      person({ date: "2019-01" }),
      ["landelijk", "experiment-groningen", "amsterdam"],
      0,
      300_000,
      1_000,
    );
    expect(series.map((s) => [s.regime, s.ok])).toEqual([
      ["landelijk", true],
      ["experiment-groningen", true],
      ["amsterdam", false],
    ]);
    expect(series[0]?.points).toHaveLength(301);
    expect(series[2]?.problems[0]?.field).toBe("regeling");
  });
  it("rejects a bad range", () => {
    expect(() => calculateCurve(params, person(), ["landelijk"], 100, 0, 10)).toThrow(RangeError);
  });
});

// --- Properties -------------------------------------------------------------------------------

const regimeIds = params.regimes.map((r) => r.id);
const months = (() => {
  const out: string[] = [];
  for (let y = 2015; y <= 2026; y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, "0")}`);
  return out.filter((d) => `${d}-01` <= params.lastDate);
})();

const housemate: fc.Arbitrary<Housemate> = fc.record({
  age: fc.integer({ min: 18, max: 100 }),
  status: fc.constantFrom<NonNullable<Housemate["status"]>>(
    "kostendeler",
    "commercieel",
    "student",
    "mantelzorg",
  ),
});

const inputArb: fc.Arbitrary<MonthInput> = fc.record({
  date: fc.constantFrom(...months),
  leefvorm: fc.constantFrom("alleenstaand", "alleenstaande-ouder", "samenwonend") as fc.Arbitrary<
    MonthInput["leefvorm"]
  >,
  age: fc.integer({ min: 18, max: 100 }),
  partnerAge: fc.integer({ min: 18, max: 100 }),
  housemates: fc.array(housemate, { maxLength: 6 }),
  nettoCent: fc.integer({ min: 0, max: 10_000_000 }),
  month: fc.integer({ min: 1, max: 600 }),
  childUnder12: fc.boolean(),
  urenbeperking: fc.boolean(),
  loonkostensubsidie: fc.boolean(),
  jongerenverhoging: fc.boolean(),
  mantelzorg: fc.boolean(),
  regime: fc.constantFrom(...regimeIds),
});

const finite = (n: number) => Number.isFinite(n) && Number.isSafeInteger(n);

describe("properties (fast-check)", () => {
  it("never negative, parts add up, only finite integers, or Dutch problems", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = calculateMonth(params, input);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.message).toMatch(/^[^<>]+$/);
          return;
        }
        for (const v of [
          r.normCent,
          r.vrijlatingCent,
          r.uitkeringCent,
          r.premieCent,
          r.totaalCent,
          r.vakantietoeslagCent,
        ]) {
          expect(finite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(r.totaalCent).toBe(r.nettoCent + r.uitkeringCent + r.premieCent);
        expect(r.uitkeringCent).toBe(
          Math.max(0, r.normExclVtCent - (r.nettoCent - r.vrijlatingCent)),
        );
        expect(r.normExclVtCent + r.vakantietoeslagCent).toBe(r.normCent);
        expect(r.vrijlatingCent).toBeLessThanOrEqual(r.nettoCent);
      }),
      { numRuns: 2000 },
    );
  });

  it("under landelijk, total income never falls when earnings rise", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 9_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (input, a, d) => {
          const c = resolveMonth(params, { ...input, regime: "landelijk" });
          if (!c.ok) return;
          expect(settleMonth(c.context, a + d).totaalCent).toBeGreaterThanOrEqual(
            settleMonth(c.context, a).totaalCent,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("under landelijk, each extra cent leaves between 0 and 1 cent", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 500_000 }), (input, a) => {
        const c = resolveMonth(params, { ...input, regime: "landelijk" });
        if (!c.ok) return;
        const diff =
          settleMonth(c.context, a + 1).totaalCent - settleMonth(c.context, a).totaalCent;
        expect(diff === 0 || diff === 1).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("the order of housemates does not matter", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = { ...input, housemates: [...(input.housemates ?? [])].reverse() };
        const sorted = {
          ...input,
          housemates: [...(input.housemates ?? [])].sort((x, y) => x.age - y.age),
        };
        const a = calculateMonth(params, input);
        expect(calculateMonth(params, reversed)).toEqual(a);
        expect(calculateMonth(params, sorted)).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it("garbage input gives problems, not NaN or exceptions", () => {
    const junk = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.constant(Number.NaN),
      fc.constant(Infinity),
    );
    fc.assert(
      fc.property(inputArb, junk, junk, junk, (input, x, y, z) => {
        const bad = {
          ...input,
          age: x,
          nettoCent: y,
          month: z,
          date: String(x),
        } as unknown as MonthInput;
        const r = calculateMonth(params, bad);
        if (r.ok) {
          expect(finite(r.totaalCent)).toBe(true);
        } else {
          expect(r.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every curve point is finite and adds up", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const s of calculateCurve(params, input, regimeIds, 0, 300_000, 5_000)) {
          for (const p of s.points) {
            expect(p.totaalCent).toBe(p.nettoCent + p.uitkeringCent + p.premieCent);
            expect(Number.isFinite(p.marginalRate)).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
