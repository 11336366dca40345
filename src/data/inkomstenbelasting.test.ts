/**
 * The income tax and minimum wage datasets checked against the law by example: the expected values
 * are typed from the quoted source, not from the CSV.
 */
import { describe, expect, it } from "vitest";
import {
  INKOMSTENBELASTING_UNITS,
  dataset as inkomstenbelasting,
} from "./datasets/inkomstenbelasting.ts";
import { dataset as minimumloon } from "./datasets/minimumloon.ts";
import { checkParameterRows } from "./parameter-table.ts";
import { loadSourceIndex } from "./sources.ts";

const ib = inkomstenbelasting.loadRows();
const wml = minimumloon.loadRows();

/** The value of one parameter in one year, or undefined when the data has no row for it. */
function valueAt(year: number, parameter: string): number | undefined {
  return ib.find((r) => r.valid_from === `${year}-01-01` && r.parameter === parameter)?.value;
}

/** The minimum wage per hour on a date for an age group, in cents. */
function hourly(date: string, age: string): number | undefined {
  return wml.find((r) => r.valid_from === date && r.age === age)?.amount_per_hour_cent;
}

describe("inkomstenbelasting (Wet IB 2001)", () => {
  it("gives each parameter its one unit, whole cents and no duplicates", () => {
    expect(checkParameterRows(ib, INKOMSTENBELASTING_UNITS)).toEqual([]);
  });

  it("has the table of art. 2.10 lid 1 in 2026 as adopted, not the Prinsjesdag proposal", () => {
    // Wet IB 2001, tekst geldend op 1 januari 2026, art. 2.10 lid 1: "- | € 38.883 | – | 8,10%",
    // "€ 38.883 | € 78.426 | € 3.149 | 37,56%", "€ 78.426 | – | € 18.001 | 49,50%".
    expect(valueAt(2026, "box1-tarief-1")).toBe(0.081);
    expect(valueAt(2026, "box1-schijfgrens-1")).toBe(3_888_300);
    expect(valueAt(2026, "box1-schijfgrens-2")).toBe(7_842_600);
    expect(valueAt(2026, "box1-belasting-tot-schijf-2")).toBe(314_900);
    expect(valueAt(2026, "box1-tarief-2")).toBe(0.3756);
    expect(valueAt(2026, "box1-belasting-tot-schijf-3")).toBe(1_800_100);
    expect(valueAt(2026, "box1-tarief-3")).toBe(0.495);
  });

  it("has kolom III as the tax over the brackets below, rounded down to euros", () => {
    // Art. 2.10 lid 1, 2024: € 38.098 × 9,32% = € 3.550,73 and the table gives € 3.550.
    for (const year of [2024, 2025, 2026]) {
      const g1 = valueAt(year, "box1-schijfgrens-1") ?? 0;
      const g2 = valueAt(year, "box1-schijfgrens-2") ?? 0;
      const t1 = valueAt(year, "box1-tarief-1") ?? 0;
      const t2 = valueAt(year, "box1-tarief-2") ?? 0;
      const k2 = Math.floor((g1 * t1) / 100) * 100;
      expect(valueAt(year, "box1-belasting-tot-schijf-2"), `${year}`).toBe(k2);
      const k3 = valueAt(year, "box1-belasting-tot-schijf-3") ?? 0;
      expect(Math.abs(k2 + (g2 - g1) * t2 - k3), `${year}`).toBeLessThan(200);
    }
  });

  it("has the algemene heffingskorting of art. 8.10 lid 2", () => {
    // 2026: "bedraagt € 3.115, verminderd ... met 6,398% van het gedeelte van het verzamelinkomen
    // dat meer bedraagt dan € 29.736".
    expect(valueAt(2026, "ahk-maximum")).toBe(311_500);
    expect(valueAt(2026, "ahk-afbouw")).toBe(0.06398);
    expect(valueAt(2026, "ahk-afbouw-vanaf")).toBe(2_973_600);
    // 2024: € 3.362, 6,630%, € 24.812.
    expect(valueAt(2024, "ahk-maximum")).toBe(336_200);
    expect(valueAt(2024, "ahk-afbouw")).toBe(0.0663);
    expect(valueAt(2024, "ahk-afbouw-vanaf")).toBe(2_481_200);
  });

  it("has the arbeidskorting of art. 8.11 lid 2 in 2026", () => {
    // "a. 8,324% ... maximum van € 996 ... b. 31,009% ... meer bedraagt dan € 11.965 ... niet meer
    // bedraagt dan € 5.300 ... c. 1,950% ... meer bedraagt dan € 25.845 ... niet meer bedraagt dan
    // € 5.685 ... d. 6,51% ... meer bedraagt dan € 45.592".
    const expected: Record<string, number> = {
      "ak-tarief-a": 0.08324,
      "ak-maximum-a": 99_600,
      "ak-tarief-b": 0.31009,
      "ak-vanaf-b": 1_196_500,
      "ak-maximum-b": 530_000,
      "ak-tarief-c": 0.0195,
      "ak-vanaf-c": 2_584_500,
      "ak-maximum": 568_500,
      "ak-afbouw": 0.0651,
      "ak-afbouw-vanaf": 4_559_200,
    };
    for (const [p, v] of Object.entries(expected)) expect(valueAt(2026, p), p).toBe(v);
  });

  it("has the 2025 combined rates the Belastingdienst publishes", () => {
    // "tot € 38.441 35,82%"; "vanaf € 38.441 t/m € 76.817 37,48%"; "Vanaf € 76.817 49,50%".
    expect(valueAt(2025, "box1-gecombineerd-tarief-1")).toBe(0.3582);
    expect(valueAt(2025, "box1-gecombineerd-tarief-2")).toBe(0.3748);
    expect(valueAt(2025, "box1-gecombineerd-tarief-3")).toBe(0.495);
  });

  it("has the 2026 first-bracket rate only as the (secondary) sources state it; 2027 stays a gap", () => {
    // A+B Adviesgroep and Slimgeldbeheer (secondary): "35,75%" to € 38.883; 17,85% from AOW age.
    expect(valueAt(2026, "box1-gecombineerd-tarief-1")).toBe(0.3575);
    expect(valueAt(2026, "box1-gecombineerd-tarief-aow-1")).toBe(0.1785);
    // No source gives the 2026 total of the premies as one number: we do not add it up ourselves.
    expect(valueAt(2026, "premie-volksverzekeringen")).toBeUndefined();
    expect(ib.filter((r) => r.valid_from >= "2027-01-01")).toEqual([]);
  });
});

