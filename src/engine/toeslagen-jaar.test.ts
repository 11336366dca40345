import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ok, toeslagenParams as params, person } from "../../tests/fixtures/engine.ts";
import {
  type ReceivedMonth,
  settleToeslagenYear,
  type ToeslagenYear,
  toeslagenFromMonth,
  toeslagenOverTimeline,
} from "./toeslagen-jaar.ts";
import { simulateTimeline } from "./verrekening.ts";

// The published and the Dienst's own examples of settleAdvances are data: examples/toeslagen-jaar.yaml.

const single = person({ leefvorm: "alleenstaande-ouder", childUnder12: true, date: "2026-03" });
const household = { ...single, kinderen: [4], huurCent: 65_000 };

/** A year of months: `wage[i]` own net wage, bijstand and partner as given. */
const monthsOf = (wage: readonly number[], bijstand: readonly number[]): ReceivedMonth[] =>
  wage.map((w, i) => ({ ownNettoCent: w, partnerNettoCent: 0, bijstandCent: bijstand[i] ?? 0 }));

const FULL_BIJSTAND = 150_000;
const yearArb = fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 12, maxLength: 12 });

function settle(wage: readonly number[], reportMonth: number | null): ToeslagenYear {
  const bijstand = wage.map((w) => Math.max(0, FULL_BIJSTAND - w));
  return ok(
    settleToeslagenYear(params, {
      household,
      actual: monthsOf(wage, bijstand),
      estimate: monthsOf(Array(12).fill(0), Array(12).fill(FULL_BIJSTAND)),
      reportMonth,
    }),
  );
}

