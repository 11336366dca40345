/**
 * The huurtoeslag dataset checked against the law by example: the expected values are typed from the
 * quoted source (Wet op de huurtoeslag, Wet verlaging eigen bijdrage huurtoeslag), not from the CSV.
 */
import { describe, expect, it } from "vitest";
import { parseRows } from "./dataset.ts";
import { checkHuurtoeslagRows, dataset as huurtoeslag } from "./datasets/huurtoeslag.ts";
import { loadSourceIndex } from "./sources.ts";

const rows = huurtoeslag.loadRows();

/** The value of one parameter for one household on one date, or undefined without a row. */
function valueAt(validFrom: string, parameter: string, household = "alle"): number | undefined {
  return rows.find(
    (r) => r.valid_from === validFrom && r.parameter === parameter && r.household === household,
  )?.value;
}

describe("huurtoeslag dataset", () => {
  it("passes the row checks: units, whole cents, one method per date, no duplicates", () => {
    expect(checkHuurtoeslagRows(rows)).toEqual([]);
  });

  it("reports a duplicate per household, a negative amount and a mixed method", () => {
    const header = "valid_from,method,parameter,household,value,unit,article,source,note";
    const csv = [
      header,
      "2025-01-01,normhuurformule-twee-typen,minimum-inkomensijkpunt,eenpersoons,1,cent,a,x,",
      "2025-01-01,normhuurformule-twee-typen,minimum-inkomensijkpunt,meerpersoons,1,cent,a,x,",
      "2025-01-01,normhuurformule-twee-typen,minimum-inkomensijkpunt,meerpersoons,2,cent,a,x,",
      "2025-01-01,normhuurformule-vier-typen,basishuur,eenpersoons,-5,cent,a,x,",
      "2025-01-01,normhuurformule-twee-typen,factor-b,meerpersoons,-0.001,factor,a,x,",
    ].join("\n");
    const problems = checkHuurtoeslagRows(parseRows(huurtoeslag, `${csv}\n`));
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/appears twice/);
    expect(problems.join("\n")).toMatch(/-5 is negative/);
    expect(problems.join("\n")).toMatch(/method normhuurformule-vier-typen/);
  });

  it("has the method per year: 2024 four types, 2025 two types, 2026 fixed basishuur", () => {
    const method = (d: string) => rows.find((r) => r.valid_from === d)?.method;
    expect(method("2024-01-01")).toBe("normhuurformule-vier-typen");
    expect(method("2025-01-01")).toBe("normhuurformule-twee-typen");
    expect(method("2026-01-01")).toBe("vaste-basishuur-lineaire-afbouw");
  });

  it("has the limits of Wht art. 13 and 20", () => {
    // 2024: "€ 879,66", "€ 454,47", aftoppingsgrens "€ 650,43" / "€ 697,07".
    expect(valueAt("2024-01-01", "maximale-huurgrens")).toBe(87_966);
    expect(valueAt("2024-01-01", "maximale-huurgrens-jongeren")).toBe(45_447);
    expect(valueAt("2024-01-01", "aftoppingsgrens-1-2-personen")).toBe(65_043);
    expect(valueAt("2024-01-01", "aftoppingsgrens-3-of-meer-personen")).toBe(69_707);
    // 2025: "€ 900,07", "€ 477,20", "€ 682,96" / "€ 731,93".
    expect(valueAt("2025-01-01", "maximale-huurgrens")).toBe(90_007);
    expect(valueAt("2025-01-01", "kwaliteitskortingsgrens")).toBe(47_720);
    expect(valueAt("2025-01-01", "aftoppingsgrens-3-of-meer-personen")).toBe(73_193);
    // 2026: "€ 932,93", "€ 498,20", "21 jaar of ouder", "€ 713,02" / "€ 764,14".
    expect(valueAt("2026-01-01", "maximale-huurgrens")).toBe(93_293);
    expect(valueAt("2026-01-01", "maximale-huurgrens-jongeren")).toBe(49_820);
    expect(valueAt("2026-01-01", "jongerengrens-leeftijd")).toBe(21);
    expect(valueAt("2026-01-01", "aftoppingsgrens-1-2-personen")).toBe(71_302);
  });

  it("has the basishuur reductions of the Wet verlaging eigen bijdrage huurtoeslag, art. 1", () => {
    // "a. in 2024 verlaagd met € 37,72; b. in 2025 ... € 37,14; c. in 2026 ... € 48,15; d. in 2027
    // ... € 47,57".
    expect(valueAt("2024-01-01", "verlaging-basishuur")).toBe(3772);
    expect(valueAt("2025-01-01", "verlaging-basishuur")).toBe(3714);
    expect(valueAt("2026-01-01", "verlaging-basishuur")).toBe(4815);
    expect(valueAt("2027-01-01", "verlaging-basishuur")).toBe(4757);
  });

  it("keeps both readings of art. 16: € 12 in the text, € 0 as the Dienst computes", () => {
    for (const y of ["2024", "2025", "2026"]) {
      expect(valueAt(`${y}-01-01`, "opslag-basishuur-wettekst")).toBe(1200);
      expect(valueAt(`${y}-01-01`, "opslag-basishuur-uitvoering")).toBe(0);
    }
  });

  it("gives the Dienst's basishuur from the law's normhuur with opslag 0", () => {
    // 2025 minimum basishuur 199,05 / 197,24 and 2026 basishuur 202,52 / 200,71 (secondary):
    // art. 17 lid 2 normhuur − art. 17 lid 3 verlaging + 0 − WVEB verlaging.
    for (const [date, name] of [
      ["2025-01-01", "minimum-basishuur"],
      ["2026-01-01", "basishuur"],
    ] as const) {
      for (const h of ["eenpersoons", "meerpersoons"]) {
        const computed =
          (valueAt(date, "normhuur-minimum-inkomensijkpunt") ?? Number.NaN) -
          (valueAt(date, "verlaging-normhuur-minimum-inkomensijkpunt", h) ?? Number.NaN) +
          (valueAt(date, "opslag-basishuur-uitvoering") ?? Number.NaN) -
          (valueAt(date, "verlaging-basishuur") ?? Number.NaN);
        expect(computed, `${date} ${h}`).toBe(valueAt(date, name, h));
      }
    }
  });

  it("has 2025 factors a and b that give the law's normhuur at both ijkpunten (art. 17–19)", () => {
    // Art. 17 lid 2–3: 238,01 − 1,82 / − 3,63; art. 18 lid 2–3: 483,78 − 2,27 / − 4,54.
    const expected = {
      eenpersoons: [23_619, 48_151],
      meerpersoons: [23_438, 47_924],
    };
    for (const [h, [atMinimum, atReferentie]] of Object.entries(expected)) {
      const a = valueAt("2025-01-01", "factor-a", h) ?? Number.NaN;
      const b = valueAt("2025-01-01", "factor-b", h) ?? Number.NaN;
      const normhuurCent = (euro: number) => Math.round((a * euro * euro + b * euro) * 100);
      const min = (valueAt("2025-01-01", "minimum-inkomensijkpunt", h) ?? Number.NaN) / 100;
      const ref = (valueAt("2025-01-01", "referentie-inkomensijkpunt", h) ?? Number.NaN) / 100;
      expect(normhuurCent(min), h).toBe(atMinimum);
      expect(normhuurCent(ref), h).toBe(atReferentie);
    }
  });

  it("has no factors for 2024 and nothing but the WVEB reduction from 2027: not found", () => {
    expect(
      rows.filter((r) => r.valid_from === "2024-01-01" && r.parameter.startsWith("factor")),
    ).toEqual([]);
    const later = rows.filter((r) => r.valid_from >= "2027-01-01");
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.parameter === "verlaging-basishuur")).toBe(true);
  });

  it("says 'Secundair' in the note where every source is secondary", () => {
    const sources = loadSourceIndex();
    const secondary = (id: string) =>
      /Secundair|Niet zelf geopend|Niet zelf gelezen/i.test(sources.get(id)?.note ?? "");
    const onlySecondary = rows.filter((r) => r.source.every(secondary));
    expect(onlySecondary.length).toBeGreaterThan(0);
    for (const row of onlySecondary)
      expect(row.note ?? "", `${row.valid_from} ${row.parameter}`).toMatch(/^Secundair/);
  });
});
