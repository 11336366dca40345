import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ok, person, toeslagenParams } from "../../tests/fixtures/engine.ts";
import { calculateMonth, resolveMonth, settleMonth } from "./calculate.ts";
import {
  calculateHousehold,
  calculateHouseholdCurve,
  calculateHouseholdMarginal,
  childUnder12FromAges,
  type HouseholdInput,
  personToetsingsinkomen,
  resolveHousehold,
  settleHousehold,
} from "./household.ts";
import { grossFromNet, resolveTaxYear, type TaxYear, taxOwed } from "./inkomstenbelasting.ts";

const P = toeslagenParams;
const mother = (over: Partial<HouseholdInput> = {}): HouseholdInput => ({
  ...person({ leefvorm: "alleenstaande-ouder", childUnder12: true }),
  kinderen: [4],
  ...over,
});
const couple = (over: Partial<HouseholdInput> = {}): HouseholdInput => ({
  ...person({ leefvorm: "samenwonend", partnerAge: 35 }),
  ...over,
});

describe("partner earnings (art. 31 lid 2 onder n per person, one norm for the gezin)", () => {
  it("each partner keeps their own 25% vrijlating; both count against the couple's norm", () => {
    const r = ok(calculateMonth(P, couple({ nettoCent: 40_000, partnerNettoCent: 40_000 })));
    // 25% of € 400 = € 100 each (below the maximum); € 300 of each counts:
    // bijstand = norm excl. vakantietoeslag − € 300 − € 300.
    expect(r.vrijlatingCent).toBe(10_000);
    expect(r.partnerVrijlatingCent).toBe(10_000);
    expect(r.uitkeringCent).toBe(r.normExclVtCent - 30_000 - 30_000);
    expect(r.totaalCent).toBe(40_000 + r.uitkeringCent);
  });

  it("a partner younger than 27 has no vrijlating (art. 31 lid 5)", () => {
    const r = ok(calculateMonth(P, couple({ partnerAge: 24, partnerNettoCent: 40_000 })));
    expect(r.partnerVrijlatingCent).toBe(0);
    expect(r.uitkeringCent).toBe(r.normExclVtCent - 40_000);
    expect(r.notes.some((n) => n.includes("Uw partner is jonger dan 27"))).toBe(true);
  });

  it("after the six months, the partner's earnings count in full too (same month counter)", () => {
    const r = ok(calculateMonth(P, couple({ month: 7, nettoCent: 0, partnerNettoCent: 40_000 })));
    expect(r.uitkeringCent).toBe(r.normExclVtCent - 40_000);
  });

  it("partner earnings are refused outside a couple", () => {
    const r = calculateMonth(P, person({ partnerNettoCent: 10_000 }));
    expect(r.ok).toBe(false);
  });

  it("partnerNettoCent 0 gives the same bijstand as without it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400_000 }), (n) => {
        const a = ok(resolveMonth(P, couple())).context;
        const b = ok(resolveMonth(P, couple({ partnerNettoCent: 0 }))).context;
        expect(settleMonth(b, n).uitkeringCent).toBe(settleMonth(a, n).uitkeringCent);
        expect(settleMonth(b, n).totaalCent).toBe(settleMonth(a, n).totaalCent);
      }),
      { numRuns: 100 },
    );
  });

  it("the couple's bijstand is symmetric in who earns what", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        (a, b) => {
          const x = ok(calculateMonth(P, couple({ nettoCent: a, partnerNettoCent: b })));
          const y = ok(calculateMonth(P, couple({ nettoCent: b, partnerNettoCent: a })));
          expect(x.uitkeringCent).toBe(y.uitkeringCent);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("toetsingsinkomen (annual formula, the month all year)", () => {
  const tax = ok(resolveTaxYear(P, 2026)).tax;

  it("bijstand only: the gross whose net after box 1, premies and AHK is 12 × bijstand incl. vakantietoeslag", () => {
    const c = ok(resolveHousehold(P, person())).context;
    const a = settleHousehold(c, 0);
    const t = a.toetsingsinkomen;
    if (!t) throw new Error("no toetsingsinkomen");
    // No earnings: bijstand = norm excl. vt, and its vt is the whole vakantietoeslag: 12 × norm.
    const net = 12 * c.month.normCent;
    const gross = t.eigen.totaalCent;
    expect(gross - taxOwed(tax, gross, 0)).toBeGreaterThanOrEqual(net);
    expect(gross - 1 - taxOwed(tax, gross - 1, 0)).toBeLessThan(net);
    expect(t.eigen.loonCent).toBe(0);
  });

  it("a couple's bijstand is split in two halves, each grossed up on its own", () => {
    const c = ok(resolveHousehold(P, couple())).context;
    const t = settleHousehold(c, 0).toetsingsinkomen;
    if (!t?.partner) throw new Error("no partner");
    expect(Math.abs(t.eigen.totaalCent - t.partner.totaalCent)).toBeLessThanOrEqual(2);
    expect(t.gezamenlijkCent).toBe(t.eigen.totaalCent + t.partner.totaalCent);
  });

  it("gross-ups kept per tax year are those of grossFromNet, by the year's numbers (not the object)", () => {
    // Same year, other numbers: a cache keyed by the year alone would mix the two up.
    const other: TaxYear = { ...tax, box1: { ...tax.box1, tarief1: tax.box1.tarief1 + 20_000 } };
    const again = ok(resolveTaxYear(P, 2026)).tax; // a new object with the same numbers
    fc.assert(
      fc.property(
        fc.constantFrom(tax, other, again),
        fc.integer({ min: 0, max: 6_000_000 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000_000 })),
        fc.boolean(),
        (t, wage, bijstand, withCache) => {
          const direct = {
            loonCent: grossFromNet(t, wage, (g) => g),
            totaalCent: 0,
          };
          direct.totaalCent =
            bijstand === 0
              ? direct.loonCent
              : grossFromNet(t, wage + bijstand, (g) => Math.min(g, direct.loonCent));
          const cache = withCache ? new Map<number, number>() : undefined;
          for (let i = 0; i < 2; i++) {
            const p = personToetsingsinkomen(t, wage, bijstand, cache);
            expect(p).toEqual({
              loonCent: direct.loonCent,
              bijstandCent: direct.totaalCent - direct.loonCent,
              totaalCent: direct.totaalCent,
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a wage gets the arbeidskorting: less gross per net euro than bijstand", () => {
    const c = ok(resolveHousehold(P, couple({ partnerNettoCent: 150_000 }))).context;
    const t = settleHousehold(c, 0).toetsingsinkomen;
    if (!t?.partner) throw new Error("no partner");
    const wageNet = 12 * 150_000;
    const g = t.partner.loonCent;
    expect(g - taxOwed(tax, g, g)).toBeGreaterThanOrEqual(wageNet);
    expect(g - 1 - taxOwed(tax, g - 1, g - 1)).toBeLessThan(wageNet);
  });
});

describe("calculateHousehold", () => {
  it("the issue's single mother: totaal € 1.481,42 plus zorgtoeslag, kindgebonden budget, kinderbijslag", () => {
    const r = ok(calculateHousehold(P, mother({ nettoCent: 60_000 })));
    expect(r.bijstand.totaalCent).toBe(148_142);
    const ids = r.schemes.map((s) => s.id);
    expect(ids).toEqual(["zorgtoeslag", "kindgebonden-budget", "kinderbijslag"]);
    const sum = r.schemes.reduce((t, s) => t + (s.status === "bedrag" ? s.monthCent : 0), 0);
    expect(r.huishoudinkomenCent).toBe(148_142 + sum);
    expect(r.leftOut).toEqual([]);
    // Kinderbijslag 2026 Q1, child of 4: € 295,07 per quarter (AKW art. 12 lid 3 a), / 3 = € 98,36.
    const kb = r.schemes.find((s) => s.id === "kinderbijslag");
    expect(kb?.status === "bedrag" && kb.monthCent).toBe(9_836);
    expect(kb?.status === "bedrag" && kb.paidAs).toBe("per kwartaal");
  });

  it("huurtoeslag: not shown without a rent; with a rent it counts in the household total", () => {
    const without = ok(calculateHousehold(P, mother()));
    expect(without.schemes.some((s) => s.id === "huurtoeslag")).toBe(false);
    const withRent = ok(calculateHousehold(P, mother({ huurCent: 70_000 })));
    const h = withRent.schemes.find((s) => s.id === "huurtoeslag");
    expect(h?.status).toBe("bedrag");
    const month = h?.status === "bedrag" ? h.monthCent : -1;
    expect(month).toBeGreaterThan(0);
    // The rent only adds huurtoeslag; every other part stays the same.
    expect(withRent.huishoudinkomenCent).toBe(without.huishoudinkomenCent + month);
    expect(withRent.leftOut).toEqual([]);
  });

  it("huurtoeslag is 'onbekend' when other adults live in the home (their income counts)", () => {
    const r = ok(calculateHousehold(P, mother({ huurCent: 70_000, housemates: [{ age: 30 }] })));
    expect(r.schemes.find((s) => s.id === "huurtoeslag")?.status).toBe("onbekend");
    expect(r.leftOut.map((l) => l.id)).toContain("huurtoeslag");
    expect(r.notes.some((n) => n.includes("Het huishoudinkomen is zonder huurtoeslag"))).toBe(true);
  });

  it("a year without tax and toeslagen parameters: every scheme 'onbekend', the total says so", () => {
    const r = ok(calculateHousehold(P, mother({ date: "2023-06" })));
    expect(r.schemes.every((s) => s.status === "onbekend")).toBe(true);
    expect(r.huishoudinkomenCent).toBe(r.bijstand.totaalCent);
    expect(r.leftOut.length).toBe(3);
  });

  it("without kinderen the calculator's kind=ja|nee stays as given; with ages it follows them", () => {
    const base = { date: "2026-01", leefvorm: "alleenstaande-ouder" as const, childUnder12: true };
    expect(childUnder12FromAges(P, base)).toBe(true);
    expect(childUnder12FromAges(P, { ...base, kinderen: [12, 15] })).toBe(false);
    expect(childUnder12FromAges(P, { ...base, kinderen: [15, 11] })).toBe(true);
    expect(
      childUnder12FromAges(P, {
        ...base,
        leefvorm: "samenwonend",
        childUnder12: false,
        kinderen: [16],
      }),
    ).toBe(true);
  });

  it("the marginal keep is stated for the household next to the bijstand-only figure", () => {
    const c = ok(resolveHousehold(P, mother({ month: 3 }))).context;
    const m = calculateHouseholdMarginal(c, 60_000);
    expect(m.bijstandKeepCent).toBe(2_500); // 25% vrijlating of € 100
    expect(m.keepCent).toBeLessThanOrEqual(m.bijstandKeepCent);
  });
});

const householdArb = fc.record({
  leefvorm: fc.constantFrom("alleenstaand", "alleenstaande-ouder", "samenwonend"),
  age: fc.integer({ min: 18, max: 66 }),
  partnerAge: fc.integer({ min: 18, max: 66 }),
  kinderen: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 4 }),
  nettoCent: fc.integer({ min: 0, max: 500_000 }),
  partnerNettoCent: fc.integer({ min: 0, max: 500_000 }),
  month: fc.integer({ min: 1, max: 40 }),
  date: fc.constantFrom("2024-03", "2025-08", "2026-01", "2026-11"),
});

type Household = typeof householdArb extends fc.Arbitrary<infer T> ? T : never;

function build(h: Household): HouseholdInput {
  const single = h.leefvorm !== "samenwonend";
  const kinderen = h.leefvorm === "alleenstaand" ? [] : h.kinderen;
  const leefvorm =
    h.leefvorm === "alleenstaande-ouder" && kinderen.length === 0 ? "alleenstaand" : h.leefvorm;
  const base = person({
    date: h.date,
    leefvorm: leefvorm as HouseholdInput["leefvorm"],
    age: h.age,
    partnerAge: single ? null : h.partnerAge,
    nettoCent: h.nettoCent,
    month: h.month,
    ...(single ? {} : { partnerNettoCent: h.partnerNettoCent }),
  });
  return { ...base, kinderen };
}

describe("household properties", () => {
  it("income never negative; no toeslag above its maximum; children's order does not matter", () => {
    fc.assert(
      fc.property(householdArb, (h) => {
        const input = build(h);
        const r = calculateHousehold(P, input);
        if (!r.ok) return;
        expect(r.huishoudinkomenCent).toBeGreaterThanOrEqual(0);
        const atZero = ok(resolveHousehold(P, { ...input, nettoCent: 0, partnerNettoCent: 0 }));
        const max = settleHousehold(atZero.context, 0);
        for (const s of r.schemes) {
          if (s.status !== "bedrag") continue;
          expect(s.monthCent).toBeGreaterThanOrEqual(0);
          const m = max.schemes.find((x) => x.id === s.id);
          // The maximum is the amount at no income at all (every toeslag falls with income).
          if (m?.status === "bedrag") expect(s.monthCent).toBeLessThanOrEqual(m.monthCent);
        }
        const reversed = ok(
          calculateHousehold(P, { ...input, kinderen: [...(input.kinderen ?? [])].reverse() }),
        );
        expect(reversed.huishoudinkomenCent).toBe(r.huishoudinkomenCent);
      }),
      { numRuns: 150 },
    );
  });

  it("the household line has no jump where the bijstand ends (regimes without a premie)", () => {
    fc.assert(
      fc.property(householdArb, (h) => {
        const input = build({ ...h, date: "2026-01" });
        const resolved = resolveHousehold(P, input);
        if (!resolved.ok) return;
        const c = resolved.context;
        // Find the last cent with bijstand by bisection, then compare one euro either side.
        let lo = 0;
        let hi = 2_000_000;
        if (settleHousehold(c, lo).bijstand.uitkeringCent === 0) return;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (settleHousehold(c, mid).bijstand.uitkeringCent > 0) lo = mid;
          else hi = mid;
        }
        const before = settleHousehold(c, Math.max(0, lo - 100)).huishoudinkomenCent;
        const after = settleHousehold(c, hi + 100).huishoudinkomenCent;
        // € 2 more earned; a toeslag instalment in whole euros may move by a euro or two each.
        expect(Math.abs(after - before)).toBeLessThanOrEqual(200 + 3 * 300);
      }),
      { numRuns: 60 },
    );
  });

  it("every curve point has settleHousehold's amounts (the curve skips only the step texts)", () => {
    const regimes = P.regimes.map((r) => r.id);
    fc.assert(
      fc.property(
        householdArb,
        fc.oneof(fc.constant("landelijk"), fc.constantFrom(...regimes)),
        fc.option(fc.integer({ min: 20_000, max: 150_000 })),
        fc.boolean(),
        fc.integer({ min: 0, max: 100_000 }),
        (h, regime, huurCent, housemate, fromCent) => {
          const input = {
            ...build(h),
            regime,
            huurCent,
            ...(housemate ? { housemates: [{ age: 30 }] } : {}),
          };
          const [s] = calculateHouseholdCurve(
            P,
            input,
            [regime],
            fromCent,
            fromCent + 250_000,
            2_500,
          );
          const resolved = resolveHousehold(P, { ...input, nettoCent: fromCent });
          expect(s?.ok).toBe(resolved.ok);
          if (!resolved.ok || !s) return;
          const first = settleHousehold(resolved.context, fromCent);
          expect(s.leftOut).toEqual(
            first.schemes.flatMap((x) =>
              x.status === "onbekend" ? [{ id: x.id, name: x.name, reason: x.reason }] : [],
            ),
          );
          for (const p of s.points) {
            const a = settleHousehold(resolved.context, p.nettoCent);
            expect(p.totaalCent).toBe(a.bijstand.totaalCent);
            expect(p.uitkeringCent).toBe(a.bijstand.uitkeringCent);
            expect(p.huishoudinkomenCent).toBe(a.huishoudinkomenCent);
            expect(p.schemes).toEqual(
              Object.fromEntries(
                a.schemes.flatMap((x) => (x.status === "bedrag" ? [[x.id, x.monthCent]] : [])),
              ),
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("the curve marks where the bijstand ends and matches settleHousehold", () => {
    const [s] = calculateHouseholdCurve(P, mother({ month: 3 }), ["landelijk"], 0, 300_000, 1_000);
    expect(s?.ok).toBe(true);
    expect(s?.bijstandEndsAtCent).not.toBeNull();
    const c = ok(resolveHousehold(P, mother({ month: 3 }))).context;
    for (const p of s?.points ?? [])
      expect(p.huishoudinkomenCent).toBe(settleHousehold(c, p.nettoCent).huishoudinkomenCent);
  });
});

describe("what the household result leaves out for a working parent", () => {
  const mother = {
    ...person({ leefvorm: "alleenstaande-ouder", childUnder12: true }),
    kinderen: [4],
  };
  it("names the inkomensafhankelijke combinatiekorting only when someone works and a child is under 12", () => {
    const working = ok(calculateHousehold(toeslagenParams, { ...mother, nettoCent: 60_000 }));
    expect(working.notes.some((n) => n.includes("combinatiekorting"))).toBe(true);
    const idle = ok(calculateHousehold(toeslagenParams, { ...mother, nettoCent: 0 }));
    expect(idle.notes.some((n) => n.includes("combinatiekorting"))).toBe(false);
    const older = ok(
      calculateHousehold(toeslagenParams, { ...mother, kinderen: [13], nettoCent: 60_000 }),
    );
    expect(older.notes.some((n) => n.includes("combinatiekorting"))).toBe(false);
  });
});
