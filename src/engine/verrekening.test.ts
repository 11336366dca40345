import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ok, params } from "../../tests/fixtures/engine.ts";
import { calculateMonth } from "./calculate.ts";
import { toMonthStart } from "./period.ts";
import type { Leefvorm } from "./types.ts";
import {
  addMonths,
  SETTLEMENT_METHODS,
  type SettlementMethod,
  simulateTimeline,
  type TimelineInput,
  type TimelinePerson,
} from "./verrekening.ts";

/** A single person of 35 under the national rules. */
const single35: TimelinePerson = {
  leefvorm: "alleenstaand",
  age: 35,
  partnerAge: null,
  housemates: [],
  childUnder12: false,
  urenbeperking: false,
  regime: "landelijk",
};

function timeline(overrides: Partial<TimelineInput>) {
  return ok(
    simulateTimeline(params, {
      person: single35,
      startDate: "2026-01",
      startMonth: 7,
      earningsCent: [0, 0, 0, 0, 0, 0],
      method: "vooraf",
      ...overrides,
    }),
  );
}

// Norms used below (data/bijstandsnormen.csv, alleenstaande-21, incl. vakantietoeslag):
//   2025-07-01: € 1.369,06 → VT 5% = 68,453 → 68,45 (half up); excl. VT 1.300,61
//   2026-01-01: € 1.401,50 → VT 5% = 70,075 → 70,08 (half up); excl. VT 1.331,42
// Vrijlating n (data/vrijlatingen.csv) 2026-01-01: 25%, max € 285 a month, months 1–6 only.

describe("achteraf: the one-month lag", () => {
  it("settles July's earnings against August's bijstand", () => {
    // Month 7 since work started: no vrijlating any more, so all € 500 counts.
    // July: right 1.300,61 − 500 = 800,61; paid the full norm 1.300,61 (income not known yet).
    // August: paid 1.300,61, of which the € 500 of July is withheld → 800,61 received.
    const t = timeline({
      startDate: "2025-07",
      earningsCent: [50_000, 0, 0, 0, 0, 0],
      method: "achteraf",
    });
    const [jul, aug, sep] = t.rows;
    expect(jul?.entitlementCent).toBe(80_061);
    expect(jul?.bijstandCent).toBe(130_061);
    expect(jul?.totalCent).toBe(180_061);
    expect(aug?.withheldCent).toBe(50_000);
    expect(aug?.correctionCent).toBe(-50_000);
    expect(aug?.bijstandCent).toBe(80_061);
    expect(sep?.bijstandCent).toBe(130_061);
    expect(t.summary.repaymentMonths).toEqual([1]);
    expect(t.summary.claimAtEndCent).toBe(0);
  });
  it("carries December's earnings into January, under January's new norm", () => {
    // Oct–Dec 2025 norm excl. VT 1.300,61; from 1 January 2026 1.331,42.
    // December € 600 → withheld in January: 1.331,42 − 600 = 731,42.
    const t = timeline({
      startDate: "2025-10",
      earningsCent: [0, 0, 60_000, 0, 0, 0],
      method: "achteraf",
    });
    expect(t.rows[2]?.bijstandCent).toBe(130_061);
    expect(t.rows[3]?.normCent).toBe(133_142);
    expect(t.rows[3]?.bijstandCent).toBe(73_142);
    expect(t.rows[3]?.events).toContain("nieuwe-bedragen");
  });
  it("vooraf settles in the same month", () => {
    const t = timeline({ startDate: "2025-07", earningsCent: [50_000, 0, 0, 0, 0, 0] });
    expect(t.rows[0]?.bijstandCent).toBe(80_061);
    expect(t.rows[1]?.bijstandCent).toBe(130_061);
    expect(t.summary.repaymentMonths).toEqual([]);
  });
});