describe("settleToeslagenYear: properties", () => {
  it("advances plus the settlements equal the definitive yearly amount, reported or not", () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 1, max: 12 }), (wage, report) => {
        const y = settle(wage, report);
        for (const s of y.schemes) {
          if (s.status !== "bedrag") continue;
          const n = s.notReported;
          // The advances counted month by month, independently of the engine's sums.
          expect(n.advancesCent).toBe(12 * n.advanceMonthCent);
          expect(n.advancesCent + n.afterYearCent).toBe(s.definitiveCent);
          const r = s.reported;
          if (!r) throw new Error("reported expected");
          const paid = (report - 1) * r.advanceBeforeCent + (12 - (report - 1)) * r.advanceFromCent;
          expect(r.advancesCent).toBe(paid);
          expect(r.advancesCent + r.revisionCent + r.afterYearCent).toBe(s.definitiveCent);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("reported in time, only the rounding of the monthly amounts is left after the year", () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 1, max: 12 }), (wage, report) => {
        for (const s of settle(wage, report).schemes)
          if (s.status === "bedrag")
            // At most 12 × less than € 1 (whole euros down) plus € 0,50 (the year half up).
            expect(Math.abs(s.reported?.afterYearCent ?? 0)).toBeLessThan(1_250);
      }),
      { numRuns: 60 },
    );
  });

  it("no toeslag rises when a month's wage rises and the bijstand stays", () => {
    // With the bijstand held, more wage is more income. (Swapping bijstand for the same net wage
    // can raise a toeslag: the arbeidskorting makes that wage's gross amount lower.)
    const year = (wage: readonly number[]) =>
      ok(
        settleToeslagenYear(params, {
          household,
          actual: monthsOf(wage, Array(12).fill(60_000)),
          estimate: monthsOf(Array(12).fill(0), Array(12).fill(FULL_BIJSTAND)),
          reportMonth: null,
        }),
      ).schemes;
    fc.assert(
      fc.property(yearArb, fc.nat(11), fc.integer({ min: 1, max: 200_000 }), (wage, i, extra) => {
        const a = year(wage);
        const b = year(wage.map((w, j) => (j === i ? w + extra : w)));
        for (const [k, s] of a.entries()) {
          const t = b[k];
          if (s.status === "bedrag" && t?.status === "bedrag")
            expect(t.definitiveCent).toBeLessThanOrEqual(s.definitiveCent);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("the definitive amount follows the yearly income, not the month it was earned in", () => {
    fc.assert(
      fc.property(yearArb, (wage) => {
        const a = settle(wage, null);
        const b = settle([...wage].reverse(), null);
        expect(b.toetsingsinkomen).toEqual(a.toetsingsinkomen);
        expect(b.schemes.map((s) => s.status === "bedrag" && s.definitiveCent)).toEqual(
          a.schemes.map((s) => s.status === "bedrag" && s.definitiveCent),
        );
      }),
      { numRuns: 30 },
    );
  });

  it("a year without work: the estimate was right, definitive = estimated", () => {
    const y = settle(Array(12).fill(0), null);
    expect(y.schemes.map((s) => s.id)).toEqual([
      "zorgtoeslag",
      "huurtoeslag",
      "kindgebonden-budget",
    ]);
    for (const s of y.schemes) {
      if (s.status !== "bedrag") throw new Error(s.reason);
      expect(s.definitiveCent).toBe(s.estimatedCent);
      expect(s.reported).toBeNull();
    }
  });

  it("names the terugvorderingsgrens of the year after (art. 26a: € 121 in the 2026 text), and none for 2027", () => {
    const y2025 = ok(
      settleToeslagenYear(params, {
        household: { ...household, date: "2025-03" },
        actual: monthsOf(Array(12).fill(0), Array(12).fill(FULL_BIJSTAND)),
        estimate: monthsOf(Array(12).fill(0), Array(12).fill(FULL_BIJSTAND)),
        reportMonth: null,
      }),
    );
    expect(y2025.terugvorderingsgrensCent).toBe(12_100);
    expect(y2025.decisionByDate).toBe("31 december 2026");
    expect(settle(Array(12).fill(0), null).terugvorderingsgrensCent).toBeNull();
  });

  it("rejects months that are not twelve amounts of 0 or more, in Dutch", () => {
    const r = settleToeslagenYear(params, {
      household,
      actual: monthsOf([1, 2], [0, 0]),
      estimate: monthsOf(Array(12).fill(0), Array(12).fill(0)),
      reportMonth: null,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/twaalf maanden/);
  });
});

describe("toeslagenFromMonth and toeslagenOverTimeline", () => {
  it("work from January: reported at once, nothing to settle at a revision", () => {
    const y = ok(toeslagenFromMonth(params, { ...household, date: "2026-01", nettoCent: 300_000 }));
    for (const s of y.schemes) if (s.status === "bedrag") expect(s.reported?.revisionCent).toBe(0);
  });

  it("well paid work from April, not reported: every income-tested toeslag is claimed back in part", () => {
    // € 3.000 net a month from April ends the bijstand; the yearly income then lies above the
    // thresholds of all three (toetsingsinkomen above € 29.736, the 2026 drempel for zorgtoeslag).
    const y = ok(toeslagenFromMonth(params, { ...household, date: "2026-04", nettoCent: 300_000 }));
    expect(y.toetsingsinkomen?.gezamenlijkCent ?? 0).toBeGreaterThan(2_973_600);
    for (const s of y.schemes) {
      if (s.status !== "bedrag") throw new Error(s.reason);
      expect(s.notReported.afterYearCent).toBeLessThan(0);
      expect(s.reported?.reportMonth).toBe(4);
      // Reported, the lower advances from April (or the claim at once) leave only rounding after.
      expect(Math.abs(s.reported?.afterYearCent ?? 0)).toBeLessThan(1_250);
    }
  });

  it("a timeline over two years settles each year; months outside the span are counted and named", () => {
    const { date: _d, month: _m, nettoCent: _n, ...p } = single;
    const input = {
      person: p,
      startDate: "2025-10",
      startMonth: 1,
      earningsCent: [50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000],
      method: "vooraf" as const,
    };
    const t = simulateTimeline(params, input);
    if (!t.ok) throw new Error(JSON.stringify(t.problems));
    const years = toeslagenOverTimeline(params, input, t.rows, { kinderen: [4], huurCent: 65_000 });
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    const [a, b] = years;
    if (!a?.ok || !b?.ok) throw new Error("both years expected");
    expect([a.filledBefore, a.filledAfter]).toEqual([9, 0]);
    expect([b.filledBefore, b.filledAfter]).toEqual([0, 6]);
    // Work starts in the first month of the span (startMonth 1): January–September 2025 count
    // without work, so the new income is reported in October 2025 and in January 2026.
    expect(a.schemes.find((s) => s.status === "bedrag" && s.reported)?.status).toBe("bedrag");
    const reportedIn = (y: typeof a) =>
      y.schemes.flatMap((s) =>
        s.status === "bedrag" && s.reported ? [s.reported.reportMonth] : [],
      );
    expect(new Set(reportedIn(a))).toEqual(new Set([10]));
    expect(new Set(reportedIn(b))).toEqual(new Set([1]));
  });
});
