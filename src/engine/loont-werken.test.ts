import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ok, person, toeslagenParams } from "../../tests/fixtures/engine.ts";
import { calculateHousehold, type HouseholdInput } from "./household.ts";
import { calculateInkomstenbelasting } from "./inkomstenbelasting.ts";
import {
  calculateHoursSeries,
  grossPerMonth,
  MAX_UREN,
  minimumHourlyWage,
  netWageFromGross,
} from "./loont-werken.ts";

const P = toeslagenParams;

describe("minimumHourlyWage (WML art. 8, 14; Besluit minimumjeugdloon art. 2)", () => {
  it("gives the published hourly amounts of data/minimumloon.csv", () => {
    // Rijksoverheid, 'brutobedragen per 1 januari 2024': € 13,27 (21+), € 10,62 (20), € 6,64 (18).
    expect(ok(minimumHourlyWage(P, "2024-01", 35)).hourCent).toBe(1_327);
    expect(ok(minimumHourlyWage(P, "2024-03", 20)).hourCent).toBe(1_062);
    expect(ok(minimumHourlyWage(P, "2024-06", 18)).hourCent).toBe(664);
    // Rijksoverheid, 'brutobedragen per 1 juli 2024': € 13,68 (21+).
    expect(ok(minimumHourlyWage(P, "2024-07", 21)).hourCent).toBe(1_368);
    // SVB, 'Vanaf 1 januari 2025', kolom Uurloon: € 14,06.
    const r = ok(minimumHourlyWage(P, "2025-02", 40));
    expect(r.hourCent).toBe(1_406);
    expect(r.validFrom).toBe("2025-01-01");
    expect(r.ageGroup).toBe("21+");
    expect(r.sources).toEqual(["svb-minimumlonen-2025-01"]);
  });

  it("never carries an amount into another half year or age", () => {
    // The youth amounts of 1 July 2026 were not found (dataset description): unknown, not January's.
    const youth = minimumHourlyWage(P, "2026-08", 19);
    expect(youth.ok).toBe(false);
    if (!youth.ok) expect(youth.problems[0]?.message).toMatch(/19-jarigen/);
    expect(minimumHourlyWage(P, "2027-01", 35).ok).toBe(false);
    expect(minimumHourlyWage(P, "2023-12", 35).ok).toBe(false);
    expect(minimumHourlyWage(P, "2026-01", 14).ok).toBe(false);
  });
});

describe("grossPerMonth and netWageFromGross (annual formula)", () => {
  it("takes 52/12 weeks a month, half up to the cent", () => {
    // € 14,71 × 36 × 52 / 12 = € 2.294,76.
    expect(grossPerMonth(1_471, 36)).toBe(229_476);
    expect(grossPerMonth(1_471, 0)).toBe(0);
    // 1.327 × 1 × 52 / 12 = 5.750,33… → 5.750.
    expect(grossPerMonth(1_327, 1)).toBe(5_750);
  });

  it("is the gross minus a twelfth of the year's tax and premies (Wet IB 2001 art. 2.10, 8.10, 8.11)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2024, 2025, 2026),
        fc.integer({ min: 0, max: 1_500_000 }),
        (year, gross) => {
          const r = ok(netWageFromGross(P, year, gross, 35));
          const ib = ok(
            calculateInkomstenbelasting(P, {
              year,
              belastbaarInkomenCent: 12 * gross,
              arbeidsinkomenCent: 12 * gross,
            }),
          );
          expect(r.nettoCent).toBe(gross - Math.floor((ib.teBetalenCent + 6) / 12));
          expect(r.nettoCent).toBeLessThanOrEqual(gross);
          expect(r.nettoCent).toBeGreaterThan(gross / 2 - 1);
        },
      ),
    );
  });

  it("says in Dutch when the tax year is missing or the person has AOW age", () => {
    const r = netWageFromGross(P, 2027, 200_000, 35);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/2027/);
    const aow = netWageFromGross(P, 2026, 200_000, 70);
    expect(aow.ok).toBe(false);
    if (!aow.ok) expect(aow.problems[0]?.field).toBe("leeftijd");
  });
});

const household = fc.record({
  date: fc.constantFrom("2024-01", "2024-09", "2025-03", "2025-07", "2026-01", "2026-10"),
  leefvorm: fc.constantFrom("alleenstaand", "alleenstaande-ouder", "samenwonend") as fc.Arbitrary<
    HouseholdInput["leefvorm"]
  >,
  age: fc.integer({ min: 21, max: 60 }),
  partnerAge: fc.integer({ min: 21, max: 60 }),
  housemates: fc.array(
    fc.integer({ min: 18, max: 60 }).map((age) => ({ age })),
    {
      maxLength: 2,
    },
  ),
  month: fc.integer({ min: 1, max: 40 }),
  childUnder12: fc.boolean(),
  urenbeperking: fc.boolean(),
  uurloon: fc.integer({ min: 500, max: 4_000 }),
});

