import { describe, expect, it } from "vitest";
import { ok, params, person } from "../../tests/fixtures/engine.ts";
import { calculateVakantietoeslag, determineNorm } from "./norm.ts";
import type { MonthInput } from "./types.ts";

function norm(input: MonthInput) {
  const date = `${input.date.slice(0, 7)}-01`;
  const period =
    Number(date.slice(5, 7)) >= 7 ? `${date.slice(0, 4)}-07-01` : `${date.slice(0, 4)}-01-01`;
  return determineNorm(params, input, period, date);
}

describe("norms from the published tables (incl. vakantietoeslag)", () => {
  // Values as published in the law text / municipal tables (see data/bijstandsnormen.csv sources).
  const cases: [string, Partial<MonthInput>, number][] = [
    ["2015-01 alleenstaande 21+", { date: "2015-01" }, 96_083],
    ["2017-07 gehuwden 21+", { date: "2017-07", leefvorm: "samenwonend", partnerAge: 40 }, 140_931],
    [
      "2020-01 alleenstaande ouder 21+",
      { date: "2020-03", leefvorm: "alleenstaande-ouder" },
      105_232,
    ],
    ["2024-07 gehuwden 21+", { date: "2024-12", leefvorm: "samenwonend", partnerAge: 30 }, 186_921],
    ["2025-07 alleenstaande AOW", { date: "2025-08", age: 70 }, 153_021],
    [
      "2024-01 gehuwden AOW (one partner)",
      { date: "2024-02", leefvorm: "samenwonend", age: 70, partnerAge: 60 },
      193_232,
    ],
    ["2026-01 jongere 18-20", { date: "2026-01", age: 19 }, 34_599],
    [
      "2023-01 both 18-20, child",
      { date: "2023-01", leefvorm: "samenwonend", age: 19, partnerAge: 20, childUnder12: true },
      93_202,
    ],
    [
      "2024-01 one 18-20, one 21+, no child",
      { date: "2024-01", leefvorm: "samenwonend", age: 19, partnerAge: 25 },
      123_396,
    ],
  ];
  for (const [name, input, cent] of cases) {
    it(name, () => {
      expect(ok(norm(person(input))).normCent).toBe(cent);
    });
  }
});

describe("vakantietoeslag (art. 19 lid 3): 5% of the norm incl. VT, half up", () => {
  // Excl. VT amounts as published by municipalities for these periods.
  const published: [string, number, number][] = [
    ["2015-01-01", 96_083, 91_279],
    ["2015-01-01", 137_262, 130_399],
    ["2017-01-01", 98_279, 93_365],
    ["2024-01-01", 128_383, 121_964],
    ["2024-01-01", 183_404, 174_234],
    ["2025-07-01", 136_906, 130_061],
    ["2025-07-01", 195_580, 185_801],
  ];
  for (const [date, incl, excl] of published) {
    it(`${date}: ${incl} → ${excl}`, () => {
      expect(incl - calculateVakantietoeslag(params, incl, date)).toBe(excl);
    });
  }
});

describe("kostendelersnorm in households", () => {
  it("a single with an adult child of 24: kostendeler in 2022, not from 2023 (21 → 27)", () => {
    const dec = ok(norm(person({ date: "2022-12", housemates: [{ age: 24 }] })));
    expect(dec.personen).toBe(2);
    expect(dec.normCent).toBe(78_702); // 50% × 1574,03 = 787,015 → 787,02
    const jan = ok(norm(person({ date: "2023-01", housemates: [{ age: 24 }] })));
    expect(jan.personen).toBe(1);
    expect(jan.normCent).toBe(119_566); // art. 21 onder a, 2023-01
  });
  it("a housemate of 27 still counts in 2023", () => {
    expect(ok(norm(person({ date: "2023-03", housemates: [{ age: 27 }] }))).normCent).toBe(85_404);
  });
  it("a couple with one kostendeler: twice the norm for A = 3 (art. 22a lid 2)", () => {
    const r = ok(
      norm(
        person({
          date: "2024-01",
          leefvorm: "samenwonend",
          partnerAge: 40,
          housemates: [{ age: 50 }],
        }),
      ),
    );
    expect(r.personen).toBe(3);
    expect(r.normCent).toBe(2 * 79_475);
  });
  it("a couple 19 and 25 with a kostendeler: A = 2 for the older partner plus the art. 22a lid 3 amount", () => {
    const r = ok(
      norm(
        person({
          date: "2024-01",
          leefvorm: "samenwonend",
          age: 19,
          partnerAge: 25,
          housemates: [{ age: 30 }],
        }),
      ),
    );
    expect(r.normCent).toBe(91_702 + 31_694);
  });
  it("an 18–20-year-old keeps the youth norm with housemates", () => {
    expect(
      ok(norm(person({ date: "2024-01", age: 20, housemates: [{ age: 45 }, { age: 47 }] })))
        .normCent,
    ).toBe(31_694);
  });
  it("AOW age with a kostendeler uses the AOW gehuwdennorm as B", () => {
    expect(ok(norm(person({ date: "2025-07", age: 70, housemates: [{ age: 40 }] }))).normCent).toBe(
      104_749,
    );
  });
});

describe("18–20 verhoging (art. 20 lid 3, from 2026)", () => {
  it("adds € 746,45 when the person cannot fall back on parents", () => {
    expect(ok(norm(person({ age: 19, jongerenverhoging: true }))).normCent).toBe(34_599 + 74_645);
  });
  it("does not exist before 2026", () => {
    expect(ok(norm(person({ date: "2025-12", age: 19, jongerenverhoging: true }))).normCent).toBe(
      33_798,
    );
  });
});

describe("gaps in the data are reported, never filled", () => {
  it("2016-01 couple of 19 and 25 with a kostendeler: art. 22a lid 3 left out", () => {
    // The law text of 1 January 2016 still shows the art. 22a lid 3 amounts of 1 July 2015, so
    // the data leave that norm out.
    const r = norm(
      person({
        date: "2016-02",
        age: 19,
        leefvorm: "samenwonend",
        partnerAge: 25,
        housemates: [{ age: 40 }],
      }),
    );
    expect(r.ok).toBe(false);
  });
  it("former gaps now come from the law text", () => {
    // Participatiewet, tekst geldend op 1 januari 2016, art. 20 lid 1 onder a: € 240,10
    // (https://wetten.overheid.nl/BWBR0015703/2016-01-01).
    expect(ok(norm(person({ date: "2016-02", age: 19 }))).normCent).toBe(24_010);
    // Participatiewet, tekst geldend op 1 januari 2019, art. 22 onder a: € 1.147,80
    // (https://wetten.overheid.nl/BWBR0015703/2019-01-01).
    expect(ok(norm(person({ date: "2019-03", age: 70 }))).normCent).toBe(114_780);
  });
});
