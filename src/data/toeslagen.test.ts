/**
 * The toeslagen datasets (zorgtoeslag, kindgebonden budget, kinderbijslag, Awir) checked against the
 * law by example: the expected values are typed from the quoted source, not from the CSV.
 */
import { describe, expect, it } from "vitest";
import { parseRows } from "./dataset.ts";
import { AWIR_UNITS, dataset as awir } from "./datasets/awir.ts";
import { dataset as kinderbijslag } from "./datasets/kinderbijslag.ts";
import {
  KINDGEBONDEN_BUDGET_UNITS,
  dataset as kindgebondenBudget,
} from "./datasets/kindgebonden-budget.ts";
import { ZORGTOESLAG_UNITS, dataset as zorgtoeslag } from "./datasets/zorgtoeslag.ts";
import { checkParameterRows } from "./parameter-table.ts";
import { loadSourceIndex } from "./sources.ts";

interface Row {
  valid_from: string;
  parameter: string;
  value: number;
}

/** The value of one parameter on one date, or undefined when the data has no row for it. */
function valueAt(rows: readonly Row[], validFrom: string, parameter: string): number | undefined {
  return rows.find((r) => r.valid_from === validFrom && r.parameter === parameter)?.value;
}

const zt = zorgtoeslag.loadRows();
const kgb = kindgebondenBudget.loadRows();
const kb = kinderbijslag.loadRows();
const aw = awir.loadRows();

describe("parameter tables", () => {
  it("give each parameter its one unit, whole cents, rates up to 1 and no duplicates", () => {
    expect(checkParameterRows(zt, ZORGTOESLAG_UNITS)).toEqual([]);
    expect(checkParameterRows(kgb, KINDGEBONDEN_BUDGET_UNITS)).toEqual([]);
    expect(checkParameterRows(aw, AWIR_UNITS)).toEqual([]);
  });

  it("reject a parameter name that is not in the closed list", () => {
    const header = "valid_from,parameter,value,unit,article,source,note";
    expect(() =>
      parseRows(zorgtoeslag, `${header}\n2025-01-01,standaardpremei,211200,cent,art. 4,x,\n`),
    ).toThrow(/data\/zorgtoeslag\.csv:2:2: parameter: expected one of/);
  });

  it("report a parameter in the wrong unit and a fraction of a cent", () => {
    const rows = [
      { valid_from: "2025-01-01", parameter: "standaardpremie", value: 0.5, unit: "rate" as const },
      { valid_from: "2025-01-01", parameter: "drempelinkomen", value: 2.5, unit: "cent" as const },
    ];
    expect(checkParameterRows(rows, ZORGTOESLAG_UNITS)).toHaveLength(2);
  });

  it("say 'Secundair' in the note where every source is secondary or was not read itself", () => {
    const sources = loadSourceIndex();
    const secondary = (id: string) =>
      /Secundair|Niet zelf geopend|Niet zelf gelezen/i.test(sources.get(id)?.note ?? "");
    const onlySecondary = [...zt, ...kgb, ...aw, ...kb].filter((r) => r.source.every(secondary));
    expect(onlySecondary.length).toBeGreaterThan(0);
    for (const row of onlySecondary)
      expect(row.note ?? "", `${row.valid_from} ${row.source.join(";")}`).toMatch(/^Secundair/);
  });
});