describe("calculateHoursSeries", () => {
  it("runs from 0 to 40 hours; an alleenstaande on minimum wage loses the bijstand", () => {
    const s = ok(calculateHoursSeries(P, person(), 1_471));
    expect(s.points.map((p) => p.uren)).toEqual([...Array(MAX_UREN + 1).keys()]);
    expect(s.points[0]?.nettoCent).toBe(0);
    expect(s.points[0]?.uitkeringCent).toBeGreaterThan(0);
    const stop = s.markers.find((m) => m.kind === "bijstand-stopt");
    expect(stop).toBeDefined();
    const at = stop?.uren ?? 0;
    expect(s.points[at]?.uitkeringCent).toBe(0);
    expect(s.points[at - 1]?.uitkeringCent).toBeGreaterThan(0);
    // The zorgtoeslag is a scheme of the household and has an amount at 0 hours.
    expect(s.points[0]?.schemes.zorgtoeslag).toBeGreaterThan(0);
    expect(s.leftOut).toEqual([]);
  });

  it("matches the household engine at every hour", () => {
    const input = person({ leefvorm: "samenwonend", partnerAge: 40 });
    const s = ok(calculateHoursSeries(P, input, 1_471));
    for (const p of s.points) {
      const h = ok(calculateHousehold(P, { ...input, nettoCent: p.nettoCent }));
      expect(h.huishoudinkomenCent).toBe(p.huishoudinkomenCent);
    }
  });

  it("with children, rent and a partner's earnings: the parts of every hour add up to the total", () => {
    const input: HouseholdInput = {
      ...person({ leefvorm: "samenwonend", partnerAge: 40, partnerNettoCent: 80_000 }),
      kinderen: [4, 9],
      huurCent: 65_000,
    };
    const s = ok(calculateHoursSeries(P, input, 1_471));
    expect(Object.keys(s.points[0]?.schemes ?? {}).sort()).toEqual([
      "huurtoeslag",
      "kinderbijslag",
      "kindgebonden-budget",
      "zorgtoeslag",
    ]);
    for (const p of s.points) {
      expect(p.partnerNettoCent).toBe(80_000);
      const schemes = Object.values(p.schemes).reduce((a, b) => a + (b ?? 0), 0);
      expect(p.nettoCent + p.partnerNettoCent + p.uitkeringCent + p.premieCent + schemes).toBe(
        p.huishoudinkomenCent,
      );
    }
    // Without a partner's earnings the part is 0.
    expect(
      ok(calculateHoursSeries(P, person(), 1_471)).points.every((p) => p.partnerNettoCent === 0),
    ).toBe(true);
  });

  it("by property: income rises with hours except at reported cliffs; every cliff is real; no NaN", () => {
    fc.assert(
      fc.property(household, (h) => {
        const input: HouseholdInput = {
          ...person(),
          date: h.date,
          leefvorm: h.leefvorm,
          age: h.age,
          partnerAge: h.leefvorm === "samenwonend" ? h.partnerAge : null,
          housemates: h.housemates,
          month: h.month,
          childUnder12: h.leefvorm !== "alleenstaand" && h.childUnder12,
          urenbeperking: h.urenbeperking,
        };
        const s = ok(calculateHoursSeries(P, input, h.uurloon));
        expect(s.points).toHaveLength(MAX_UREN + 1);
        for (let i = 0; i < s.points.length; i++) {
          const p = s.points[i];
          if (!p) throw new Error("missing point");
          for (const v of [p.brutoCent, p.nettoCent, p.huishoudinkomenCent, p.uitkeringCent])
            expect(Number.isSafeInteger(v)).toBe(true);
          if (p.marginalRate !== null) expect(Number.isFinite(p.marginalRate)).toBe(true);
          const q = s.points[i + 1];
          if (!q) {
            expect(p.nextHourCent).toBeNull();
            continue;
          }
          if (!p.cliff) expect(q.huishoudinkomenCent).toBeGreaterThanOrEqual(p.huishoudinkomenCent);
          else {
            expect(s.cliffs).toContain(p.uren);
            // Recomputed by the household engine on its own: the drop is real.
            const a = ok(calculateHousehold(P, { ...input, nettoCent: p.nettoCent }));
            const b = ok(calculateHousehold(P, { ...input, nettoCent: q.nettoCent }));
            expect(b.huishoudinkomenCent).toBeLessThan(a.huishoudinkomenCent);
          }
        }
        for (const m of s.markers) expect(m.uren).toBeGreaterThan(0);
        const hours = s.markers.map((m) => m.uren);
        expect(hours).toEqual([...hours].sort((x, y) => x - y));
      }),
      { numRuns: 60 },
    );
  });

  it("fails with a Dutch message where a year's rules are missing, and for a bad wage", () => {
    const late = calculateHoursSeries(P, person({ date: "2027-01" }), 1_500);
    expect(late.ok).toBe(false);
    expect(calculateHoursSeries(P, person(), 0).ok).toBe(false);
    expect(calculateHoursSeries(P, person(), 1.5).ok).toBe(false);
    const aow = calculateHoursSeries(P, person({ age: 70 }), 1_500);
    expect(aow.ok).toBe(false);
  });
});