describe("minimumloon", () => {
  it("has the hourly amounts Rijksoverheid and the SVB publish", () => {
    // Rijksoverheid, Bedragen minimumloon 2024: 1 januari € 13,27 (21+), € 10,62 (20), € 3,98 (15);
    // 1 juli € 13,68. SVB, vanaf 1 januari 2025: € 14,06.
    expect(hourly("2024-01-01", "21+")).toBe(1_327);
    expect(hourly("2024-01-01", "20")).toBe(1_062);
    expect(hourly("2024-01-01", "15")).toBe(398);
    expect(hourly("2024-07-01", "21+")).toBe(1_368);
    expect(hourly("2025-01-01", "21+")).toBe(1_406);
  });

  it("follows the youth percentages of the Besluit minimumjeugdloon art. 2 within a cent", () => {
    // "de 20-jarigen: 80 / de 19-jarigen: 60 / de 18-jarigen: 50 / de 17-jarigen: 39½ /
    // de 16-jarigen: 34½ / de 15-jarigen: 30".
    const pct: Record<string, number> = {
      "20": 0.8,
      "19": 0.6,
      "18": 0.5,
      "17": 0.395,
      "16": 0.345,
      "15": 0.3,
    };
    for (const date of new Set(wml.map((r) => r.valid_from))) {
      const adult = hourly(date, "21+") ?? 0;
      for (const [age, p] of Object.entries(pct)) {
        const cent = hourly(date, age);
        if (cent !== undefined)
          expect(Math.abs(cent - adult * p), `${date} ${age}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("says 'Secundair' where every source is secondary or was not read itself", () => {
    const sources = loadSourceIndex();
    const secondary = (id: string) =>
      /Secundair|Niet zelf geopend|Niet zelf gelezen/i.test(sources.get(id)?.note ?? "");
    for (const row of [...ib, ...wml])
      if (row.source.every(secondary))
        expect(row.note ?? "", `${row.valid_from} ${row.source.join(";")}`).toMatch(/^Secundair/);
  });
});
