/**
 * `/data/<name>.csv`: every chart's rows exactly as drawn (`<chart-id>.csv`) and every dataset in
 * full (`<dataset>.csv`), plus the bibliography (`sources.csv`).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { charts } from "../../charts/registry.ts";
import { chartCsv } from "../../charts/render.ts";
import { datasets, sourcesDataset } from "../../data/registry.ts";

export const getStaticPaths: GetStaticPaths = () => {
  const paths = new Map<string, () => string>();
  for (const ds of [...datasets, sourcesDataset]) {
    // Validate before publishing: an invalid file fails the build here.
    ds.loadRows();
    paths.set(ds.name, () => readFileSync(resolve(process.cwd(), ds.path), "utf8"));
  }
  for (const chart of charts) {
    if (paths.has(chart.id)) throw new Error(`chart id "${chart.id}" collides with a dataset name`);
    paths.set(chart.id, () => chartCsv(chart));
  }
  return [...paths].map(([name, body]) => ({ params: { name }, props: { body } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: () => string }).body(), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