describe("zorgtoeslag (Wet op de zorgtoeslag)", () => {
  it("has the normpremie percentages of art. 2 lid 3", () => {
    // Wet op de zorgtoeslag, tekst geldend op 1 januari 2024, art. 2 lid 3: "4,256% van het
    // drempelinkomen, vermeerderd met 13,670% ... zonder partner op 1,879%".
    expect(valueAt(zt, "2024-01-01", "normpremie-drempel-alleenstaande")).toBe(0.01879);
    expect(valueAt(zt, "2024-01-01", "normpremie-drempel-partners")).toBe(0.04256);
    expect(valueAt(zt, "2024-01-01", "normpremie-boven-drempel")).toBe(0.1367);
    // Wet op de zorgtoeslag 2025, art. 2 lid 3: "1,896 procent" en "4,273 procent" van het
    // drempelinkomen, "vermeerderd met 13,700 procent van het toetsingsinkomen".
    expect(valueAt(zt, "2025-01-01", "normpremie-drempel-alleenstaande")).toBe(0.01896);
    expect(valueAt(zt, "2025-01-01", "normpremie-drempel-partners")).toBe(0.04273);
    expect(valueAt(zt, "2025-01-01", "normpremie-boven-drempel")).toBe(0.137);
    // Wet op de zorgtoeslag, tekst geldend op 1 januari 2026, art. 2 lid 3: "4,289% ... 13,730%
    // ... zonder partner op 1,912%" (Stb. 2025, 412 verving 1,911% en 4,288%).
    expect(valueAt(zt, "2026-01-01", "normpremie-drempel-alleenstaande")).toBe(0.01912);
    expect(valueAt(zt, "2026-01-01", "normpremie-drempel-partners")).toBe(0.04289);
    expect(valueAt(zt, "2026-01-01", "normpremie-boven-drempel")).toBe(0.1373);
  });

  it("has the standaardpremie per verzekerde", () => {
    // Regeling standaardpremie 2025, art. 1: "bedraagt voor het berekeningsjaar 2025: € 2.112,–".
    expect(valueAt(zt, "2025-01-01", "standaardpremie")).toBe(211_200);
    // Stcrt. 2023, 32413 (via github-toeslagrecht): "€ 1.987"; Taxlive 2026: "€ 2119".
    expect(valueAt(zt, "2024-01-01", "standaardpremie")).toBe(198_700);
    expect(valueAt(zt, "2026-01-01", "standaardpremie")).toBe(211_900);
  });

  it("halves the toeslag for a partner who is not verzekerd (art. 2 lid 4)", () => {
    // "vijftig procent van het op grond van het eerste lid berekende bedrag".
    for (const y of ["2024", "2025", "2026"])
      expect(valueAt(zt, `${y}-01-01`, "aandeel-partner-niet-verzekerd")).toBe(0.5);
  });

  it("has the vermogensgrenzen of art. 2a (2024) and art. 3 lid 1", () => {
    // 2024, art. 2a lid 1: "€ 140.213" / "€ 177.301"; 2026, art. 3 lid 1: "€ 146.011" / "€ 184.633".
    expect(valueAt(zt, "2024-01-01", "vermogensgrens-alleenstaande")).toBe(14_021_300);
    expect(valueAt(zt, "2024-01-01", "vermogensgrens-partners")).toBe(17_730_100);
    expect(valueAt(zt, "2026-01-01", "vermogensgrens-alleenstaande")).toBe(14_601_100);
    expect(valueAt(zt, "2026-01-01", "vermogensgrens-partners")).toBe(18_463_300);
  });

  it("has the inkomensgrenzen the Belastingdienst publishes", () => {
    // "niet boven de grens van € 40.857 ... In 2025 was dit € 39.719 ... niet meer dan € 51.142
    // ... In 2025 was dat € 50.206"; tabel 2024: € 37.496 / € 47.368.
    expect(valueAt(zt, "2026-01-01", "inkomensgrens-alleenstaande")).toBe(4_085_700);
    expect(valueAt(zt, "2026-01-01", "inkomensgrens-partners")).toBe(5_114_200);
    expect(valueAt(zt, "2025-01-01", "inkomensgrens-alleenstaande")).toBe(3_971_900);
    expect(valueAt(zt, "2025-01-01", "inkomensgrens-partners")).toBe(5_020_600);
    expect(valueAt(zt, "2024-01-01", "inkomensgrens-alleenstaande")).toBe(3_749_600);
    expect(valueAt(zt, "2024-01-01", "inkomensgrens-partners")).toBe(4_736_800);
  });

  it("keeps the Dienst's drempelinkomen within a euro of art. 1 onder f", () => {
    // Dienst Toeslagen, Berekening zorgtoeslag: € 26.819 (2024), € 28.406 (2025), € 29.736 (2026).
    const dienst = { "2024": 2_681_900, "2025": 2_840_600, "2026": 2_973_600 };
    for (const [y, cent] of Object.entries(dienst)) {
      const date = `${y}-01-01`;
      expect(valueAt(zt, date, "drempelinkomen"), y).toBe(cent);
      // Art. 1 onder f: 108% of twelve times the January minimumloon per maand.
      const wml = valueAt(zt, date, "minimumloon-maand-januari") ?? Number.NaN;
      expect(Math.abs(1.08 * 12 * wml - cent), y).toBeLessThan(100);
    }
  });

  it("has no value for 2027: not found, so not estimated", () => {
    expect(zt.filter((r) => r.valid_from >= "2027-01-01")).toEqual([]);
  });
});

