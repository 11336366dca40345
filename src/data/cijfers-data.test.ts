/**
 * The datasets behind /cijfers/ and /tijdlijn/: they validate, and a few key figures match what
 * the sources publish (expected values typed from the sources, not from our code).
 */
import { describe, expect, test } from "vitest";
import { DataError } from "./csv.ts";
import { dataset as deeltijd } from "./datasets/bijstand-deeltijdwerk.ts";
import { dataset as duur } from "./datasets/bijstand-duur-uitstroom.ts";
import { dataset as personen } from "./datasets/bijstand-personen.ts";
import { dataset as geparkeerd } from "./datasets/geparkeerd-per-stad.ts";
import { dataset as uitkomsten } from "./datasets/participatiewet-uitkomsten.ts";
import { dataset as strengheid } from "./datasets/strengheid-bijstand.ts";
import { KINDS, dataset as tijdlijn } from "./datasets/tijdlijn.ts";
import { parseMeasureRows } from "./measures.ts";

const all = [personen, deeltijd, duur, geparkeerd, uitkomsten, strengheid, tijdlijn];

describe("cijfers datasets", () => {
  test.each(all.map((d) => [d.name, d] as const))(
    "%s validates, every row has a source",
    (_n, ds) => {
      const rows = ds.loadRows() as { source: string[] }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.source.length).toBeGreaterThan(0);
    },
  );

  test("caseload: CBS peak of 472 thousand in 2017-K1 and low of 397 thousand in 2022 (revised)", () => {
    const rows = personen.loadRows();
    const byPeriod = new Map(rows.map((r) => [r.period, r]));
    expect(byPeriod.get("2017-K1")?.persons).toBe(472_000);
    expect(byPeriod.get("2022-K3")?.persons).toBe(397_000);
    expect(byPeriod.get("2025-K4")).toMatchObject({ persons: 410_000, status: "voorlopig" });
  });

  test("caseload: quarters are unique and in order; revised never follows provisional", () => {
    const periods = personen.loadRows().map((r) => r.period);
    expect(new Set(periods).size).toBe(periods.length);
    expect([...periods].sort()).toEqual(periods);
    const statuses = personen.loadRows().map((r) => r.status);
    const firstProvisional = statuses.indexOf("voorlopig");
    expect(statuses.slice(firstProvisional).every((s) => s === "voorlopig")).toBe(true);
  });

  test("SCP 2019: classic bijstand job chance 7% before, 8% after", () => {
    const rows = uitkomsten
      .loadRows()
      .filter((r) => r.group === "klassieke-bijstand" && r.measure === "baankans");
    expect(Object.fromEntries(rows.map((r) => [r.phase, r.value]))).toEqual({
      voor: 0.07,
      na: 0.08,
    });
  });

  test("part-time work: the two measures stay separate (register 8%, survey 13% in 2018)", () => {
    const y2018 = deeltijd.loadRows().filter((r) => r.period === "2018");
    expect(y2018.map((r) => [r.measure, r.value]).sort()).toEqual([
      ["betaald-werk-enquete", 0.13],
      ["werk-naast-bijstand-registratie", 0.08],
    ]);
  });

  test("tegenprestatie: CBS estimates with their margins", () => {
    const rows = strengheid.loadRows().filter((r) => r.measure === "tegenprestatie-personen");
    expect(rows.map((r) => [r.period, r.value, r.margin])).toEqual([
      ["2021-03", 34_200, 0.19],
      ["2022-03", 26_300, 0.18],
      ["2023-03", 25_200, 0.15],
      ["2024-03", 28_800, 0.16],
    ]);
  });
});

describe("measure datasets reject rows that do not fit", () => {
  const header = "period,group,measure,value,unit,qualifier,reported_in,derived,source,note";
  test("a unit that does not match the measure fails with file:line:column", () => {
    const text = `${header}\n2024-12,iedereen,aandeel-langer-dan-2-jaar,289000,personen,,publicatie,nee,x,\n`;
    expect(() => parseMeasureRows(duur, duur.measures, text)).toThrow(DataError);
    expect(() => parseMeasureRows(duur, duur.measures, text)).toThrow(
      /bijstand-duur-uitstroom\.csv:2:5: unit: "personen" does not match measure "aandeel-langer-dan-2-jaar"/,
    );
  });
  test("a row without a source fails", () => {
    const text = `${header}\n2024-12,iedereen,aandeel-langer-dan-2-jaar,0.71,aandeel,,publicatie,nee,,\n`;
    expect(() => parseMeasureRows(duur, duur.measures, text)).toThrow(/source/);
  });
  test("a number on a direction-only measure fails", () => {
    const h = "group,measure,phase,value,unit,qualifier,direction,reported_in,derived,source,note";
    const text = `${h}\nklassieke-bijstand,richting-vaste-contracten,verandering,0.1,richting,,minder,citaat,nee,x,\n`;
    expect(() => parseMeasureRows(uitkomsten, uitkomsten.measures, text)).toThrow(/direction-only/);
  });
  test("a valid row passes", () => {
    const text = `${header}\n2024-12,iedereen,aandeel-langer-dan-2-jaar,0.71,aandeel,,publicatie,nee,x,\n`;
    expect(parseMeasureRows(duur, duur.measures, text)).toHaveLength(1);
  });
});

describe("tijdlijn", () => {
  const rows = tijdlijn.loadRows();
  test("events are in date order", () => {
    const dates = rows.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });
  test("every event has a source, a known kind and a unique id", () => {
    for (const r of rows) {
      expect(r.source.length, r.id).toBeGreaterThan(0);
      expect(Object.keys(KINDS)).toContain(r.kind);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
  test("covers 2013 to 2027 and every kind", () => {
    expect(rows[0]?.date.slice(0, 4)).toBe("2013");
    expect(rows.at(-1)?.date.slice(0, 4)).toBe("2027");
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(Object.keys(KINDS)));
  });
});
