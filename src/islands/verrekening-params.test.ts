import { describe, expect, it } from "vitest";
import { params } from "../../tests/fixtures/engine.ts";
import {
  averageEstimate,
  formatInkomstenLines,
  INKOMSTEN_RULE,
  parseInkomsten,
  parseTimelineForm,
  readTimelineQuery,
  splitInkomsten,
  writeInkomsten,
  writeTimelineQuery,
} from "./verrekening-params.ts";

describe("inkomsten", () => {
  it("reads commas as month separators with dot decimals", () => {
    const r = parseInkomsten("450,0,612.50,1078,0,5");
    expect(r).toEqual({ ok: true, cents: [45_000, 0, 61_250, 107_800, 0, 500] });
  });
  it("reads semicolons or lines with Dutch decimals and euro signs", () => {
    expect(parseInkomsten("450;0;612,50;1.078,50;0;5")).toEqual({
      ok: true,
      cents: [45_000, 0, 61_250, 107_850, 0, 500],
    });
    expect(parseInkomsten(formatInkomstenLines([45_000, 0, 61_250, 107_850, 0, 500]))).toEqual({
      ok: true,
      cents: [45_000, 0, 61_250, 107_850, 0, 500],
    });
  });
  it("reads what people type on one line: a comma and a space between months, decimal commas", () => {
    expect(parseInkomsten("450, 0, 612,50, 1.078,50, 0, 5")).toEqual({
      ok: true,
      cents: [45_000, 0, 61_250, 107_850, 0, 500],
    });
    expect(parseInkomsten("450\n0\n612,50\n612.50\n€ 10\n0")).toEqual({
      ok: true,
      cents: [45_000, 0, 61_250, 61_250, 1_000, 0],
    });
  });
  it("reads every link the site wrote to the same amounts (commas, no spaces)", () => {
    expect(parseInkomsten("450,50,612,0,0,1")).toEqual({
      ok: true,
      cents: [45_000, 5_000, 61_200, 0, 0, 100],
    });
  });
  it("says the field's rule when the months do not add up", () => {
    // "450,0,612,50" on one line without spaces is the link form: four months, too few.
    const r = parseInkomsten("450,0,612,50");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(INKOMSTEN_RULE);
    expect(INKOMSTEN_RULE).not.toMatch(/punt/);
  });
  it("names the bad month and refuses too few or too many months", () => {
    const bad = parseInkomsten("1,2,abc,4,5,6");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^Maand 3: /);
    expect(parseInkomsten("1,2,3").ok).toBe(false);
    expect(parseInkomsten(Array(37).fill("1").join(",")).ok).toBe(false);
    expect(parseInkomsten("-5,1,2,3,4,5").ok).toBe(false);
  });
  it("writes the comma form and reads it back", () => {
    const cents = [45_000, 0, 61_250, 5, 107_850, 100];
    expect(writeInkomsten(cents)).toBe("450,0,612.50,0.05,1078.50,1");
    expect(parseInkomsten(writeInkomsten(cents))).toEqual({ ok: true, cents });
    expect(splitInkomsten("")).toEqual([]);
  });
  it("rounds the default estimate down to whole euros", () => {
    expect(averageEstimate([45_050, 45_000])).toBe(45_000);
  });
});

describe("permalink", () => {
  it("a calculator link gives twelve months of its netto", () => {
    const v = readTimelineQuery(params, "?datum=2025-07&netto=612,50&leeftijd=40");
    const p = parseInkomsten(v.inkomsten);
    expect(p).toEqual({ ok: true, cents: Array(12).fill(61_250) });
    expect(v.schatting).toBe("612");
  });
  it("round-trips through the query", () => {
    const q =
      "datum=2025-07&leefvorm=alleenstaand&leeftijd=35&maand=7&regeling=landelijk&inkomsten=500,0,0,0,0,612.50&methode=schatting&schatting=400";
    const v = readTimelineQuery(params, `?${q}`);
    const again = readTimelineQuery(params, `?${writeTimelineQuery(v)}`);
    expect(again.inkomsten).toBe("500,0,0,0,0,612.50");
    expect(again.methode).toBe("schatting");
    expect(again.schatting).toBe("400");
    const parsed = parseTimelineForm(params, again);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.input.estimateCent).toBe(40_000);
      expect(parsed.input.startMonth).toBe(7);
      expect(parsed.input.earningsCent[5]).toBe(61_250);
    }
  });
  it("reports bad values per field", () => {
    const v = readTimelineQuery(params, "?methode=later&inkomsten=1,2&leeftijd=12");
    const parsed = parseTimelineForm(params, v);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(Object.keys(parsed.errors).sort()).toEqual(["inkomsten", "leeftijd", "methode"]);
  });
});

describe("methode=ontvangst", () => {
  it("round-trips and parses into the engine input", () => {
    const v = readTimelineQuery(
      params,
      "?datum=2026-01&leeftijd=35&inkomsten=0,800,0,1200,400,0&methode=ontvangst",
    );
    expect(writeTimelineQuery(v)).toMatch(/&inkomsten=0,800,0,1200,400,0&methode=ontvangst$/);
    const parsed = parseTimelineForm(params, v);
    expect(parsed.ok && parsed.input.method).toBe("ontvangst");
  });
});

describe("household fields (children, rent, partner) for the toeslagen over the year", () => {
  const base =
    "datum=2026-01&leefvorm=alleenstaande-ouder&leeftijd=35&maand=1&kind=ja&urenbeperking=nee&regeling=landelijk&inkomsten=0,0,800,1200,2000,2500&methode=achteraf";

  it("reads kinderen and huur into the household and writes them back only when filled", () => {
    const values = readTimelineQuery(params, `${base}&kinderen=4,9&huur=650`);
    const parsed = parseTimelineForm(params, values);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.input.household).toEqual({ kinderen: [4, 9], huurCent: 65_000 });
    expect(writeTimelineQuery(values)).toContain("kinderen=4,9&huur=650");
    const plain = readTimelineQuery(params, base);
    expect(writeTimelineQuery(plain)).not.toMatch(/kinderen|huur|partnernetto/);
    const p = parseTimelineForm(params, plain);
    expect(p.ok && p.input.household).toEqual({});
  });

  it("a link without the new fields gives the same timeline input as before", () => {
    const parsed = parseTimelineForm(params, readTimelineQuery(params, base));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.input.person).not.toHaveProperty("partnerNettoCent");
    expect(parsed.input.earningsCent).toEqual([0, 0, 80_000, 120_000, 200_000, 250_000]);
  });

  it("counts the partner's earnings every month, as the calculator does", () => {
    const couple = base.replace(
      "leefvorm=alleenstaande-ouder",
      "leefvorm=samenwonend&partnerleeftijd=40",
    );
    const parsed = parseTimelineForm(
      params,
      readTimelineQuery(params, `${couple}&partnernetto=300`),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.input.person.partnerNettoCent).toBe(30_000);
  });

  it("a bad kinderen or huur gets a Dutch message at its own field", () => {
    const r = parseTimelineForm(params, readTimelineQuery(params, `${base}&kinderen=abc&huur=-5`));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.kinderen).toMatch(/leeftijden/);
      expect(r.errors.huur).toBeTruthy();
      expect(r.errors.inkomsten).toBeUndefined();
    }
  });
});