describe("kindgebonden budget (Wet op het kindgebonden budget)", () => {
  it("has the amounts of art. 2 in 2024 and 2026", () => {
    // Tekst geldend op 1 januari 2024, art. 2: "€ 2.436", "€ 694,00", "€ 924,00", "€ 3.480",
    // "6,75%", "het met € 9.030,00 verhoogde drempelinkomen".
    const y2024: Record<string, number> = {
      "bedrag-eerste-kind": 243_600,
      "bedrag-volgend-kind": 243_600,
      "verhoging-12-15": 69_400,
      "verhoging-16-17": 92_400,
      "alleenstaande-ouderkop": 348_000,
      "afbouw-alleenstaande": 0.0675,
      "afbouw-partners": 0.0675,
      "drempel-verhoging-partners": 903_000,
    };
    // Tekst geldend op 1 januari 2026, art. 2: "€ 2.580", "€ 724", "€ 964,00", "€ 3.416",
    // "7,60%", "het met € 9.405 verhoogde drempelinkomen".
    const y2026: Record<string, number> = {
      "bedrag-eerste-kind": 258_000,
      "bedrag-volgend-kind": 258_000,
      "verhoging-12-15": 72_400,
      "verhoging-16-17": 96_400,
      "alleenstaande-ouderkop": 341_600,
      "afbouw-alleenstaande": 0.076,
      "afbouw-partners": 0.076,
      "drempel-verhoging-partners": 940_500,
    };
    for (const [p, v] of Object.entries(y2024)) expect(valueAt(kgb, "2024-01-01", p), p).toBe(v);
    for (const [p, v] of Object.entries(y2026)) expect(valueAt(kgb, "2026-01-01", p), p).toBe(v);
  });

  it("has the 2025 ouderkop and afbouw of art. 2 lid 6 and 7", () => {
    // Tekst geldend op 1 januari 2025: "€ 3.389"; "7,10%".
    expect(valueAt(kgb, "2025-01-01", "alleenstaande-ouderkop")).toBe(338_900);
    expect(valueAt(kgb, "2025-01-01", "afbouw-alleenstaande")).toBe(0.071);
  });

  it("has only the afbouw percentage for 2027, which the law already states", () => {
    // Art. 3 lid 5 onder b (tekst 2026): "met ingang van 1 januari 2027 8,05%".
    const rows2027 = kgb.filter((r) => r.valid_from === "2027-01-01");
    expect(rows2027.map((r) => r.parameter).sort()).toEqual([
      "afbouw-alleenstaande",
      "afbouw-partners",
    ]);
    for (const r of rows2027) expect(r.value).toBe(0.0805);
  });

  it("has the same vermogensgrenzen as the zorgtoeslag (Wkb art. 1 lid 4)", () => {
    for (const r of kgb.filter((r) => r.parameter.startsWith("vermogensgrens-")))
      expect(r.value, `${r.valid_from} ${r.parameter}`).toBe(
        valueAt(zt, r.valid_from, r.parameter),
      );
  });
});

describe("kinderbijslag (Algemene Kinderbijslagwet art. 12 lid 3)", () => {
  /** The three amounts per quarter on one date, youngest first. */
  const amounts = (date: string) =>
    kb
      .filter((r) => r.valid_from === date)
      .sort((a, b) => a.age_from - b.age_from)
      .map((r) => r.amount_per_quarter_cent);

  it("takes the raised amounts for the whole first quarter of 2024", () => {
    // Tekst geldend vanaf 25 januari 2024: "€ 279,49", "€ 339,38", "€ 399,27"; not the
    // € 261,70 / € 317,77 / € 373,85 of the text of 1 to 24 January 2024.
    expect(amounts("2024-01-01")).toEqual([27_949, 33_938, 39_927]);
  });

  it("has the amounts of 1 July 2026", () => {
    // Tekst geldend op 1 juli 2026: "€ 298,40", "€ 362,35", "€ 426,29".
    expect(amounts("2026-07-01")).toEqual([29_840, 36_235, 42_629]);
    // Tekst geldend op 1 januari 2025: "€ 286,45", "€ 347,83", "€ 409,21".
    expect(amounts("2025-01-01")).toEqual([28_645, 34_783, 40_921]);
  });

  it("covers ages 0 to 17 in three groups on every date, rising with age", () => {
    const dates = [...new Set(kb.map((r) => r.valid_from))];
    for (const date of dates) {
      const rows = kb
        .filter((r) => r.valid_from === date)
        .sort((a, b) => a.age_from - b.age_from)
        .map((r) => [r.age_from, r.age_to]);
      expect(rows, date).toEqual([
        [0, 5],
        [6, 11],
        [12, 17],
      ]);
      const a = amounts(date);
      expect(a[0] ?? 0, date).toBeLessThan(a[1] ?? 0);
      expect(a[1] ?? 0, date).toBeLessThan(a[2] ?? 0);
    }
    expect(dates.some((d) => d >= "2027-01-01")).toBe(false);
  });
});

describe("Awir", () => {
  it("has the minimum of art. 14 lid 5 and the terugvorderingsgrens of art. 26a", () => {
    // Awir 2025, art. 14 lid 5: "niet toegekend indien deze minder dan € 24 zou bedragen";
    // art. 26a lid 1: "niet meer bedraagt dan € 118".
    expect(valueAt(aw, "2025-01-01", "minimum-tegemoetkoming")).toBe(2_400);
    expect(valueAt(aw, "2025-01-01", "terugvorderingsgrens")).toBe(11_800);
  });
});
