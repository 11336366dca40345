/**
 * The data in `data/`: every file validates, every cited source exists (including those the
 * engine's worked examples cite), every source is cited, every chart cites known sources, and
 * datapackage.json describes exactly these files.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadExamples } from "../../tests/fixtures/engine-examples.ts";
import { charts } from "../charts/registry.ts";
import { dataPackageText } from "./datapackage.ts";
import { datasets, sourcesDataset } from "./registry.ts";
import { loadSourceIndex } from "./sources.ts";
import { checkCitations } from "./validate.ts";

describe("data files", () => {
  test.each(datasets.map((d) => [d.name, d]))("%s validates and has rows", (_name, ds) => {
    const rows = ds.loadRows();
    expect(rows.length).toBeGreaterThan(0);
  });

  test("every dataset except the bibliography has a source column", () => {
    for (const ds of datasets) expect(Object.keys(ds.fields), ds.name).toContain("source");
  });

  test("sources.csv validates and has unique ids", () => {
    expect(() => loadSourceIndex()).not.toThrow();
  });

  test("every cited source exists and every source is cited", () => {
    const chartCitations = new Map(charts.map((c) => [c.id, c.sourceIds] as const));
    const extra = new Map<string, string[]>();
    for (const [chartId, ids] of chartCitations)
      for (const id of ids) extra.set(id, [...(extra.get(id) ?? []), `chart ${chartId}`]);
    // The engine's worked examples cite their sources too (src/engine/examples/*.yaml).
    for (const file of loadExamples())
      for (const e of file.examples)
        for (const id of e.source)
          extra.set(id, [...(extra.get(id) ?? []), `${file.path}: ${e.name}`]);
    expect(checkCitations(extra)).toEqual([]);
  });

  test("chart ids and dataset names do not collide (both live under /data/)", () => {
    const names = new Set([...datasets.map((d) => d.name), sourcesDataset.name]);
    for (const c of charts) expect(names.has(c.id), c.id).toBe(false);
  });
});

describe("datapackage.json", () => {
  test("is up to date with the datasets (npm run datapackage writes it)", () => {
    const committed = readFileSync("data/datapackage.json", "utf8").replace(/\r\n/g, "\n");
    expect(
      committed,
      "data/datapackage.json has drifted from src/data/datasets and data/*.csv: run `npm run datapackage` and commit the file",
    ).toBe(dataPackageText());
  });

  test("its resources match the CSV headers on disk", () => {
    const pkg = JSON.parse(readFileSync("data/datapackage.json", "utf8")) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    for (const r of pkg.resources) {
      const header = readFileSync(`data/${r.path}`, "utf8")
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)[0];
      expect(header, r.path).toBe(r.schema.fields.map((f) => f.name).join(","));
    }
  });
});
