import { describe, expect, test } from "vitest";
import { chart as kaart } from "../charts/gemeente-kaart.ts";
import { dataset as beleid } from "./datasets/gemeente-beleid.ts";
import { dataset as premies } from "./datasets/gemeente-premies.ts";
import { dataset as standpunten } from "./datasets/gemeente-standpunten.ts";
import { dataset as wethouders } from "./datasets/gemeente-wethouders.ts";
import { dataset as gemeenten } from "./datasets/gemeenten.ts";
import { dataset as landelijk } from "./datasets/landelijke-standpunten.ts";
import { dataset as regelingen } from "./datasets/regelingen.ts";
import { gemeenteFeatureIndex, loadGemeenteFeatures } from "./gemeente-geo.ts";
import {
  CATEGORIES,
  categoriesOf,
  gemeenteHref,
  markedGemeenten,
  matrixCell,
} from "./gemeente-model.ts";

const slugs = new Set(gemeenten.loadRows().map((g) => g.slug));

describe("gemeenten and the boundary file", () => {
  test("the boundary file holds the 342 municipalities of 2025 (data/geo/README)", () => {
    expect(loadGemeenteFeatures().features).toHaveLength(342);
  });

  test("every municipality in the data is on the map: its GM code exists in the topojson", () => {
    const index = gemeenteFeatureIndex();
    const missing = gemeenten
      .loadRows()
      .filter((g) => !index.has(g.gm_code))
      .map((g) => `${g.name} ${g.gm_code}`);
    expect(missing).toEqual([]);
  });

  test("codes join to the right names (spot checks from the CBS file)", () => {
    const index = gemeenteFeatureIndex();
    const name = (slug: string) =>
      index.get(gemeenten.loadRows().find((g) => g.slug === slug)?.gm_code ?? "")?.properties
        .statnaam;
    expect(name("den-haag")).toBe("'s-Gravenhage");
    expect(name("den-bosch")).toBe("'s-Hertogenbosch");
    expect(name("zeist")).toBe("Zeist");
    expect(name("oss")).toBe("Oss");
  });

  test("slugs and codes are unique", () => {
    const rows = gemeenten.loadRows();
    expect(new Set(rows.map((g) => g.slug)).size).toBe(rows.length);
    expect(new Set(rows.map((g) => g.gm_code)).size).toBe(rows.length);
  });

  test("the municipalities the issue names all have a page", () => {
    const required = [
      "amsterdam",
      "rotterdam",
      "den-haag",
      "utrecht",
      "zeist",
      "groningen",
      "tilburg",
      "wageningen",
      "nijmegen",
      "deventer",
      "leeuwarden",
      "eindhoven",
      "enschede",
      "oss",
    ];
    expect(required.filter((s) => !slugs.has(s))).toEqual([]);
  });
});

describe("the map", () => {
  test("every marked shape has a page: each drawn row links to a municipality in the data", () => {
    const rows = kaart.rows();
    expect(rows.length).toBeGreaterThan(0);
    const pages = new Set([...slugs].map(gemeenteHref));
    expect(rows.filter((r) => !pages.has(r.page))).toEqual([]);
  });

  test("it marks exactly the municipalities with a category, once per category", () => {
    const rows = kaart.rows();
    const expected = markedGemeenten().flatMap((g) =>
      categoriesOf(g).map((c) => `${g.gm_code}:${c.key}`),
    );
    expect(rows.map((r) => `${r.gm_code}:${r.category_key}`).sort()).toEqual(expected.sort());
  });

  test("the six national experiments, with Zeist inside Utrecht's (seed 002 note 2; seed 003)", () => {
    const national = gemeenten
      .loadRows()
      .filter((g) => g.landelijk_experiment)
      .map((g) => g.slug)
      .sort();
    expect(national).toEqual([
      "deventer",
      "groningen",
      "nijmegen",
      "tilburg",
      "utrecht",
      "wageningen",
      "zeist",
    ]);
  });
});

describe("every category is backed by a sourced row", () => {
  const has = (slug: string, topics: string[]) =>
    beleid.loadRows().some((r) => r.gemeente === slug && topics.includes(r.topic));
  for (const g of gemeenten.loadRows()) {
    test(g.name, () => {
      if (g.landelijk_experiment) expect(has(g.slug, ["experiment"])).toBe(true);
      expect(g.eigen_experiment).toBe(has(g.slug, ["eigen_experiment"]));
      expect(g.bijverdienpremie).toBe(premies.loadRows().some((p) => p.gemeente === g.slug));
      if (g.afwijking)
        expect(has(g.slug, ["afwijking", "kostendelersnorm", "tegenprestatie"])).toBe(true);
    });
  }
});

describe("joins", () => {
  test("every row of every municipal file names a municipality in gemeenten.csv", () => {
    const orphans = [
      ...beleid.loadRows().map((r) => r.gemeente),
      ...premies.loadRows().map((r) => r.gemeente),
      ...standpunten.loadRows().map((r) => r.gemeente),
      ...wethouders.loadRows().map((r) => r.gemeente),
    ].filter((s) => !slugs.has(s));
    expect(orphans).toEqual([]);
  });

  test("experiment pages use the slugs of /experimenten/", () => {
    const allowed = new Set([
      "groningen",
      "tilburg",
      "utrecht",
      "wageningen",
      "deventer",
      "nijmegen",
      "amsterdam",
      "oss",
      "rotterdam",
      "finland",
    ]);
    const bad = gemeenten
      .loadRows()
      .filter((g) => g.experiment_page && !allowed.has(g.experiment_page));
    expect(bad).toEqual([]);
  });

  test("calculator regimes named by a municipality exist in regelingen.csv", () => {
    const known = new Set(regelingen.loadRows().map((r) => r.regeling));
    const named = gemeenten
      .loadRows()
      .flatMap((g) => (g.regelingen ?? "").split(";").filter(Boolean));
    expect(named.filter((id) => !known.has(id))).toEqual([]);
  });

  test("a premium linked to a calculator regime has the same rate and cap as the calculator", () => {
    const byId = new Map(regelingen.loadRows().map((r) => [r.regeling, r]));
    for (const p of premies.loadRows().filter((p) => p.regeling)) {
      const r = byId.get(p.regeling ?? "");
      expect(r, p.name).toBeDefined();
      expect(p.rate).toBe(r?.rate);
      expect(p.cap_cent).toBe(r?.max_cent);
    }
  });
});

describe("matrix and actors", () => {
  test("a cell without a source is empty (shown as 'onbekend'), a non-participant gets the sourced 'not in the six'", () => {
    const zeist = gemeenten.loadRows().find((g) => g.slug === "zeist");
    const denHaag = gemeenten.loadRows().find((g) => g.slug === "den-haag");
    if (!zeist || !denHaag) throw new Error("missing rows");
    expect(matrixCell(zeist, "tegenprestatie")).toEqual([]);
    expect(matrixCell(denHaag, "experiment")[0]).toEqual({ kind: "geen-landelijk-experiment" });
  });

  test("every national actor the issue names has at least one dated position", () => {
    for (const actor of ["vng", "divosa", "lcr", "fnv", "kabinet", "tweede-kamer"] as const) {
      const rows = landelijk.loadRows().filter((r) => r.actor === actor);
      expect(
        rows.some((r) => r.date !== null),
        actor,
      ).toBe(true);
    }
  });

  test("categories have distinct symbols (shape, not only colour)", () => {
    expect(new Set(CATEGORIES.map((c) => c.symbol)).size).toBe(CATEGORIES.length);
  });
});
