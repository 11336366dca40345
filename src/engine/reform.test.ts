/**
 * The Participatiewet in balans in the engine: the two readings of art. 34a, the mantelzorg and
 * youth answers, the caveat on uncertain maxima, `methode=ontvangst` and the refusal of months the
 * data does not cover. Worked examples with amounts are in examples/norm.yaml and maand.yaml.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ok, params, person } from "../../tests/fixtures/engine.ts";
import { calculateCurve, calculateMonth } from "./calculate.ts";
import { addMonths, simulateTimeline, type TimelineInput } from "./verrekening.ts";
import { ontvangstFrom } from "./verrekening-methods.ts";

const READINGS = ["gedoogjaar-2026-jongeren", "artikel-34a-wettekst"] as const;

describe("readings of art. 34a as regimes", () => {
  it("start on 1 January 2026: a month before is refused at the regime", () => {
    for (const regime of READINGS) {
      const before = calculateMonth(params, person({ date: "2025-12", regime }));
      expect(before.ok).toBe(false);
      if (!before.ok) expect(before.problems.map((p) => p.field)).toEqual(["regeling"]);
      expect(calculateMonth(params, person({ date: "2026-01", regime })).ok).toBe(true);
    }
  });
  it("never compute a month after the data: 2027 is refused with the usual message", () => {
    for (const regime of ["landelijk", ...READINGS]) {
      const r = calculateMonth(params, person({ date: "2027-01", regime }));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        const datum = r.problems.find((p) => p.field === "datum");
        expect(datum?.message).toMatch(
          /^Kies een maand van .* tot en met .*\. Voor andere maanden hebben we de bedragen niet\.$/,
        );
      }
    }
  });
  it("say which reading the result follows and that the start date is uncertain", () => {
    const r = ok(
      calculateMonth(params, person({ regime: "artikel-34a-wettekst", nettoCent: 50_000 })),
    );
    expect(r.notes.join(" ")).toMatch(/één lezing van de Participatiewet in balans/);
    expect(r.sources).toContain("participatiewet-2026-01-01");
    expect(r.vrijlatingKind).toBe("34a-a");
    expect(r.vrijlatingLabel).toMatch(/zonder maximumbedrag/);
  });
  it("gedoogjaar: 15% for under-27s in months 1–12, national rules after and for 27+", () => {
    const young = (month: number) =>
      ok(
        calculateMonth(params, person({ age: 26, nettoCent: 100_000, month, regime: READINGS[0] })),
      );
    expect(young(12).vrijlatingCent).toBe(15_000);
    expect(young(13).vrijlatingCent).toBe(0);
    const older = ok(
      calculateMonth(
        params,
        person({ age: 27, nettoCent: 100_000, month: 2, regime: READINGS[0] }),
      ),
    );
    const national = ok(calculateMonth(params, person({ age: 27, nettoCent: 100_000, month: 2 })));
    expect(older.uitkeringCent).toBe(national.uitkeringCent);
    expect(older.vrijlatingKind).toBe("n");
  });
  it("gedoogjaar ends on 31 December 2026 (formally the law starts then)", () => {
    const regime = params.regimes.find((r) => r.id === READINGS[0]);
    expect(regime?.periods.at(-1)?.validTo).toBe("2026-12-31");
    expect(regime?.periods.at(-1)?.note).toMatch(/onbekend/);
  });
  it("wettekst: art. 34a replaces n for 27+ too, with no euro maximum", () => {
    const high = ok(
      calculateMonth(params, person({ nettoCent: 150_000, month: 2, regime: READINGS[1] })),
    );
    expect(high.vrijlatingCent).toBe(22_500); // 15% × € 1.500, above the € 285 of onderdeel n
  });
  it("the curve of a reading never falls when earnings rise", () => {
    for (const regime of READINGS) {
      for (const age of [19, 24, 35, 70]) {
        const [s] = calculateCurve(
          params,
          person({ age, regime, month: 3 }),
          [regime],
          0,
          300_000,
          1_000,
        );
        expect(s?.ok).toBe(true);
        const pts = s?.points ?? [];
        for (let i = 1; i < pts.length; i++)
          expect(pts[i]?.totaalCent ?? 0).toBeGreaterThanOrEqual(pts[i - 1]?.totaalCent ?? 0);
      }
    }
  });
});

describe("answers for 2026", () => {
  it("mantelzorg before 2026: a step says the answer has no effect", () => {
    const r = ok(
      calculateMonth(
        params,
        person({ date: "2025-12", housemates: [{ age: 40 }], mantelzorg: true }),
      ),
    );
    expect(r.personen).toBe(2);
    expect(
      r.steps.some(
        (s) => s.article.startsWith("art. 22a lid 4") && /verandert uw antwoord niets/.test(s.text),
      ),
    ).toBe(true);
  });
  it("mantelzorg in 2026: no kostendelersnorm, with the article as a step", () => {
    const r = ok(
      calculateMonth(params, person({ housemates: [{ age: 40 }, { age: 60 }], mantelzorg: true })),
    );
    expect(r.personen).toBe(1);
    expect(r.kostendelers).toBe(0);
    expect(r.steps.some((s) => s.article === "art. 22a lid 4")).toBe(true);
  });
  it("without the answers every 2026 result is what it was", () => {
    const a = ok(calculateMonth(params, person({ housemates: [{ age: 40 }], nettoCent: 50_000 })));
    const b = ok(
      calculateMonth(
        params,
        person({ housemates: [{ age: 40 }], nettoCent: 50_000, mantelzorg: false }),
      ),
    );
    expect(b.uitkeringCent).toBe(a.uitkeringCent);
    expect(a.personen).toBe(2);
  });
});

describe("uncertain vrijlating maxima (data/vrijlatingen.csv notes 'Onzeker')", () => {
  it("a July 2026 result that uses onderdeel n carries the note", () => {
    const r = ok(calculateMonth(params, person({ date: "2026-07", nettoCent: 50_000, month: 2 })));
    expect(r.vrijlatingKind).toBe("n");
    expect(r.notes.some((n) => /onzeker/i.test(n) && /1 juli 2026/.test(n))).toBe(true);
  });
  it("a January 2026 result does not", () => {
    const r = ok(calculateMonth(params, person({ date: "2026-01", nettoCent: 50_000, month: 2 })));
    expect(r.notes.some((n) => /onzeker/i.test(n))).toBe(false);
  });
  it("a timeline that uses such a maximum says so once", () => {
    const r = ok(
      simulateTimeline(params, {
        person: person({ regime: "landelijk" }),
        startDate: "2026-05",
        startMonth: 1,
        earningsCent: [50_000, 50_000, 50_000, 50_000, 50_000, 50_000],
        method: "vooraf",
      }),
    );
    expect(r.notes.filter((n) => /onzeker/i.test(n))).toHaveLength(1);
  });
});

describe("methode=ontvangst (income counted in the month it is received)", () => {
  const base: TimelineInput = {
    person: person(),
    startDate: "2026-01",
    startMonth: 1,
    earningsCent: [0, 80_000, 0, 120_000, 40_000, 0],
    method: "ontvangst",
  };
  it("is allowed from 1 January 2026 (data), refused before at the methode field", () => {
    expect(ontvangstFrom(params)).toBe("2026-01-01");
    const before = simulateTimeline(params, { ...base, startDate: "2025-12" });
    expect(before.ok).toBe(false);
    if (!before.ok) {
      expect(before.problems[0]?.field).toBe("methode");
      expect(before.problems[0]?.message).toMatch(/mag pas vanaf januari 2026/);
    }
    expect(simulateTimeline(params, base).ok).toBe(true);
  });
  it("pays each month's right in that month: nothing withheld or paid later", () => {
    const r = ok(simulateTimeline(params, base));
    for (const row of r.rows) {
      expect(row.paidCent).toBe(row.entitlementCent);
      expect(row.correctionCent).toBe(0);
    }
    expect(r.summary.claimAtEndCent).toBe(0);
    expect(r.summary.owedAtEndCent).toBe(0);
  });
  it("neither creates nor destroys money over a span that settles (property)", () => {
    const regimes = ["landelijk", ...READINGS, "landelijk"];
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 12, maxLength: 12 }),
        fc.constantFrom(...regimes),
        fc.integer({ min: 18, max: 80 }),
        fc.integer({ min: 1, max: 30 }),
        (n, offset, earnings, regime, age, startMonth) => {
          const start = addMonths("2026-01-01", Math.min(offset, 12 - n)).slice(0, 7);
          const r = simulateTimeline(params, {
            ...base,
            person: person({ regime, age }),
            startDate: start,
            startMonth,
            earningsCent: earnings.slice(0, n),
          });
          if (!r.ok) throw new Error(JSON.stringify(r.problems));
          const received = r.rows.reduce((s, x) => s + x.bijstandCent, 0);
          const rights = r.rows.reduce((s, x) => s + x.entitlementCent, 0);
          expect(received).toBe(rights);
          expect(r.summary.claimAtEndCent + r.summary.owedAtEndCent).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
