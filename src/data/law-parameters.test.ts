import { describe, expect, it } from "vitest";
import { dataset as aow } from "./datasets/aow-leeftijd.ts";
import { dataset as normen } from "./datasets/bijstandsnormen.ts";
import { dataset as regels } from "./datasets/participatiewet-regels.ts";
import { dataset as regelingen } from "./datasets/regelingen.ts";
import { dataset as vrijlatingen } from "./datasets/vrijlatingen.ts";
import { buildLawParameters } from "./law-parameters.ts";
import { loadSourceIndex } from "./sources.ts";

const params = buildLawParameters();

describe("law parameters from data/", () => {
  it("covers every half year from 2015-01 to 2026-07", () => {
    expect(params.periods).toHaveLength(24);
    expect(params.periods[0]).toBe("2015-01-01");
    expect(params.periods.at(-1)).toBe("2026-07-01");
    expect(params.lastDate).toBe("2026-12-31");
  });

  it("holds the norms of 1 July 2026 as the law text gives them", () => {
    // Participatiewet, tekst geldend op 1 juli 2026 (https://wetten.overheid.nl/BWBR0015703/2026-07-01):
    // art. 21 onder a "€ 1.419,46", onder b "€ 2.027,79"; art. 20 lid 3 "€ 762,24".
    expect(params.norms["2026-07-01"]?.["alleenstaande-21"]?.cent).toBe(141_946);
    expect(params.norms["2026-07-01"]?.["gehuwden-21"]?.cent).toBe(202_779);
    expect(params.norms["2026-07-01"]?.["verhoging-18-20"]?.cent).toBe(76_224);
  });

  it("has the core norms and the n maximum in every period", () => {
    for (const p of params.periods) {
      for (const kind of ["alleenstaande-21", "gehuwden-21"] as const)
        expect(params.norms[p]?.[kind], `${kind} ${p}`).toBeDefined();
      expect(params.vrijlatingen[p]?.n, `n ${p}`).toBeDefined();
    }
  });

  it("keeps the documented gaps as gaps", () => {
    // The law text of 1 January 2016 still shows the art. 22a lid 3 amounts of 1 July 2015; we
    // keep that norm out rather than use an amount that looks stale.
    expect(params.norms["2016-01-01"]?.["jongere-partner-kostendelers"]).toBeUndefined();
  });

  it("holds amounts that once were gaps, now read from the law text", () => {
    // Participatiewet, tekst geldend op 1 juli 2024, art. 31 lid 2 onder j, z en aa
    // (https://wetten.overheid.nl/BWBR0015703/2024-07-01): € 3.209,00 per kalenderjaar; € 170,18.
    expect(params.vrijlatingen["2024-07-01"]?.j?.maxCent).toBe(320_900);
    expect(params.vrijlatingen["2024-07-01"]?.z?.maxCent).toBe(17_018);
    expect(params.vrijlatingen["2024-07-01"]?.aa?.maxCent).toBe(17_018);
    // Participatiewet, tekst geldend op 1 juli 2019, art. 31 lid 2 onder y
    // (https://wetten.overheid.nl/BWBR0015703/2019-07-01): € 133,45 per maand.
    expect(params.vrijlatingen["2019-07-01"]?.y?.maxCent).toBe(13_345);
    // Participatiewet, tekst geldend op 1 januari 2016, art. 20 lid 1 onder a
    // (https://wetten.overheid.nl/BWBR0015703/2016-01-01): € 240,10.
    expect(params.norms["2016-01-01"]?.["alleenstaande-18-20"]?.cent).toBe(24_010);
    // Participatiewet, tekst geldend op 1 januari 2019, art. 22 onder a
    // (https://wetten.overheid.nl/BWBR0015703/2019-01-01): € 1.147,80.
    expect(params.norms["2019-01-01"]?.["alleenstaande-aow"]?.cent).toBe(114_780);
  });

  it("holds the published amounts", () => {
    expect(params.norms["2023-01-01"]?.["alleenstaande-21"]?.cent).toBe(119_566);
    expect(params.vrijlatingen["2026-01-01"]?.n).toMatchObject({
      ratePpm: 250_000,
      maxCent: 28_500,
    });
    expect(params.vrijlatingen["2026-01-01"]?.r).toMatchObject({
      ratePpm: 125_000,
      maxCent: 17_766,
    });
    expect(params.vrijlatingen["2026-01-01"]?.j).toMatchObject({
      ratePpm: null,
      maxCent: 339_800,
      per: "kalenderjaar",
    });
  });

  it("alleenstaandennorm is 70% of the gehuwdennorm within a cent", () => {
    for (const p of params.periods) {
      const a = params.norms[p]?.["alleenstaande-21"]?.cent ?? 0;
      const b = params.norms[p]?.["gehuwden-21"]?.cent ?? 0;
      expect(Math.abs(a * 10 - b * 7), p).toBeLessThanOrEqual(10);
    }
  });

  it("cites only sources that exist", () => {
    const index = loadSourceIndex();
    for (const ds of [aow, normen, regels, regelingen, vrijlatingen]) {
      for (const row of ds.loadRows())
        for (const id of row.source) expect(index.has(id), `${ds.name}: ${id}`).toBe(true);
    }
  });
});
