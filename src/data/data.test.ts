/**
 * The data in `data/`: every file validates, every cited source exists (including those the
 * engine's worked examples cite), every source is cited, every chart cites known sources, and
 * datapackage.json describes exactly these files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { charts } from "../charts/registry.ts";
import { describeResource } from "./dataset.ts";
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
    for (const [file, ids] of exampleCitations())
      for (const id of ids) extra.set(id, [...(extra.get(id) ?? []), file]);
    expect(checkCitations(extra)).toEqual([]);
  });

  test("chart ids and dataset names do not collide (both live under /data/)", () => {
    const names = new Set([...datasets.map((d) => d.name), sourcesDataset.name]);
    for (const c of charts) expect(names.has(c.id), c.id).toBe(false);
  });
});

describe("datapackage.json", () => {
  test("describes every dataset with its fields and sources (regenerate with vitest -u)", async () => {
    const resources = [sourcesDataset, ...datasets].map((ds) => {
      const ids = new Set<string>();
      if (ds !== sourcesDataset) {
        for (const row of ds.loadRows())
          for (const id of (row as { source: string[] }).source) ids.add(id);
      }
      return describeResource(ds, [...ids].sort());
    });
    const pkg = {
      profile: "tabular-data-package",
      name: "bijstand-op-de-proef",
      title: "Bijstand op de proef: data",
      description:
        "Alle cijfers van de site Bijstand op de proef, met hun bronnen. Elke rij verwijst in de kolom source naar een bron in sources.csv.",
      homepage: "https://bijstandopdeproef.nl/data/",
      licenses: [
        {
          name: "CC-BY-4.0",
          path: "https://creativecommons.org/licenses/by/4.0/",
          title: "Creative Commons Naamsvermelding 4.0 Internationaal",
        },
      ],
      resources,
    };
    await expect(`${JSON.stringify(pkg, null, 2)}\n`).toMatchFileSnapshot(
      "../../data/datapackage.json",
    );
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

/**
 * Source ids of the engine's worked examples (`src/engine/examples/*.yaml`): each `source:` is one
 * id, a list `[a, b]`, or a block list of `- id` lines below it.
 */
function exampleCitations(): [string, string[]][] {
  const dir = "src/engine/examples";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => {
      const lines = readFileSync(`${dir}/${f}`, "utf8").split(/\r?\n/);
      const ids: string[] = [];
      lines.forEach((line, i) => {
        const m = /^\s*source:\s*(.*)$/.exec(line);
        if (!m) return;
        let value = (m[1] ?? "").trim();
        if (value === "") {
          const items: string[] = [];
          for (const next of lines.slice(i + 1)) {
            const item = /^\s+-\s+(\S+)\s*$/.exec(next);
            if (!item) break;
            items.push(item[1] ?? "");
          }
          value = items.join(",");
        }
        for (const id of value.replace(/^\[|\]$/g, "").split(","))
          if (id.trim()) ids.push(id.trim());
      });
      return [`${dir}/${f}`, ids];
    });
}