describe("schatting: the correction is estimate − payslip after vrijlating", () => {
  // January 2026, months 1–6 since work started: vrijlating 25%, max € 285.
  // Estimate € 400 → vrijlating 100 → counted 300 → paid 1.331,42 − 300 = 1.031,42 every month.
  const t = timeline({
    startMonth: 1,
    earningsCent: [40_000, 70_000, 20_000, 40_000, 40_000, 40_000],
    method: "schatting",
    estimateCent: 40_000,
  });
  it("pays on the estimate", () => {
    for (const r of t.rows) expect(r.paidCent).toBe(103_142);
  });
  it("withholds the difference of a higher payslip the next month", () => {
    // February: € 700 → vrijlating 175 → counted 525; right 1.331,42 − 525 = 806,42.
    // Difference 525 − 300 = 225,00 (the person got 225 too much), withheld in March.
    expect(t.rows[1]?.countedCent).toBe(52_500);
    expect(t.rows[1]?.entitlementCent).toBe(80_642);
    expect(t.rows[1]?.differenceCent).toBe(52_500 - 30_000);
    expect(t.rows[2]?.withheldCent).toBe(22_500);
    expect(t.rows[2]?.bijstandCent).toBe(103_142 - 22_500);
  });
  it("pays after the difference of a lower payslip", () => {
    // March: € 200 → vrijlating 50 → counted 150; the gemeente owes 300 − 150 = 150, paid in April.
    expect(t.rows[2]?.differenceCent).toBe(-15_000);
    expect(t.rows[3]?.paidAfterCent).toBe(15_000);
    expect(t.rows[3]?.bijstandCent).toBe(103_142 + 15_000);
  });
  it("leaves nothing open when the last months match the estimate", () => {
    expect(t.summary.claimAtEndCent).toBe(0);
    expect(t.summary.owedAtEndCent).toBe(0);
    // Rights: 1.031,42 + 806,42 + 1.181,42 + 3 × 1.031,42 = 6.113,52 = what was received.
    expect(t.summary.entitlementCent).toBe(611_352);
    expect(t.summary.bijstandCent).toBe(611_352);
  });
});

describe("claims at exit", () => {
  it("achteraf leaves a claim equal to the last salary earned in the bijstand", () => {
    // € 500 a month, no vrijlating (month 7+), then € 3.000: above the norm, no bijstand.
    // April's € 500 would be withheld in May, but May pays nothing: the € 500 stays open.
    const t = timeline({
      earningsCent: [50_000, 50_000, 50_000, 50_000, 300_000, 300_000],
      method: "achteraf",
    });
    expect(t.rows[4]?.entitlementCent).toBe(0);
    expect(t.rows[4]?.bijstandCent).toBe(0);
    expect(t.summary.outOfBijstandAtEnd).toBe(true);
    expect(t.summary.claimAtEndCent).toBe(50_000);
  });
  it("turns a debt that cannot be withheld within six months into a claim (art. 58 lid 4)", () => {
    // The € 500 of July 2025 can be withheld from August to January; all pay nothing.
    const t = timeline({
      startDate: "2025-07",
      earningsCent: [50_000, ...Array(9).fill(300_000)],
      method: "achteraf",
    });
    expect(t.rows[5]?.claimOpenCent).toBe(0);
    expect(t.rows[6]?.claimOpenCent).toBe(50_000);
    expect(t.rows[6]?.events).toContain("vordering");
    expect(t.summary.claimAtEndCent).toBe(50_000);
  });
  it("vooraf leaves no claim", () => {
    const t = timeline({ earningsCent: [50_000, 50_000, 50_000, 50_000, 300_000, 300_000] });
    expect(t.summary.claimAtEndCent).toBe(0);
  });
});

describe("the total after settlement: what is left once everything open is settled", () => {
  // Worked by hand (norm excl. VT from 1 July 2025: € 1.300,61; month 7+, so no vrijlating):
  // the right is 1.300,61 − earnings. Earnings [0,0,0,0,0,500] → rights 5 × 1.300,61 + 800,61 =
  // 7.303,66; with the € 500 earned: 7.803,66, whatever the method. Achteraf pays the full norm in
  // the last month (6 × 1.300,61 + 500 = 8.303,66 received) and leaves a claim of € 500.
  const earningsCent = [0, 0, 0, 0, 0, 50_000];
  it.each(SETTLEMENT_METHODS.filter((m) => m !== "ontvangst"))(
    "%s ends at € 7.803,66",
    (method) => {
      const t = timeline({ startDate: "2025-07", earningsCent, method, estimateCent: 20_000 });
      expect(t.summary.totalAfterSettlementCent).toBe(780_366);
    },
  );
  // ontvangst exists from 2026 (art. 32 as the Participatiewet in balans changes it). By hand: norm
  // excl. VT from 1 January 2026: 1.401,50 − 5% (70,08) = 1.331,42; rights 5 × 1.331,42 + 831,42 =
  // 7.488,52; with the € 500 earned: 7.988,52, the same for every method.
  it.each(SETTLEMENT_METHODS)("%s in 2026 ends at € 7.988,52", (method) => {
    const t = timeline({ startDate: "2026-01", earningsCent, method, estimateCent: 20_000 });
    expect(t.summary.totalAfterSettlementCent).toBe(798_852);
  });
  it("achteraf's total received is higher only by the open claim", () => {
    const t = timeline({ startDate: "2025-07", earningsCent, method: "achteraf" });
    expect(t.summary.totalCent).toBe(830_366);
    expect(t.summary.claimAtEndCent).toBe(50_000);
  });
  it("counts the premie saved but not yet paid", () => {
    // Amsterdam 2022 (30%, max € 219, paid June and November), € 500 a month for 12 months:
    // premie 150 a month, 1.800 in all, of which 300 is still saved at the end.
    const t = timeline({
      person: { ...single35, regime: "amsterdam" },
      startDate: "2022-01",
      earningsCent: Array(12).fill(50_000),
    });
    expect(t.summary.totalAfterSettlementCent - t.summary.totalCent).toBe(30_000);
  });
});

