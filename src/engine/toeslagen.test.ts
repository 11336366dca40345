/**
 * Zorgtoeslag, kindgebonden budget, kinderbijslag and income tax: behaviour against amounts quoted from
 * the law (data/*.csv notes, research notes), and fast-check properties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ok, params, toeslagenParams } from "../../tests/fixtures/engine.ts";
import {
  calculateAlgemeneHeffingskorting,
  calculateArbeidskorting,
  calculateBox1Belasting,
  calculateInkomstenbelasting,
  calculatePremiesVolksverzekeringen,
} from "./inkomstenbelasting.ts";
import { ageOn, calculateKinderbijslag } from "./kinderbijslag.ts";
import { calculateKindgebondenBudget } from "./kindgebonden-budget.ts";
import { calculateZorgtoeslag } from "./zorgtoeslag.ts";

const YEARS = [2024, 2025, 2026] as const;
const income = fc.integer({ min: 0, max: 20_000_000 });

describe("zorgtoeslag", () => {
  it("needs the toeslagen parameters and a year with data", () => {
    const input = { year: 2026, toetsingsinkomenCent: 0, toeslagpartner: false };
    expect(calculateZorgtoeslag(params, input).ok).toBe(false);
    const r = calculateZorgtoeslag(toeslagenParams, { ...input, year: 2027 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/2027 ontbreekt/);
  });

  it("is never negative and never above the standaardpremie(s)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...YEARS),
        fc.boolean(),
        income,
        income,
        (year, partner, a, b) => {
          const r = ok(
            calculateZorgtoeslag(toeslagenParams, {
              year,
              toeslagpartner: partner,
              toetsingsinkomenCent: a,
              partnerToetsingsinkomenCent: b,
            }),
          );
          const standaard =
            toeslagenParams.toeslagen?.zorgtoeslag[String(year)]?.standaardpremie?.value;
          expect(r.standaardpremieCent).toBe((partner ? 2 : 1) * (standaard as number));
          for (const cent of [r.jaarbedragCent, r.toegekendJaarbedragCent, r.maandbedragCent]) {
            expect(cent).toBeGreaterThanOrEqual(0);
            expect(cent).toBeLessThanOrEqual(r.standaardpremieCent);
          }
          expect(r.maandbedragAfgerondCent * 12).toBeLessThanOrEqual(r.toegekendJaarbedragCent);
        },
      ),
    );
  });

  it("does not rise with income", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...YEARS),
        fc.boolean(),
        income,
        income,
        (year, partner, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const at = (x: number) =>
            ok(
              calculateZorgtoeslag(toeslagenParams, {
                year,
                toeslagpartner: partner,
                toetsingsinkomenCent: x,
              }),
            );
          const l = at(lo);
          const h = at(hi);
          expect(h.jaarbedragCent).toBeLessThanOrEqual(l.jaarbedragCent);
          expect(h.toegekendJaarbedragCent).toBeLessThanOrEqual(l.toegekendJaarbedragCent);
          expect(h.maandbedragAfgerondCent).toBeLessThanOrEqual(l.maandbedragAfgerondCent);
          if (h.heeftRecht) expect(l.heeftRecht).toBe(true);
        },
      ),
    );
  });
});

describe("kindgebonden budget", () => {
  it("2026, single parent, one child of 13, no income: € 2.580 + € 724 + € 3.416 (Wkb art. 2)", () => {
    const r = ok(
      calculateKindgebondenBudget(toeslagenParams, {
        year: 2026,
        toeslagpartner: false,
        toetsingsinkomenCent: 0,
        kinderen: [{ age: 13 }],
      }),
    );
    expect(r.toegekendJaarbedragCent).toBe(672_000);
    expect(r.maandbedragCent).toBe(56_000);
  });

  it("2026, couple: reduced by 7,60% above the drempelinkomen + € 9.405 (lid 8)", () => {
    const r = ok(
      calculateKindgebondenBudget(toeslagenParams, {
        year: 2026,
        toeslagpartner: true,
        toetsingsinkomenCent: 2_973_600 + 940_500 + 1_000_000,
        kinderen: [{ age: 3 }, { age: 17 }],
      }),
    );
    // 2 × € 2.580 + € 964 − 7,60% × € 10.000.
    expect(r.jaarbedragCent).toBe(516_000 + 96_400 - 76_000);
    expect(r.ouderkopCent).toBe(0);
  });

  it("does not depend on the order of the children", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...YEARS),
        fc.boolean(),
        income,
        fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 8 }),
        fc.integer(),
        (year, partner, x, ages, seed) => {
          const shuffled = [...ages].sort((p, q) => ((p * 31 + seed) % 7) - ((q * 31 + seed) % 7));
          const at = (list: number[]) =>
            ok(
              calculateKindgebondenBudget(toeslagenParams, {
                year,
                toeslagpartner: partner,
                toetsingsinkomenCent: x,
                kinderen: list.map((age) => ({ age })),
              }),
            );
          const a = at(ages);
          const b = at([...shuffled].reverse());
          expect(b.jaarbedragCent).toBe(a.jaarbedragCent);
          expect(b.toegekendJaarbedragCent).toBe(a.toegekendJaarbedragCent);
        },
      ),
    );
  });
});

describe("kinderbijslag", () => {
  it("counts the age on the first day of the quarter (AKW art. 12 lid 3)", () => {
    const r = ok(
      calculateKinderbijslag(toeslagenParams, {
        kwartaal: "2026-01-01",
        kinderen: [
          { geboortedatum: "2020-01-01" }, // 6 on 1 January: € 358,30
          { geboortedatum: "2020-01-02" }, // still 5: € 295,07
          { geboortedatum: "2008-01-01" }, // 18: nothing
          { geboortedatum: "2026-01-01" }, // born that day: from the next quarter
        ],
      }),
    );
    expect(r.perKind.map((k) => k.kwartaalCent)).toEqual([35_830, 29_507, 0, 0]);
    expect(r.kwartaalCent).toBe(65_337);
    expect(r.gemiddeldPerMaandCent).toBe(21_779);
  });

  it("uses the amounts of 1 July from the third quarter on, and none after the data", () => {
    const r = ok(
      calculateKinderbijslag(toeslagenParams, {
        kwartaal: "2026-07-01",
        kinderen: [{ geboortedatum: "2014-03-10" }],
      }),
    );
    expect(r.kwartaalCent).toBe(42_629);
    const later = calculateKinderbijslag(toeslagenParams, {
      kwartaal: "2027-01-01",
      kinderen: [{ geboortedatum: "2014-03-10" }],
    });
    expect(later.ok).toBe(false);
    expect(
      calculateKinderbijslag(toeslagenParams, { kwartaal: "2026-02-01", kinderen: [] }).ok,
    ).toBe(false);
  });

  it("ageOn counts whole years", () => {
    expect(ageOn("2010-06-15", "2022-06-14")).toBe(11);
    expect(ageOn("2010-06-15", "2022-06-15")).toBe(12);
  });
});

describe("inkomstenbelasting", () => {
  it("2024: premies 27,65% over the income up to the first bracket limit", () => {
    const r = calculatePremiesVolksverzekeringen(toeslagenParams, 2024, 5_000_000);
    // 27,65% × € 38.098 = € 10.534,097.
    expect(ok(r).cent).toBe(1_053_410);
  });

  it("2026: premies are the combined first-bracket rate minus the tax rate, up to the first bracket", () => {
    // 35,75% (secondary sources) − 8,10% (art. 2.10 Wet IB 2001, 2026) = 27,65% of € 30.000 = € 8.295.
    expect(ok(calculatePremiesVolksverzekeringen(toeslagenParams, 2026, 3_000_000)).cent).toBe(
      829_500,
    );
    // Above the first bracket limit (€ 38.883) no premie: 27,65% × € 38.883 = € 10.751,15 (rounded).
    const capped = ok(calculatePremiesVolksverzekeringen(toeslagenParams, 2026, 5_000_000)).cent;
    expect(Math.abs(capped - 1_075_115)).toBeLessThanOrEqual(1);
    expect(calculateBox1Belasting(toeslagenParams, 2026, 3_000_000).ok).toBe(true);
  });

  it("a year without a combined rate or premie total reports the premies as missing", () => {
    const r = calculatePremiesVolksverzekeringen(toeslagenParams, 2027, 3_000_000);
    expect(r.ok).toBe(false);
  });

  it("algemene heffingskorting (art. 8.10 lid 2): full below the threshold, 0 far above", () => {
    expect(ok(calculateAlgemeneHeffingskorting(toeslagenParams, 2024, 0)).cent).toBe(336_200);
    // 2024: € 3.362 − 6,630% × (€ 34.812 − € 24.812) = € 2.699.
    expect(ok(calculateAlgemeneHeffingskorting(toeslagenParams, 2024, 3_481_200)).cent).toBe(
      269_900,
    );
    expect(ok(calculateAlgemeneHeffingskorting(toeslagenParams, 2024, 10_000_000)).cent).toBe(0);
  });

  it("arbeidskorting (art. 8.11 lid 2): the law's step amounts at its limits", () => {
    // 2025, onder c: 'bij een arbeidsinkomen van ten minste € 26.288: € 5.220 vermeerderd met …'.
    expect(ok(calculateArbeidskorting(toeslagenParams, 2025, 2_628_800)).cent).toBe(522_000);
    // 2025, onder d: from € 43.071 the maximum € 5.599, falling by 6,51%.
    expect(ok(calculateArbeidskorting(toeslagenParams, 2025, 4_307_100)).cent).toBe(559_900);
    expect(ok(calculateArbeidskorting(toeslagenParams, 2025, 20_000_000)).cent).toBe(0);
    expect(ok(calculateArbeidskorting(toeslagenParams, 2025, 0)).cent).toBe(0);
  });

  it("2025: kortingen never more than tax plus premies", () => {
    fc.assert(
      fc.property(income, (x) => {
        const r = ok(
          calculateInkomstenbelasting(toeslagenParams, {
            year: 2025,
            belastbaarInkomenCent: x,
            arbeidsinkomenCent: x,
          }),
        );
        expect(r.teBetalenCent).toBeGreaterThanOrEqual(0);
        expect(r.teBetalenCent).toBe(r.belastingCent + r.premiesCent - r.kortingenCent);
      }),
    );
  });
});

describe("no NaN for any input", () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      0,
      2026,
      1e300,
      9_999_999_999,
      10_000_000_000,
      10_000_000_001,
    ),
  );
  const anyDate = fc.oneof(
    fc.string(),
    fc.constantFrom("2026-01-01", "2025-07-01", "2026-13-01", "2026-02-30", ""),
  );
  /** Every number in a result (deep) is a finite integer. */
  function allFinite(value: unknown): boolean {
    if (typeof value === "number") return Number.isSafeInteger(value);
    if (Array.isArray(value)) return value.every(allFinite);
    if (value && typeof value === "object") return Object.values(value).every(allFinite);
    return true;
  }

  it("holds for every function", () => {
    fc.assert(
      fc.property(
        anyNumber,
        anyNumber,
        anyNumber,
        fc.boolean(),
        fc.array(anyNumber, { maxLength: 4 }),
        anyDate,
        fc.array(anyDate, { maxLength: 3 }),
        (year, a, b, partner, ages, kwartaal, births) => {
          const results = [
            calculateZorgtoeslag(toeslagenParams, {
              year,
              toetsingsinkomenCent: a,
              toeslagpartner: partner,
              partnerToetsingsinkomenCent: b,
            }),
            calculateKindgebondenBudget(toeslagenParams, {
              year,
              toeslagpartner: partner,
              toetsingsinkomenCent: a,
              kinderen: ages.map((age) => ({ age })),
            }),
            calculateKinderbijslag(toeslagenParams, {
              kwartaal,
              kinderen: births.map((geboortedatum) => ({ geboortedatum })),
            }),
            calculateInkomstenbelasting(toeslagenParams, {
              year,
              belastbaarInkomenCent: a,
              arbeidsinkomenCent: b,
            }),
            calculateBox1Belasting(toeslagenParams, year, a, { geborenVoor1946: partner }),
          ];
          for (const r of results) expect(allFinite(r)).toBe(true);
        },
      ),
    );
  });
});
