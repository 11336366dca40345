/**
 * `/data/<name>.csv`: every chart's rows exactly as drawn (`<chart-id>.csv`) and every dataset in
 * full (`<dataset>.csv`), plus the bibliography (`sources.csv`). Beside each, `<name>.excel.csv`:
 * the same rows for Dutch Excel (semicolons, decimal commas, Dutch headings, euros).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { chartExcelCsv } from "../../charts/files/excel-csv.ts";
import { charts } from "../../charts/registry.ts";
import { chartCsv } from "../../charts/render.ts";
import { datasetExcelCsv } from "../../data/excel-csv.ts";
import { datasets, sourcesDataset } from "../../data/registry.ts";
import { absoluteUrl } from "../../site.ts";

/** The suffix of the spreadsheet version: `/data/<name>.excel.csv`. */
const EXCEL = ".excel";

export const getStaticPaths: GetStaticPaths = () => {
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  const paths = new Map<string, () => string>();
  for (const ds of [...datasets, sourcesDataset]) {
    // Validate before publishing: an invalid file fails the build here.
    ds.loadRows();
    paths.set(ds.name, () => readFileSync(resolve(process.cwd(), ds.path), "utf8"));
    paths.set(`${ds.name}${EXCEL}`, () =>
      datasetExcelCsv(ds, absoluteUrl(`/data/#${ds.name}`, site)),
    );
  }
  for (const chart of charts) {
    if (paths.has(chart.id)) throw new Error(`chart id "${chart.id}" collides with a dataset name`);
    paths.set(chart.id, () => chartCsv(chart));
    paths.set(`${chart.id}${EXCEL}`, () =>
      chartExcelCsv(chart, absoluteUrl(`${chart.page}#grafiek-${chart.id}`, site)),
    );
  }
  return [...paths].map(([name, body]) => ({ params: { name }, props: { body } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: () => string }).body(), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
