/**
 * Huurtoeslag: behaviour per method with amounts worked out by hand from the law's values (quoted in
 * data/huurtoeslag.csv), the 'onbekend' cases, and fast-check properties over all three years.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { huurtoeslagParams as params } from "../../tests/fixtures/huurtoeslag.ts";
import {
  calculateHuurtoeslag,
  type HuurtoeslagInput,
  type HuurtoeslagResult,
  normhuurFormulaCent,
} from "./huurtoeslag.ts";

const single = (overrides: Partial<HuurtoeslagInput> = {}): HuurtoeslagInput => ({
  year: 2025,
  personen: 1,
  aowLeeftijd: false,
  oudsteLeeftijd: 30,
  kaleHuurCent: 60_000,
  rekeninkomenCent: 2_000_000,
  ...overrides,
});

/** The result, failing the test when the calculation was refused. */
function ok(input: HuurtoeslagInput): HuurtoeslagResult {
  const r = calculateHuurtoeslag(params, input);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join(" "));
  return r;
}

describe("calculateHuurtoeslag", () => {
  it("computes 2024 up to the minimum-inkomensijkpunt (art. 17 normhuur, WVEB € 37,72)", () => {
    // Basishuur 226,67 − 37,72 = 188,95; rent € 600: (454,47 − 188,95) + 65% × (600 − 454,47)
    // = 265,52 + 94,5945 = 360,1145 → € 360 per month.
    const r = ok(single({ year: 2024, rekeninkomenCent: 2_070_000 }));
    expect(r.method).toBe("normhuurformule-vier-typen");
    expect(r.basishuurCent).toBe(18_895);
    expect(r.maandbedragCent).toBe(36_011);
    expect(r.maandbedragAfgerondCent).toBe(36_000);
    // Twelve exact months: 4321,374 → € 4.321 (Awir art. 14 lid 4).
    expect(r.jaarbedragCent).toBe(432_100);
  });

  it("says 2024 is unknown above the minimum-inkomensijkpunt: the factors a and b are missing", () => {
    const r = calculateHuurtoeslag(params, single({ year: 2024, rekeninkomenCent: 2_070_100 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/2024 is onbekend.*factoren a en b/);
  });

  it("still excludes a 2024 rent above the maximale huurgrens without needing the factors", () => {
    const r = ok(single({ year: 2024, kaleHuurCent: 88_000, rekeninkomenCent: 5_000_000 }));
    expect(r.heeftRecht).toBe(false);
    expect(r.basishuurCent).toBeNull();
  });

  it("says 2027 and later are unknown", () => {
    for (const year of [2027, 2030, 2023]) {
      const r = calculateHuurtoeslag(params, single({ year }));
      expect(r.ok, String(year)).toBe(false);
      if (!r.ok) expect(r.problems[0]?.message).toMatch(/Zonder bron rekenen we niet/);
    }
  });

  it("2024: the 40% band only with AOW age or for a single person (art. 21 lid 1 onder c)", () => {
    const stel = { year: 2024, personen: 2, kaleHuurCent: 80_000, rekeninkomenCent: 2_000_000 };
    const zonder = ok(single(stel));
    const met = ok(single({ ...stel, aowLeeftijd: true }));
    expect(zonder.huishoudtype).toBe("meerpersoons");
    expect(met.huishoudtype).toBe("meerpersoonsouderen");
    // Without AOW: (454,47 − 188,95) + 65% × (650,43 − 454,47) = 265,52 + 127,374 = 392,894.
    expect(zonder.maandbedragCent).toBe(39_289);
    expect(met.maandbedragCent).toBeGreaterThan(zonder.maandbedragCent);
  });

  it("2025: a rent above the maximale huurgrens excludes the toeslag (art. 13 lid 1)", () => {
    expect(ok(single({ kaleHuurCent: 90_007 })).heeftRecht).toBe(true);
    const r = ok(single({ kaleHuurCent: 90_008 }));
    expect(r.heeftRecht).toBe(false);
    expect(r.maandbedragCent).toBe(0);
    expect(r.notes.join(" ")).toMatch(/maximale huurgrens/);
  });

  it("2025: the youth limit of € 477,20 applies when everyone is under 23 and no child lives there", () => {
    expect(ok(single({ oudsteLeeftijd: 22, kaleHuurCent: 50_000 })).heeftRecht).toBe(false);
    expect(ok(single({ oudsteLeeftijd: 23, kaleHuurCent: 50_000 })).heeftRecht).toBe(true);
    const kind = ok(single({ oudsteLeeftijd: 22, kindInHuis: true, kaleHuurCent: 50_000 }));
    expect(kind.heeftRecht).toBe(true);
  });

  it("counts each service-cost post up to € 12 until 2025 and not at all from 2026", () => {
    expect(ok(single({ servicekostenCent: [2000, 500] })).rekenhuurCent).toBe(60_000 + 1200 + 500);
    const r = ok(single({ year: 2026, servicekostenCent: [1000] }));
    expect(r.rekenhuurCent).toBe(60_000);
    expect(r.notes.join(" ")).toMatch(/servicekosten/);
  });

  it("2026: the part above the maximale huurgrens is not subsidised (art. 21 lid 1 onder d)", () => {
    // Basishuur 202,52; rent capped at 932,93: 295,68 + 65% × 214,82 + 40% × 219,91 = 523,277.
    const boven = ok(single({ year: 2026, kaleHuurCent: 150_000 }));
    expect(boven.heeftRecht).toBe(true);
    expect(boven.maandbedragCent).toBe(52_328);
    expect(boven.maandbedragAfgerondCent).toBe(52_300);
    expect(ok(single({ year: 2026, kaleHuurCent: 93_293 })).maandbedragCent).toBe(52_328);
  });

  it("2026: youth limit € 498,20 under 21 caps the rent at the kwaliteitskortingsgrens", () => {
    // 498,20 − 202,52 = 295,68 whatever the rent above it.
    const r = ok(single({ year: 2026, oudsteLeeftijd: 20, kaleHuurCent: 70_000 }));
    expect(r.maximaleHuurgrensCent).toBe(49_820);
    expect(r.maandbedragCent).toBe(29_568);
  });

  it("2026: the afbouw is (income − ijkpunt) × 27% / 12 (art. 21 lid 2)", () => {
    // € 1.200 above the ijkpunt of € 23.425: 1.200 × 27% / 12 = € 27 less per month.
    const at = ok(single({ year: 2026, rekeninkomenCent: 2_342_500 }));
    const above = ok(single({ year: 2026, rekeninkomenCent: 2_462_500 }));
    expect(at.maandbedragCent - above.maandbedragCent).toBe(2700);
    // Meerpersoons: 22%: € 1.200 × 22% / 12 = € 22.
    const stel = { year: 2026, personen: 2 };
    const atM = ok(single({ ...stel, rekeninkomenCent: 3_150_000 }));
    const aboveM = ok(single({ ...stel, rekeninkomenCent: 3_270_000 }));
    expect(atM.maandbedragCent - aboveM.maandbedragCent).toBe(2200);
  });

  it("grants nothing below € 24 per year (Awir art. 14 lid 5)", () => {
    // 2026, rent € 600: 295,68 + 65% × 101,80 = 361,85; it reaches € 0 near € 39.500 income.
    const r = ok(single({ year: 2026, rekeninkomenCent: 3_948_000 }));
    expect(r.jaarbedragCent === 0 || r.jaarbedragCent >= 2400).toBe(true);
    const none = ok(single({ year: 2026, rekeninkomenCent: 5_000_000 }));
    expect(none.heeftRecht).toBe(false);
    expect(none.maandbedragAfgerondCent).toBe(0);
  });

  it("rounds the 2025 normhuur formula up to whole cents (art. 19 lid 3)", () => {
    // 0,000000438698 × 22.700² + 0,000446392665 × 22.700 = 236,19 exactly (the law's anchor).
    expect(normhuurFormulaCent(438_698, 446_392_665, 2_270_000)).toBe(23_619);
    expect(normhuurFormulaCent(298_184, -1_382_497_146, 4_247_500)).toBe(47_924);
  });

  it("refuses impossible input with Dutch problems", () => {
    const r = calculateHuurtoeslag(
      params,
      single({ personen: 0, kaleHuurCent: -1, servicekostenCent: [1, 1, 1, 1, 1] }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.length).toBe(3);
  });
});

describe("huurtoeslag properties", () => {
  const input = fc.record({
    year: fc.constantFrom(2024, 2025, 2026),
    personen: fc.integer({ min: 1, max: 8 }),
    aowLeeftijd: fc.boolean(),
    oudsteLeeftijd: fc.integer({ min: 18, max: 100 }),
    kindInHuis: fc.boolean(),
    kaleHuurCent: fc.integer({ min: 0, max: 200_000 }),
    servicekostenCent: fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 4 }),
    rekeninkomenCent: fc.integer({ min: 0, max: 10_000_000 }),
  });

  it("is never negative or NaN, and never more than the rent above the basishuur", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = calculateHuurtoeslag(params, i);
        if (!r.ok) return i.year === 2024;
        for (const cent of [r.maandbedragCent, r.maandbedragAfgerondCent, r.jaarbedragCent]) {
          expect(Number.isSafeInteger(cent)).toBe(true);
          expect(cent).toBeGreaterThanOrEqual(0);
        }
        if (r.basishuurCent !== null)
          expect(r.maandbedragCent).toBeLessThanOrEqual(
            Math.max(0, r.rekenhuurCent - r.basishuurCent),
          );
        expect(r.maandbedragAfgerondCent).toBeLessThanOrEqual(r.maandbedragCent);
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("does not rise when the income rises", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 2_000_000 }), (i, extra) => {
        const low = calculateHuurtoeslag(params, i);
        const high = calculateHuurtoeslag(params, {
          ...i,
          rekeninkomenCent: i.rekeninkomenCent + extra,
        });
        if (!low.ok || !high.ok) return true;
        expect(high.maandbedragCent).toBeLessThanOrEqual(low.maandbedragCent);
        expect(high.maandbedragAfgerondCent).toBeLessThanOrEqual(low.maandbedragAfgerondCent);
        expect(high.jaarbedragCent).toBeLessThanOrEqual(low.jaarbedragCent);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