describe("premie payout months", () => {
  it("Amsterdam pays in June and November what was earned before", () => {
    // data/regelingen.csv, amsterdam: 30% of earnings, max € 219 a month, paid in June and November.
    // € 500 a month → premie 150 a month. June pays Jan–May = 5 × 150 = 750; November pays
    // Jun–Oct = 750; November and December (300) are still saved at the end.
    const t = timeline({
      person: { ...single35, regime: "amsterdam" },
      startDate: "2022-01",
      earningsCent: Array(12).fill(50_000),
    });
    expect(t.rows[0]?.premieEarnedCent).toBe(15_000);
    expect(t.rows.map((r) => r.premiePaidCent)).toEqual([
      0, 0, 0, 0, 0, 75_000, 0, 0, 0, 0, 75_000, 0,
    ]);
    expect(t.summary.premiePaidCent).toBe(150_000);
    expect(t.summary.premieSavedCent).toBe(30_000);
  });
  it("Wageningen pays every six months, counted from the first month with premie", () => {
    // wageningen: 25%, max € 215, "elke zes maanden". € 400 → 100 a month; paid in month 7
    // (April 2021): 6 × 100 = 600.
    const t = timeline({
      person: { ...single35, regime: "wageningen" },
      startDate: "2020-10",
      earningsCent: Array(12).fill(40_000),
    });
    expect(t.rows[6]?.premiePaidCent).toBe(60_000);
    expect(t.summary.premiePaidCent).toBe(60_000);
    expect(t.notes.join(" ")).toMatch(/zes maanden/);
  });
  it("a regime's end date: the Amsterdam experiment ends on 28 February 2021", () => {
    const t = timeline({
      person: { ...single35, regime: "amsterdam-experiment" },
      startDate: "2020-10",
      earningsCent: Array(6).fill(40_000),
    });
    expect(t.rows[4]?.regime).toBe("amsterdam-experiment");
    expect(t.rows[5]?.regime).toBe("landelijk");
    expect(t.rows[5]?.events).toContain("regeling");
    expect(t.rows[5]?.premieEarnedCent).toBe(0);
    // 50% of 400 = 200 = the maximum; five months saved, payout months not in any source.
    expect(t.summary.premieSavedCent).toBe(5 * 20_000);
    expect(t.summary.premiePaidCent).toBe(0);
  });
});

describe("rules that change inside the span", () => {
  it("the kostendeler age: a housemate of 24 stops counting on 1 January 2023", () => {
    // 2022: a housemate of 21+ is a kostendeler (A = 2): 50% of the gehuwdennorm 1.574,03 =
    // 787,015 → 787,02 incl. VT; VT 39,351 → 39,35; excl. 747,67.
    // 2023: only from 27 → alleenstaande-21 1.195,66; VT 59,783 → 59,78; excl. 1.135,88.
    const t = timeline({
      person: { ...single35, housemates: [{ age: 24 }] },
      startDate: "2022-10",
      earningsCent: Array(6).fill(0),
    });
    expect(t.rows[2]?.normCent).toBe(74_767);
    expect(t.rows[3]?.normCent).toBe(113_588);
    expect(t.rows[3]?.events).toContain("kostendelers");
  });
  it("the vrijlating ends after month 6", () => {
    const t = timeline({ startMonth: 5, earningsCent: Array(6).fill(40_000) });
    expect(t.rows.map((r) => r.vrijlatingCent)).toEqual([10_000, 10_000, 0, 0, 0, 0]);
    expect(t.summary.vrijlatingMonths).toBe(2);
    expect(t.rows[2]?.events).toContain("vrijlating");
  });
});

describe("bad input", () => {
  it("names the field in Dutch", () => {
    const r = simulateTimeline(params, {
      person: single35,
      startDate: "2026-01",
      startMonth: 1,
      earningsCent: [1, 2],
      method: "schatting",
      estimateCent: null,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field).sort()).toEqual(["inkomsten", "schatting"]);
  });
  it("refuses a span past the data", () => {
    const r = simulateTimeline(params, {
      person: single35,
      startDate: params.lastDate.slice(0, 7),
      startMonth: 1,
      earningsCent: Array(6).fill(0),
      method: "vooraf",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.field).toBe("datum");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const first = params.periods[0] as string;
const leefvormen: Leefvorm[] = ["alleenstaand", "alleenstaande-ouder", "samenwonend"];

const arbInput = fc
  .record({
    n: fc.integer({ min: 6, max: 36 }),
    method: fc.constantFrom<SettlementMethod>(...SETTLEMENT_METHODS),
    estimate: fc.integer({ min: 0, max: 200_000 }),
    startMonth: fc.integer({ min: 1, max: 40 }),
    leefvorm: fc.constantFrom(...leefvormen),
    age: fc.integer({ min: 18, max: 70 }),
    partnerAge: fc.integer({ min: 18, max: 70 }),
    housemates: fc.array(fc.integer({ min: 18, max: 40 }), { maxLength: 3 }),
    child: fc.boolean(),
    regime: fc.constantFrom(
      "landelijk",
      "landelijk",
      "amsterdam",
      "wageningen",
      "gedoogjaar-2026-jongeren",
      "artikel-34a-wettekst",
    ),
    startFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    earnings: fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 150_000 }),
        fc.constant(0),
        fc.integer({ min: 150_000, max: 400_000 }),
      ),
      { minLength: 36, maxLength: 36 },
    ),
  })
  .map((g): TimelineInput => {
    const lastStart = addMonths(toMonthStart(params.lastDate) as string, -(g.n - 1));
    const span =
      (Number(lastStart.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
      Number(lastStart.slice(5, 7)) -
      Number(first.slice(5, 7));
    const start = addMonths(first, Math.floor(g.startFraction * span));
    return {
      person: {
        leefvorm: g.leefvorm,
        age: g.age,
        partnerAge: g.leefvorm === "samenwonend" ? g.partnerAge : null,
        housemates: g.housemates.map((age) => ({ age })),
        childUnder12: g.child,
        urenbeperking: false,
        regime: g.regime,
      },
      startDate: start.slice(0, 7),
      startMonth: g.startMonth,
      earningsCent: g.earnings.slice(0, g.n),
      method: g.method,
      estimateCent: g.estimate,
    };
  });

describe("properties", () => {
  it("settlement moves money in time: received − open claims + owed = sum of monthly rights", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = simulateTimeline(params, input);
        fc.pre(r.ok);
        if (!r.ok) return;
        const received = r.rows.reduce((s, x) => s + x.bijstandCent, 0);
        const rights = r.rows.reduce((s, x) => s + x.entitlementCent, 0);
        expect(received - r.summary.claimAtEndCent + r.summary.owedAtEndCent).toBe(rights);
        const premieEarned = r.rows.reduce((s, x) => s + x.premieEarnedCent, 0);
        expect(r.summary.premiePaidCent + r.summary.premieSavedCent).toBe(premieEarned);
      }),
      { numRuns: 300 },
    );
  });
  it("no payment is negative and no amount is NaN", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = simulateTimeline(params, input);
        fc.pre(r.ok);
        if (!r.ok) return;
        for (const x of r.rows) {
          for (const v of [
            x.paidCent,
            x.bijstandCent,
            x.withheldCent,
            x.paidAfterCent,
            x.premiePaidCent,
            x.premieEarnedCent,
            x.entitlementCent,
            x.claimOpenCent,
            x.debtOpenCent,
          ]) {
            expect(Number.isSafeInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(x.totalCent).toBe(x.earnedCent + x.bijstandCent + x.premiePaidCent);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("vooraf with constant earnings equals the calculator month by month", () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 250_000 }), (input, netto) => {
        const constant = {
          ...input,
          method: "vooraf" as const,
          earningsCent: input.earningsCent.map(() => netto),
        };
        const r = simulateTimeline(params, constant);
        fc.pre(r.ok);
        if (!r.ok) return;
        for (const row of r.rows) {
          const m = calculateMonth(params, {
            ...constant.person,
            regime: row.regime,
            date: row.date,
            month: row.monthNumber,
            nettoCent: netto,
          });
          if (!m.ok) throw new Error(JSON.stringify(m.problems));
          expect(row.bijstandCent).toBe(m.uitkeringCent);
          expect(row.vrijlatingCent).toBe(m.vrijlatingCent);
          expect(row.premieEarnedCent).toBe(m.premieCent);
          expect(row.withheldCent + row.paidAfterCent).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
